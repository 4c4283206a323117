/**
 * `npm run serve`: habil-server. Opens the database (PGlite in HABIL_DATA_DIR, or the
 * PostgreSQL of DATABASE_URL), applies the migrations, serves, and on SIGTERM or SIGINT stops
 * taking connections, lets the requests in flight finish, closes the database and exits.
 */
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { seedEnglishTexts, seedIfEmpty } from './db/seed.js';
import { loadCatalogue, sqlStorage } from './db/sql-storage.js';
import { createIdentity } from './identity.js';
import { createOutbox } from './outbox.js';
import { Clock } from '../../core/clock.js';
import { applyTacitAcceptance } from '../../core/operations/requests.js';

const logger = pino({ level: process.env.LOG_LEVEL || 'info', base: { service: 'habil-server' } });

async function main(): Promise<void> {
  const config = configFromEnv();
  const db = await openDatabase(config);
  const applied = await migrate(db);
  const seeded = config.seed && (await seedIfEmpty(db, { now: config.now ?? new Date(), generatedAccounts: config.seedAccounts }));
  // The guides' catalogue in English too, whether seeded now or before its texts had their English.
  const translated = config.seed ? await seedEnglishTexts(db) : 0;
  logger.info({ database: db.kind, ...(config.databaseUrl ? {} : { dataDir: config.dataDir }), applied, seeded, translated }, 'database ready');

  const identity = await createIdentity(config.identity);
  // The real time, or HABIL_NOW; in development the demo's « Date du serveur » moves it.
  const clock = new Clock(config.now);
  const storage = sqlStorage(db, await loadCatalogue(db), clock);
  const outbox = config.smtpUrl ? createOutbox(db, { smtpUrl: config.smtpUrl, from: config.mailFrom, logger, retrySeconds: config.mailRetrySeconds }) : undefined;
  if (!outbox) logger[config.production ? 'warn' : 'info']('SMTP_URL is not set: notifications stay in the outbox');

  // The jobs: tacit acceptance (R4) and the outbox. Every instance runs them; the row locks make each change happen once.
  const runJobs = async () => {
    try {
      const accepted = await applyTacitAcceptance(storage);
      if (accepted) logger.info({ accepted }, 'requests accepted tacitly');
      const sent = await outbox?.flush();
      // The sign-up counters of past hours are of no use any more.
      await db.query("delete from rate_limits where window_start < now() - interval '2 hours'");
      logger.debug('jobs ran');
      if (sent) logger.info({ sent }, 'mails sent');
    } catch (error) {
      logger.error({ err: error }, 'job failed');
    }
  };
  // A first run before taking requests: the server starts in the state its date implies.
  await runJobs();
  const jobs = setInterval(() => void runJobs(), config.jobIntervalMs);

  const app = createApp({
    db,
    logger,
    bodyLimit: config.bodyLimit,
    identity,
    storage,
    signupLimit: config.signupLimit,
    trustProxy: config.trustProxy,
    // A change may have written mails: they leave now rather than at the next run.
    onChange: () => void outbox?.flush().catch((error: unknown) => logger.error({ err: error }, 'outbox failed')),
    ...(config.production ? {} : { devClock: clock }),
    ...(config.staticDir ? { staticDir: config.staticDir } : {}),
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info({ host: config.host, port: info.port }, 'listening');
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing the requests in flight');
    // A request that never ends must not keep the process: 10 s, then out.
    setTimeout(() => {
      logger.error('requests still running after 10 s: exiting');
      process.exit(1);
    }, 10_000).unref();
    clearInterval(jobs);
    server.close(() => {
      outbox?.close();
      void db.close().then(() => {
        logger.info('stopped');
        process.exit(0);
      });
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
});
