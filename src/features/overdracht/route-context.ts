// Shared by the overdracht routes: notices after a redirect, errors, and a
// context with route options, request readers and the e-mails (no personal data).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EXTERNAL_LINK_DAYS, type Notice } from '../../db/referrals/index.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { NotFoundError } from '../../web/errors.ts';
import { createMailer } from '../../web/mail.ts';
import type { Body } from './service.ts';

export const notices: Record<string, string> = {
  verstuurd: 'De doorverwijzing is verstuurd. De ontvanger kreeg een bericht zonder persoonsgegevens.',
  concept: 'De doorverwijzing is bewaard als concept. Er is nog niets verstuurd.',
  bijgewerkt: 'De status is bijgewerkt. De andere organisatie ziet het meteen.',
  vervolg: 'De doorverwijzing is afgerond. De verwijzer kreeg een concept-doorverwijzing naar de nieuwe organisatie.',
  link: 'Er is een nieuwe beveiligde link verstuurd. De oude link werkt niet meer.',
  overdracht: 'De overdracht is voorgesteld. Het huidige aanspreekpunt blijft tot de nieuwe contactpersoon accepteert.',
  'overdracht-ingetrokken': 'De overdracht is ingetrokken. Er verandert niets aan het vaste aanspreekpunt.',
  'overdracht-afgewezen': 'Je hebt de overdracht afgewezen. Het huidige aanspreekpunt blijft.',
  aanspreekpunt: 'Je bent nu het vaste aanspreekpunt.',
  'link-uit': 'De persoonlijke link is uitgezet.',
  opgeslagen: 'De antwoordtermijn is opgeslagen. Nieuwe doorverwijzingen gebruiken deze termijn.',
};

export const outcomeWords: Record<string, string> = {
  waarschijnlijk: 'Waarschijnlijk wel',
  misschien: 'Misschien',
  waarschijnlijk_niet: 'Waarschijnlijk niet',
  meer_informatie_nodig: 'Meer informatie nodig',
};

export const notFound = (what = 'Deze doorverwijzing bestaat niet, of je hebt er geen toegang toe.') => new NotFoundError(what);
export const personNotFound = () => new NotFoundError('Deze persoon bestaat niet, of je hebt geen toegang tot het dossier.');

/** Links for external receivers and persons carry secrets: keep them out of caches and the back-forward cache. */
export function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}

export type OverdrachtContext = ReturnType<typeof overdrachtContext>;

/** What every overdracht route uses: route options, request readers and the e-mails. */
export function overdrachtContext(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const linkLimit = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };
  const mailer = createMailer(app.db, app.config.smtpUrl, app.config.mailFrom);
  const user = (request: FastifyRequest) => request.user as SessionUser;
  const body = (request: FastifyRequest) => (request.body ?? {}) as Body;
  const query = (request: FastifyRequest) => (request.query ?? {}) as Record<string, unknown>;
  const notice = (request: FastifyRequest) => notices[String(query(request).melding ?? '')];
  const idOf = (request: FastifyRequest, error = notFound) => {
    const value = (request.params as Record<string, string>).id ?? '';
    if (!UUID_PATTERN.test(value)) throw error();
    return value;
  };

  /** E-mail without personal data: there is an update, and where to look. */
  async function notify(n: Notice | null): Promise<void> {
    if (!n) return;
    const base = app.config.baseUrl;
    const mail = (() => {
      switch (n.kind) {
        case 'nieuw':
          return {
            subject: 'Nieuwe doorverwijzing in InBeeld',
            text: `Er is een nieuwe doorverwijzing voor jullie organisatie.\n\nBekijk hem in InBeeld (log eerst in):\n${base}/doorverwijzingen/${n.referralId}\n\nIn deze e-mail staan bewust geen persoonsgegevens.`,
          };
        case 'update':
          return {
            subject: 'Update over een doorverwijzing in InBeeld',
            text: `Er is iets veranderd aan een doorverwijzing.\n\nBekijk het in InBeeld (log eerst in):\n${base}/doorverwijzingen/${n.referralId}\n\nIn deze e-mail staan bewust geen persoonsgegevens.`,
          };
        case 'extern-nieuw':
          return {
            subject: 'Doorverwijzing via InBeeld: graag uw antwoord',
            text: `Uw organisatie heeft een doorverwijzing gekregen via InBeeld.\n\nOpen de beveiligde link om te zien waar het om gaat en om te antwoorden: accepteren, afwijzen of afsluiten met een uitkomst. U hebt geen account nodig.\n\n${base}/overdracht/extern?sleutel=${n.token}\n\nDe link werkt ${EXTERNAL_LINK_DAYS} dagen. Stuur deze e-mail niet door: wie de link heeft, kan de doorverwijzing zien.\n\nIn deze e-mail staan bewust geen persoonsgegevens.`,
          };
        case 'extern-update':
          return {
            subject: 'Update over een doorverwijzing via InBeeld',
            text: 'Er is iets veranderd aan een doorverwijzing die u via InBeeld kreeg. Gebruik de link uit de eerste e-mail om het te bekijken.\n\nIn deze e-mail staan bewust geen persoonsgegevens.',
          };
      }
    })();
    for (const to of n.to) await mailer.send({ to, subject: mail.subject, text: mail.text });
  }

  async function notifyHandover(to: string[], decided: boolean): Promise<void> {
    const text = decided
      ? `Er is een antwoord op een overdracht van het vaste aanspreekpunt.\n\nBekijk het in InBeeld (log eerst in):\n${app.config.baseUrl}/doorverwijzingen\n\nIn deze e-mail staan bewust geen persoonsgegevens.`
      : `Er is een voorstel om jou of jullie organisatie het vaste aanspreekpunt te maken van iemand.\n\nBekijk het in InBeeld (log eerst in):\n${app.config.baseUrl}/doorverwijzingen/ontvangen\n\nIn deze e-mail staan bewust geen persoonsgegevens.`;
    for (const address of to) await mailer.send({ to: address, subject: 'Overdracht van een vast aanspreekpunt in InBeeld', text });
  }
  return { hide, post, linkLimit, user, body, query, notice, idOf, notify, notifyHandover };
}
