/**
 * For the server's tests: a fresh database of each kind (PGlite in a new folder, or a new
 * database on the PostgreSQL of DATABASE_URL), and habil-server started as a real process on
 * it, with its JSON logs read as they come.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import postgres from 'postgres';
import type { Storage } from '../../core/storage.js';
import { memoryStorage } from '../../mocks/memory-storage.js';
import { applyTacitAcceptance } from '../../core/operations/requests.js';
import type { PersonaId } from '../../mocks/personas.js';
import { seedStore } from '../../mocks/seed/index.js';
import { Clock, ReferenceStore } from '../../mocks/store.js';

export type Kind = 'pglite' | 'postgres';
export const KINDS: Kind[] = ['pglite', 'postgres'];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function adminUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests with `npm test`, which starts a throwaway PostgreSQL, or point it at a server of yours.');
  return url;
}

export interface FreshDatabase {
  /** The environment habil-server needs to open it. */
  env: Record<string, string>;
  /** For PostgreSQL, its URL; for PGlite, its folder. */
  where: string;
  drop(): Promise<void>;
}

/** A new, empty database: a PGlite folder, or a database created on the PostgreSQL server. */
export async function freshDatabase(kind: Kind): Promise<FreshDatabase> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'habil-pglite-'));
    return { env: { HABIL_DATA_DIR: dir }, where: dir, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `habil_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    where: url.toString(),
    drop: async () => {
      const sql = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface RunningServer {
  url: string;
  logs: LogLine[];
  /** Resolves when a log line matches. */
  untilLog(match: (line: LogLine) => boolean, what: string): Promise<LogLine>;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Starts `npm run serve`'s program on a free port with this environment; resolves once it listens. */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let stderr = '';
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const text = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        line = { level: 0, msg: `not JSON: ${text}` };
      }
      logs.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const untilLog = (match: (line: LogLine) => boolean, what: string) =>
    new Promise<LogLine>((resolve, reject) => {
      const found = logs.find(match);
      if (found) return resolve(found);
      waiters.push({ match, resolve });
      void exited.then((code) => reject(new Error(`habil-server exited (${code}) before ${what}.\n${JSON.stringify(logs)}\n${stderr}`)));
    });

  return untilLog((l) => l.msg === 'listening', 'listening').then((line) => ({
    url: `http://127.0.0.1:${line.port as number}`,
    logs,
    untilLog,
    exited,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  }));
}

/**
 * Registers the suite's hooks: habil-server started on a fresh database of this kind before
 * its tests, stopped and the database dropped after. Returns a getter for the running server.
 */
export function useServer(kind: Kind, env: Record<string, string> = {}): () => RunningServer {
  let db: FreshDatabase;
  let server: RunningServer | undefined;
  before(async () => {
    db = await freshDatabase(kind);
    server = await startServer({ ...db.env, ...env });
  });
  after(async () => {
    await server?.stop();
    await db.drop();
  });
  return () => {
    if (!server) throw new Error('useServer: the server is not started');
    return server;
  };
}

/** A development token for a persona, from the server itself. */
export async function devToken(server: RunningServer, persona: PersonaId): Promise<string> {
  const res = await fetch(`${server.url}/api/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ persona }) });
  return ((await res.json()) as { token: string }).token;
}

/** The reference server's storage, seeded as habil-server seeds itself (no generated people) on this day, its requests past their deadline accepted (R4). */
export async function referenceStorage(now: string): Promise<Storage> {
  const store = new ReferenceStore(new Clock(now));
  seedStore(store, 0);
  const storage = memoryStorage(store);
  await applyTacitAcceptance(storage);
  return storage;
}
