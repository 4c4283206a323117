/**
 * Versioned SQL migrations, applied at start: `migrations/NNNN_name.sql`, in order, each once,
 * each in its own transaction with its row in `schema_migrations`. Instances starting together
 * take turns on an advisory lock, so a migration never runs twice.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
/** Any constant shared by every instance: the key of the advisory lock of migrations. */
const MIGRATION_LOCK = 4_217_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({ version: Number(file.slice(0, 4)), name: file.slice(5, -4), sql: await readFile(dir + file, 'utf8') })),
  );
}

/** Applies the migrations not applied yet; returns the versions it applied. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  const applied: number[] = [];
  for (const m of all) {
    const done = await db.transaction(async (tx) => {
      // Under the lock, even the bookkeeping table: two instances creating it at once collide.
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(`create table if not exists schema_migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`);
      const [row] = await tx.query('select 1 from schema_migrations where version = $1', [m.version]);
      if (row) return false;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
