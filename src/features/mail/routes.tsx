// Mail that was not sent: listed for the functioneel-beheerder without its
// text; with DEV_OUTBOX=true (development only) also with its text.
import type { FastifyInstance } from 'fastify';
import { OutboxPage, UnsentMailPage, type UnsentMail } from './views.tsx';

export async function mailPlugin(app: FastifyInstance) {
  const unsent = () =>
    app.db.query<UnsentMail>(
      `select to_address as "toAddress", subject, body, reason, to_char(created_at, 'YYYY-MM-DD HH24:MI:SS') as "createdAt"
       from outbox order by created_at desc limit 200`,
    );

  app.get('/beheer/mail', { schema: { hide: true } }, async (request, reply) =>
    reply.page(UnsentMailPage({ user: request.user!, csrfToken: reply.generateCsrf(), mails: await unsent(), devOutbox: app.config.devOutbox })),
  );

  app.get('/ontwikkeling/outbox', { schema: { hide: true } }, async (request, reply) => {
    if (!app.config.devOutbox) return reply.callNotFound();
    return reply.page(OutboxPage({ user: request.user!, csrfToken: reply.generateCsrf(), mails: (await unsent()).slice(0, 50) }));
  });
}
