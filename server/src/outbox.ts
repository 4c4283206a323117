/**
 * The notifications (R5, R7) leave by SMTP from the outbox: every change writes its mails there
 * in its own transaction, so a mail exists if and only if the change was kept. The sender takes
 * a few unsent rows locked (SKIP LOCKED: another instance takes others), sends each, and marks
 * it sent in the same transaction; a failure is retried later, less and less often. Each mail
 * carries a Message-ID made from its row, the same at every attempt: should an instance stop
 * between the SMTP server's acceptance and the commit, the copy sent again is recognisable as
 * the same message.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Database } from './db/database.js';

export interface Outbox {
  /** Sends what is due now; resolves with the number of mails sent. */
  flush(): Promise<number>;
  close(): void;
}

/** Seconds before the next attempt, by attempts made: the first delay, doubled each time, up to a day. */
const backoffSeconds = (attempts: number, first: number) => Math.min(first * 2 ** Math.max(0, attempts - 1), 86_400);

const BATCH = 20;

export function createOutbox(db: Database, options: { smtpUrl: string; from: string; logger: Logger; retrySeconds?: number; host?: string }): Outbox {
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl);
  const domain = options.host ?? 'habil';
  let running: Promise<number> | undefined;

  async function sendDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const done = await db.transaction(async (tx) => {
        const due = await tx.query<{ id: string; recipient: string; subject: string; body: string; attempts: number }>(
          `select id::text, recipient, subject, body, attempts from outbox
            where sent_at is null and next_attempt_at <= now() order by id limit ${BATCH} for update skip locked`,
        );
        for (const mail of due) {
          try {
            await transport.sendMail({ from: options.from, to: mail.recipient, subject: mail.subject, text: mail.body, messageId: `<outbox-${mail.id}@${domain}>` });
            await tx.query('update outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = $1', [mail.id]);
            sent += 1;
          } catch (error) {
            const attempts = mail.attempts + 1;
            options.logger.warn({ outboxId: mail.id, attempts, err: error }, 'mail not sent: will retry');
            await tx.query(`update outbox set attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) where id = $1`, [
              mail.id,
              attempts,
              String((error as Error).message ?? error).slice(0, 500),
              backoffSeconds(attempts, options.retrySeconds ?? 60),
            ]);
          }
        }
        return due.length;
      });
      if (done < BATCH) return sent;
    }
  }

  return {
    // One run at a time in this process; other instances are kept apart by the row locks.
    flush() {
      running ??= sendDue().finally(() => {
        running = undefined;
      });
      return running;
    },
    close: () => transport.close(),
  };
}
