// The background duties as job handlers. Each is safe to run twice: the
// queue runs a job once, and the rows a duty acts on are claimed and marked
// in SQL (src/db/duties.ts), so a retry or a second worker finds nothing left.
import type { Db, Queryable } from '../../db/client.ts';
import { claimEscalations, claimReminders } from '../../db/duties.ts';
import { applyRetention } from '../../db/persons.ts';
import { pgliteUpkeep, pgliteVacuumAll, type UpkeepResult } from '../../db/upkeep.ts';
import { organisationsWithPersons, recordSignalEpisodes } from '../../db/monitor/signal-history.ts';
import { uuidFromKey } from '../../domain/ids.ts';
import type { Config } from '../../config.ts';
import { createMailer, type Mail } from '../../web/mail.ts';

/** Enqueues a job inside the caller's transaction (so it exists only if the transaction commits). */
export type EnqueueIn = (tx: Queryable, name: string, data: object, key: string) => Promise<void>;

export interface DutyContext {
  db: Db;
  config: Config;
  enqueueIn: EnqueueIn;
  /** The date terms are counted against (YYYY-MM-DD, Europe/Amsterdam). */
  today(): string;
}

export function amsterdamToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

export function isMail(data: unknown): data is Mail {
  const m = data as Partial<Mail> | null;
  return typeof m?.to === 'string' && m.to.includes('@') && typeof m.subject === 'string' && typeof m.text === 'string';
}

export const MAIL_JOB = 'mail.send';

export const duties = {
  /** Anonymise records past RETENTION_MONTHS (AVG art. 5 lid 1 sub e). */
  async retention(ctx: DutyContext, jobId: string): Promise<{ anonymised: number }> {
    return { anonymised: await applyRetention(ctx.db, ctx.config.retentionMonths, `job-${jobId}`) };
  },

  /** Merges new list lines into the processing-log index (migration 051), off the request path. */
  async logIndex(ctx: DutyContext): Promise<{ pages: number }> {
    const [row] = await ctx.db.query<{ pages: number }>(`select inbeeld_merge_log_index()::int as pages`);
    return { pages: row?.pages ?? 0 };
  },

  /** The monitor's signal history (migration 125): today's signals per organisation; safe to run twice a day. */
  async monitorSignals(ctx: DutyContext): Promise<{ opened: number; closed: number }> {
    const total = { opened: 0, closed: 0 };
    for (const org of await organisationsWithPersons(ctx.db)) {
      const r = await recordSignalEpisodes(ctx.db, org, ctx.today());
      total.opened += r.opened;
      total.closed += r.closed;
    }
    return total;
  },

  /** Vacuum and analyze on embedded PGlite, which has no autovacuum (src/db/upkeep.ts). */
  async upkeep(ctx: DutyContext): Promise<UpkeepResult> {
    return pgliteUpkeep(ctx.db);
  },

  /** Each night on PGlite: the whole database, for dead rows whose counts a restart lost. */
  async vacuum(ctx: DutyContext): Promise<{ ms: number }> {
    return pgliteVacuumAll(ctx.db);
  },

  /** One e-mail through the existing mailer; a throw makes the queue retry it later. */
  async mail(ctx: DutyContext, _jobId: string, data: unknown): Promise<void> {
    if (!isMail(data)) throw new Error('mail.send: job data needs to, subject and text');
    await createMailer(ctx.db, ctx.config.smtpUrl, ctx.config.mailFrom).send({ to: data.to, subject: data.subject, text: data.text });
  },

  /** Referrals past their escalation term: one mail to the sender, without person data. */
  async escalation(ctx: DutyContext): Promise<{ mails: number }> {
    return ctx.db.transaction(async (tx) => {
      const due = await claimEscalations(tx, ctx.today());
      for (const d of due) {
        await ctx.enqueueIn(tx, MAIL_JOB, {
          to: d.to,
          subject: 'Een doorverwijzing wacht te lang op antwoord',
          text: `Een doorverwijzing die je verstuurde heeft nog geen antwoord. De termijn om te antwoorden is ruim voorbij.\n\nBekijk in InBeeld wat je kunt doen (log eerst in):\n${ctx.config.baseUrl}/doorverwijzingen/${d.referralId}\n\nIn deze e-mail staan bewust geen persoonsgegevens.`,
        }, `escalation:${d.referralId}`);
      }
      return { mails: due.length };
    });
  },

  /** Each working-day morning: teamleiders hear how much work waits past its deadline. */
  async reminders(ctx: DutyContext): Promise<{ mails: number }> {
    return ctx.db.transaction(async (tx) => {
      const today = ctx.today();
      const due = await claimReminders(tx, today);
      for (const d of due) {
        const parts = [
          d.registrations ? `${d.registrations} aanmelding(en) van mensen die contact willen` : '',
          d.transitions ? `${d.transitions} overgang(en) die opgepakt moeten worden` : '',
        ].filter(Boolean);
        await ctx.enqueueIn(tx, MAIL_JOB, {
          to: d.to,
          subject: 'Herinnering: werk dat over de termijn is',
          text: `In jullie wachtrij staan ${parts.join(' en ')}. De termijn is voorbij.\n\nBekijk de wachtrij in InBeeld (log eerst in):\n${ctx.config.baseUrl}/aanmeldingen\n\nIn deze e-mail staan bewust geen persoonsgegevens.`,
        }, `reminder:${d.accountId}:${today}`);
      }
      return { mails: due.length };
    });
  },
};

/** A job id from a key: the same key enqueued twice is one job. */
export function jobId(name: string, key: string): string {
  return uuidFromKey('job', `${name}:${key}`);
}
