// The edge of the server: text that no route can use is refused here, once,
// for every route, with a 400 that says what to fix. A NUL character or bytes
// that are not UTF-8 in the URL (path or query), in a form body or in a JSON
// body (also as a \u0000 or lone-surrogate escape) never reach a route.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasBadText, isCleanEncoded, isCleanUtf8 } from '../domain/text-safety.ts';
import { InputError } from './errors.ts';

export const BAD_TEXT_MESSAGE =
  'In wat je stuurde staat een teken dat we niet kunnen verwerken: een nul-teken of tekst die geen geldige UTF-8 is. Haal dat teken weg en probeer het opnieuw.';

const badText = () => new InputError(BAD_TEXT_MESSAGE, [], 400);
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function edge(app: FastifyInstance, options: { formBodyLimit: number }) {
  app.addHook('onRequest', async (request) => {
    if (!isCleanEncoded(request.raw.url ?? '')) throw badText();
  });

  // Form bodies: browsers percent-encode every non-ASCII character, so the raw
  // bytes and what the escapes stand for must both be clean.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit: options.formBodyLimit }, (_request, body, done) => {
    const bytes = body as Buffer;
    if (!isCleanUtf8(bytes)) return done(badText(), undefined);
    const raw = bytes.toString('utf8');
    if (!isCleanEncoded(raw)) return done(badText(), undefined);
    const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
    for (const [key, value] of new URLSearchParams(raw)) {
      const previous = fields[key];
      fields[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    }
    done(null, fields);
  });

  // JSON bodies: the bytes must be UTF-8; the parsed strings are checked below.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      return done(badText(), undefined);
    }
    json(request, text, done);
  });

  app.addHook('preValidation', async (request) => {
    if (hasBadText(request.body) || hasBadText(request.query) || hasBadText(request.params)) throw badText();
  });
}

export const edgePlugin = fp(edge, { name: 'edge' });
