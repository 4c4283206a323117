/**
 * habil-server in the reader's language, over HTTP, on PGlite and on PostgreSQL: the same request
 * answers in French without Accept-Language and in English with `Accept-Language: en` — the
 * catalogue, the history's summaries, the detail of a refusal, field errors — and says which in
 * Content-Language. A database kept from before the texts had their English stays readable: its
 * history entries say their French, a replayed decision says it was French, and the guides'
 * catalogue gets its English at start.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATIONS } from '../../mocks/seed/catalogue.js';
import { PROBLEMS } from '../../src/domain/problems.js';
import type { Application, HistoryEntry } from '../../src/domain/index.js';
import { openDatabase } from '../src/db/database.js';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { seedIfEmpty } from '../src/db/seed.js';
import { devToken, freshDatabase, KINDS, startServer, useServer, type RunningServer } from './support.js';

const NOW = '2025-06-02T10:00:00+02:00';

interface Answer<T> {
  status: number;
  language: string | null;
  vary: string | null;
  replayed: string | null;
  body: T;
}

async function call<T = any>(server: RunningServer, path: string, options: { lang?: string; token?: string; method?: string; body?: unknown; ifMatch?: number; key?: string } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.lang) headers['Accept-Language'] = options.lang;
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  if (options.key) headers['Idempotency-Key'] = options.key;
  const res = await fetch(`${server.url}/api${path}`, { method: options.method ?? 'GET', headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  return {
    status: res.status,
    language: res.headers.get('content-language'),
    vary: res.headers.get('vary'),
    replayed: res.headers.get('idempotent-replayed'),
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

const byId = (list: Application[], id: string) => list.find((a) => a.id === id)!;

for (const kind of KINDS) {
  describe(`habil-server in French and in English, on ${kind}`, () => {
    const running = useServer(kind, { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });

    it('writes the catalogue in French by default and in English when asked', async () => {
      const french = await call<Application[]>(running(), '/applications');
      const english = await call<Application[]>(running(), '/applications', { lang: 'en-GB,en;q=0.9,fr;q=0.5' });
      assert.deepEqual([french.status, french.language, english.status, english.language], [200, 'fr', 200, 'en']);
      assert.match(english.vary ?? '', /Accept-Language/);
      const edrh = { fr: byId(french.body, 'edrh'), en: byId(english.body, 'edrh') };
      assert.deepEqual(
        [edrh.fr.name, edrh.fr.theme, edrh.fr.description, edrh.fr.targetPublic, edrh.fr.procedure],
        ['Portail Entrepôt de Données RH (EDRH)', 'Mes statistiques', "Application Portail Entrepôt de Données RH (EDRH) de l'offre de services.", 'Salariés des organismes de Sécurité sociale', { text: "Écrivez à l'équipe EDRH en associant votre responsable hiérarchique.", contact: 'edrh@ucanss.fr' }],
      );
      assert.deepEqual(
        [edrh.en.name, edrh.en.theme, edrh.en.description, edrh.en.targetPublic, edrh.en.procedure],
        ['Portail Entrepôt de Données RH (EDRH)', 'My statistics', 'The Portail Entrepôt de Données RH (EDRH) application of the service offer.', 'Employees of the social security organismes', { text: 'Write to the EDRH team, with your line manager in copy.', contact: 'edrh@ucanss.fr' }],
      );
      // Every application of the guides, in the seed's English.
      assert.deepEqual(
        english.body.map((a) => [a.id, a.theme, a.description, a.targetPublic]),
        APPLICATIONS.map(({ application, english: en }) => [application.id, en.theme, en.description, en.targetPublic]),
      );
    });

    it("sums up the history in the reader's language, and refuses in it (R14, R16, R17)", async () => {
      const token = await devToken(running(), 'admin-carsat');
      const account = await call<{ version: number }>(running(), '/accounts/c-dona', { token });
      const granted = await call(running(), '/accounts/c-dona/grants', { token, method: 'POST', body: { roleId: 'egap-guides' }, ifMatch: account.body.version, lang: 'en' });
      assert.equal(granted.status, 200);
      assert.equal(granted.language, 'en');
      const french = await call<HistoryEntry[]>(running(), '/accounts/c-dona/history', { token });
      const english = await call<HistoryEntry[]>(running(), '/accounts/c-dona/history', { token, lang: 'en' });
      const of = (list: HistoryEntry[], action: string) => list.find((h) => h.action === action)!;
      assert.equal(of(french.body, 'grant.added').summary, "Rôle attribué : Egap - Guides d'administration du personnel");
      assert.equal(of(english.body, 'grant.added').summary, "Role granted: Egap - Guides d'administration du personnel");
      assert.deepEqual(of(french.body, 'request.accepted-tacitly').actor, { id: 'system', name: 'Acceptation tacite' });
      assert.deepEqual([of(english.body, 'request.accepted-tacitly').summary, of(english.body, 'request.accepted-tacitly').actor.name], [
        'Request tacitly accepted after 10 days: Grève - Déclaration des mouvements',
        'Tacit acceptance',
      ]);

      const refused = await call(running(), '/accounts/n-fontaine/attach', { token, method: 'POST', ifMatch: 1, lang: 'en' });
      assert.deepEqual([refused.status, refused.language, refused.body.code, refused.body.title, refused.body.detail], [
        403,
        'en',
        'privileged-account',
        PROBLEMS['privileged-account'].fr,
        'Nathalie FONTAINE is a UCANSS administrator.',
      ]);
      const add = await call(running(), '/accounts/p-raymond', { token, method: 'PATCH', body: { fonction: 'x' }, ifMatch: 1, lang: 'en' });
      assert.deepEqual([add.status, add.language, add.body.code, add.body.title, 'detail' in add.body], [403, 'en', 'add-account-read-only', PROBLEMS['add-account-read-only'].fr, false]);
      const invalid = await call(running(), '/accounts/c-dona', { token, method: 'PATCH', body: { nom: 'D'.repeat(101) }, ifMatch: account.body.version, lang: 'en' });
      assert.deepEqual(invalid.body.errors, [{ field: 'nom', code: 'too-long', message: 'This text is too long.' }]);
      const nowhere = await call(running(), '/nowhere', { lang: 'en' });
      assert.deepEqual([nowhere.status, nowhere.language, nowhere.body.detail], [404, 'en', 'No endpoint GET /api/nowhere.']);
      const unsigned = await call(running(), '/me', { token: 'not-a-token' });
      assert.deepEqual([unsigned.status, unsigned.language, unsigned.body.detail], [401, 'fr', 'Le jeton d’accès est invalide ou expiré.']);
    });
  });

  describe(`a database of ${kind} kept from before the English texts`, () => {
    it('says its history entries and replays in their French, and gets the English of the guides’ catalogue at start', async () => {
      const fresh = await freshDatabase(kind);
      try {
        const db = await openDatabase({ ...(fresh.env.DATABASE_URL ? { databaseUrl: fresh.env.DATABASE_URL } : {}), dataDir: fresh.env.HABIL_DATA_DIR ?? '' });
        const before = (await readMigrations()).filter((m) => m.version < 9);
        await migrate(db, before);
        await seedIfEmpty(db, { now: new Date(NOW), generatedAccounts: 0 });
        await db.query(
          `insert into history (at, actor_id, actor_name, action, target_type, target_id, account_id, summary)
           values ('2025-01-15T10:00:00Z', 'e-benga', 'Émilie BENGA', 'account.updated', 'account', 'c-dona', 'c-dona', 'Modification des informations du compte')`,
        );
        const kept = { id: 'dem-1', status: 'acceptee', version: 2 };
        await db.query(`insert into idempotency_keys (actor_id, key, fingerprint, status, body) values ('e-benga', 'k-old', $1, 200, $2::jsonb)`, [
          'post /api/access-requests/dem-1/decision {"decision":"accept"}',
          JSON.stringify(kept),
        ]);
        await db.close();

        const server = await startServer({ ...fresh.env, HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });
        try {
          const ready = await server.untilLog((l) => l.msg === 'database ready', 'ready');
          assert.deepEqual([ready.applied, ready.seeded, ready.translated], [[9], false, APPLICATIONS.length]);
          const token = await devToken(server, 'admin-carsat');
          const english = await call<HistoryEntry[]>(server, '/accounts/c-dona/history', { token, lang: 'en' });
          assert.equal(english.body.find((h) => h.at.startsWith('2025-01-15'))?.summary, 'Modification des informations du compte');
          const replay = await call(server, '/access-requests/dem-1/decision', { token, method: 'POST', body: { decision: 'accept' }, key: 'k-old', lang: 'en' });
          assert.deepEqual([replay.status, replay.replayed, replay.language, replay.body], [200, 'true', 'fr', kept]);
          const catalogue = await call<Application[]>(server, '/applications', { lang: 'en' });
          assert.equal(byId(catalogue.body, 'contentieux').theme, 'Human resources');
        } finally {
          await server.stop();
        }
      } finally {
        await fresh.drop();
      }
    });
  });
}
