import postgres from 'postgres';
import type { Database, Queryable } from './database.js';

export async function openPostgres(url: string): Promise<Database> {
  // Notices (e.g. "relation already exists, skipping") are not errors: kept out of the logs.
  const sql = postgres(url, { max: 10, onnotice: () => {} });
  const wrap = (q: postgres.Sql | postgres.TransactionSql): Queryable => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      // Prepared once per connection and statement text: the parse and plan are not paid on every call.
      return (await q.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[];
    },
    async exec(script: string) {
      await q.unsafe(script);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(sql),
    transaction: async (work) => (await sql.begin((tx) => work(wrap(tx)))) as never,
    close: () => sql.end({ timeout: 5 }),
  };
}
