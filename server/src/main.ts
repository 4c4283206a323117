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
import { seedIfEmpty } from './db/seed.js';
import { loadCatalogue, sqlStorage } from './db/sql-storage.js';
import { createIdentity } from './identity.js';

const logger = pino({ level: process.env.LOG_LEVEL || 'info', base: { service: 'habil-server' } });

async function main(): Promise<void> {
  const config = configFromEnv();
  const db = await openDatabase(config);
  const applied = await migrate(db);
  const seeded = config.seed && (await seedIfEmpty(db, { now: config.now ?? new Date(), generatedAccounts: config.seedAccounts }));
  logger.info({ database: db.kind, ...(config.databaseUrl ? {} : { dataDir: config.dataDir }), applied, seeded }, 'database ready');

  const identity = await createIdentity(config.identity);
  const fixed = config.now;
  const storage = sqlStorage(db, await loadCatalogue(db), { now: () => (fixed ? new Date(fixed) : new Date()) });
  const app = createApp({ db, logger, bodyLimit: config.bodyLimit, identity, storage });
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
    server.close(() => {
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
