/**
 * The one thing the server asks of its database: run SQL with parameters, in transactions.
 * Two adapters implement it — PGlite (Postgres compiled to WebAssembly, in a data folder: the
 * embedded default, nothing to install) and postgres.js (a PostgreSQL server named by
 * DATABASE_URL) — so the same SQL runs on both, and the tests run it on both.
 */
export interface Queryable {
  /** One statement with $1, $2… parameters; the rows it returns. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** A PostgreSQL server (postgres://…); when absent, PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's folder; `memory://` keeps it in memory (tests). */
  dataDir: string;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(config.databaseUrl);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(config.dataDir);
}
