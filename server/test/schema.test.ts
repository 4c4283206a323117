/**
 * What the database itself keeps true, on PGlite and on PostgreSQL alike: the migrations apply
 * once even when two instances start together, and the constraints of the rules hold whatever
 * the code above them does (R3, R7, R11, R15).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrate, readMigrations } from '../src/db/migrate.js';

/** Every migration of the folder, in order. */
const VERSIONS = (await readMigrations()).map((m) => m.version);
import { freshDatabase, KINDS, type FreshDatabase } from './support.js';

async function open(fresh: FreshDatabase): Promise<Database> {
  return openDatabase({ ...(fresh.env.DATABASE_URL ? { databaseUrl: fresh.env.DATABASE_URL } : {}), dataDir: fresh.env.HABIL_DATA_DIR ?? '' });
}

/** A unique-violation (23505) or check-violation (23514) from either driver. */
async function refused(work: Promise<unknown>, code: '23505' | '23514'): Promise<void> {
  await assert.rejects(work, (error: { code?: string }) => {
    assert.equal(error.code, code);
    return true;
  });
}

const ACCOUNT = `insert into accounts (id, identifier, nom, prenom, email_pro, organisme_id, status, space, sort_key, prenom_key, fonction_key, civilite)
  values ($1, $2, 'BENGA', 'Émilie', $3, 'carsat-am', 'actif', 'ucanss', 'benga emilie', 'emilie', '', 'Mme')`;

for (const kind of KINDS) {
  describe(`the schema on ${kind}`, () => {
    let fresh: FreshDatabase;
    let db: Database;

    before(async () => {
      fresh = await freshDatabase(kind);
      db = await open(fresh);
      assert.deepEqual(await migrate(db), VERSIONS);
      await db.exec(`
        insert into organismes (id, code, name, long_name, space) values ('carsat-am', '671000', 'CARSAT ALSACE-MOSELLE', 'Carsat', 'ucanss'),
          ('cd-83', 'P83001', 'CONSEIL DEPARTEMENTAL DU VAR', 'CD 83', 'caf'), ('var-habitat', 'P83002', 'VAR HABITAT', 'VH', 'caf');
        insert into applications (id, name, theme, description, target_public, approval, space) values ('egap', 'Egap', 'RH', '', '', 'local', 'ucanss');
        insert into roles (id, application_id, label) values ('egap-guides', 'egap', 'Egap - Guides');
        insert into conventions (id, label, partner_id) values ('conv-cd83', 'MCP CD 83', 'cd-83'), ('conv-vh', 'MCP VH', 'var-habitat');
      `);
      await db.query(ACCOUNT, ['e-benga', 'e.benga@lassuranceretraite.fr', 'e.benga@lassuranceretraite.fr']);
    });
    after(async () => {
      await db.close();
      await fresh.drop();
    });

    it('applies nothing the second time', async () => {
      assert.deepEqual(await migrate(db), []);
      const rows = await db.query<{ version: number }>('select version from schema_migrations');
      assert.deepEqual(rows.map((r) => r.version), VERSIONS);
    });

    it('R7: one account per professional e-mail, whatever its case', async () => {
      await refused(db.query(ACCOUNT, ['e-benga-2', 'E.Benga@lassuranceretraite.fr', 'E.Benga@LASSURANCERETRAITE.fr']), '23505');
    });

    it('R11: one group code per convention, the same code in another convention', async () => {
      const group = `insert into groups (id, convention_id, code, code_key, label, level, opening_date, responsable_id) values ($1, $2, $3, $4, 'Cdap', 1, '2018-03-27', 'e-benga')`;
      await db.query(group, ['g-1', 'conv-cd83', 'CDAP T1', 'cdap t1']);
      await refused(db.query(group, ['g-2', 'conv-cd83', 'Cdap t1', 'cdap t1']), '23505');
      await db.query(group, ['g-3', 'conv-vh', 'CDAP T1', 'cdap t1']);
      await refused(db.query(group, ['g-4', 'conv-cd83', 'X', 'x']).then(() => db.query(`update groups set closing_date = '2000-01-01' where id = 'g-4'`)), '23514');
    });

    it('R3: one pending request per person and role; a decided one does not count', async () => {
      const request = `insert into access_requests (id, requester_id, role_id, approval, requested_at, status) values ($1, 'e-benga', 'egap-guides', 'local', now(), $2)`;
      await db.query(request, ['dem-1', 'acceptee']);
      await db.query(request, ['dem-2', 'en_attente']);
      await refused(db.query(request, ['dem-3', 'en_attente']), '23505');
    });

    it('keeps the key of « trié par organisme » when an account changes organisme and when an organisme is renamed', async () => {
      const key = async () => (await db.query<{ organisme_key: string }>(`select organisme_key from accounts where id = 'e-benga'`))[0]!.organisme_key;
      assert.equal(await key(), 'CARSAT ALSACE-MOSELLE benga emilie');
      await db.query(`update organismes set name = 'CARSAT ALSACE MOSELLE' where id = 'carsat-am'`);
      assert.equal(await key(), 'CARSAT ALSACE MOSELLE benga emilie');
      await db.query(`update accounts set organisme_id = 'cd-83', sort_key = 'benga emilie' where id = 'e-benga'`);
      assert.equal(await key(), 'CONSEIL DEPARTEMENTAL DU VAR benga emilie');
      await db.query(`update accounts set organisme_id = 'carsat-am' where id = 'e-benga'`);
      assert.equal(await key(), 'CARSAT ALSACE MOSELLE benga emilie');
    });

    it('R15: a version is a positive count, and a write names the version it read', async () => {
      await refused(db.query(`update accounts set version = 0 where id = 'e-benga'`), '23514');
      const [{ version }] = await db.query<{ version: number }>(`select version from accounts where id = 'e-benga'`);
      const first = await db.query(`update accounts set fonction = 'RH', version = version + 1 where id = 'e-benga' and version = $1 returning version`, [version]);
      const stale = await db.query(`update accounts set fonction = 'Autre', version = version + 1 where id = 'e-benga' and version = $1 returning version`, [version]);
      assert.equal(first.length, 1);
      assert.equal(stale.length, 0);
    });
  });
}

describe('migrations on PostgreSQL, two instances starting together', () => {
  it('are applied once', async () => {
    const fresh = await freshDatabase('postgres');
    const [a, b] = [await open(fresh), await open(fresh)];
    try {
      const applied = await Promise.all([migrate(a), migrate(b)]);
      assert.deepEqual(applied.flat().sort(), VERSIONS);
    } finally {
      await a.close();
      await b.close();
      await fresh.drop();
    }
  });
});
