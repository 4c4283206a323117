/** The server's configuration, from the environment only (documented in the README). */
import type { IdentityConfig } from './identity.js';

export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; PGlite in `dataDir` when absent. */
  databaseUrl?: string;
  dataDir: string;
  production: boolean;
  /** The largest request body accepted, in bytes. */
  bodyLimit: number;
  logLevel: string;
  /** HABIL_NOW: the server's clock fixed at this instant (demos, tests); the real time when absent. */
  now?: Date;
  /** Seed an empty database with the guides' data (development only, unless HABIL_SEED says so). */
  seed: boolean;
  /** Generated people added to the guides' by the seed. */
  seedAccounts: number;
  identity: IdentityConfig;
  /** SMTP_URL: where the notifications are sent (smtp://user:pass@host:port, smtps://…); kept in the outbox when absent. */
  smtpUrl?: string;
  /** MAIL_FROM: the sender of the notifications. */
  mailFrom: string;
  /** MAIL_RETRY_SECONDS: the delay before a failed mail is tried again, doubled at each failure. */
  mailRetrySeconds: number;
  /** HABIL_JOB_INTERVAL: seconds between two runs of the jobs (tacit acceptance, outbox). */
  jobIntervalMs: number;
  /** HABIL_SIGNUP_LIMIT: sign-up requests accepted per client address and hour. */
  signupLimit: number;
  /** HABIL_TRUST_PROXY: the client address is the first of X-Forwarded-For (behind a load balancer). */
  trustProxy: boolean;
  /** HABIL_STATIC_DIR: a folder of files served beside the API (a portal built for it, e.g. `npm run build:demo:server`). */
  staticDir?: string;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number between ${min} and ${max} (got "${raw}").`);
  return n;
}

function instant(raw: string): Date {
  const at = new Date(raw);
  if (Number.isNaN(at.getTime())) throw new Error(`HABIL_NOW must be a date and time such as 2025-06-02T10:00:00+02:00 (got "${raw}").`);
  return at;
}

/** The development tokens' secret when HABIL_DEV_SECRET is not set: development only, never in production. */
const DEV_SECRET = 'habil-development-tokens-not-for-production';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  if (production && !env.OIDC_ISSUER) throw new Error('In production, OIDC_ISSUER names the OpenID Connect provider whose access tokens are accepted.');
  return {
    port: integer(env, 'PORT', 8787, { max: 65535 }),
    // A development server answers this machine only; in production, every interface.
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: env.HABIL_DATA_DIR || '.habil-data',
    production,
    bodyLimit: integer(env, 'HABIL_BODY_LIMIT', 256 * 1024, { min: 1024 }),
    logLevel: env.LOG_LEVEL || 'info',
    ...(env.HABIL_NOW ? { now: instant(env.HABIL_NOW) } : {}),
    seed: env.HABIL_SEED ? env.HABIL_SEED === 'guides' : !production,
    seedAccounts: integer(env, 'HABIL_SEED_ACCOUNTS', 300, { max: 1_000_000 }),
    identity: {
      ...(env.OIDC_ISSUER ? { oidcIssuer: env.OIDC_ISSUER } : {}),
      ...(env.JWKS_URL ? { jwksUrl: env.JWKS_URL } : {}),
      audience: env.OIDC_AUDIENCE || 'habil',
      accountClaim: env.HABIL_ACCOUNT_CLAIM || 'preferred_username',
      ...(production ? {} : { devSecret: env.HABIL_DEV_SECRET || DEV_SECRET }),
    },
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    mailFrom: env.MAIL_FROM || 'habilitations@localhost',
    mailRetrySeconds: integer(env, 'MAIL_RETRY_SECONDS', 60, { min: 1 }),
    jobIntervalMs: integer(env, 'HABIL_JOB_INTERVAL', 60, { min: 1, max: 86_400 }) * 1000,
    signupLimit: integer(env, 'HABIL_SIGNUP_LIMIT', 10, { min: 1 }),
    trustProxy: env.HABIL_TRUST_PROXY === 'true',
    ...(env.HABIL_STATIC_DIR ? { staticDir: env.HABIL_STATIC_DIR } : {}),
  };
}
