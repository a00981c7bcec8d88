// Outgoing mail. With SMTP_URL set, mail goes out through nodemailer (a
// maintained SMTP client); without it, mail lands in the outbox table, shown
// at /ontwikkeling/outbox for development and tests. Mail never carries
// personal data beyond the recipient's own address.
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

export function createMailer(db: Queryable, smtpUrl: string | undefined, from: string): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return { send: async (mail) => void (await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text })) };
  }
  return {
    send: async (mail) => {
      await db.query('insert into outbox (to_address, subject, body) values ($1, $2, $3)', [mail.to, mail.subject, mail.text]);
    },
  };
}
