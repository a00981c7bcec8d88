// Outgoing mail. With SMTP_URL set, mail goes out through nodemailer (a
// maintained SMTP client). Mail that is not sent (no SMTP_URL, or the server
// failed) is kept in the outbox table with the reason: a functioneel-beheerder
// sees it as "niet verzonden" at /beheer/mail. Only with DEV_OUTBOX=true does
// /ontwikkeling/outbox show its text. Mail never carries personal data beyond
// the recipient's own address.
import nodemailer from 'nodemailer';
import type { Queryable } from '../db/client.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

const NO_SERVER = 'Er is geen mailserver ingesteld (SMTP_URL).';
const SERVER_FAILED = 'De mailserver nam de e-mail niet aan.';

export function createMailer(db: Queryable, smtpUrl: string | undefined, from: string): Mailer {
  const keep = async (mail: Mail, reason: string) => {
    await db.query('insert into outbox (to_address, subject, body, reason) values ($1, $2, $3, $4)', [mail.to, mail.subject, mail.text, reason]);
  };
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      send: async (mail) => {
        try {
          await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        } catch {
          await keep(mail, SERVER_FAILED);
        }
      },
    };
  }
  return { send: (mail) => keep(mail, NO_SERVER) };
}
