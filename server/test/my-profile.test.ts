/**
 * « Mes coordonnées » on habil-server, over HTTP, on PGlite and on PostgreSQL: a person changes
 * his own details — a phone kept as the guides write it, an optional field emptied, a history
 * entry (R14) — and the refusals the rules give: a field wrong (R17, a French phone, an organisme
 * of the list), an ADD account (R2), a CAF partner user, a missing or stale If-Match (R15), and
 * no way at all to reach another person's details.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HistoryEntry, MyProfile } from '../../src/domain/index.js';
import type { PersonaId } from '../../mocks/personas.js';
import { devToken, KINDS, useServer, type RunningServer } from './support.js';

const NOW = '2025-06-02T10:00:00+02:00';

interface Answer<T = any> {
  status: number;
  etag: string | null;
  body: T;
}

async function call<T = any>(server: RunningServer, as: PersonaId, method: string, path: string, options: { body?: object; ifMatch?: number } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { Authorization: `Bearer ${await devToken(server, as)}` };
  if (options.body) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  const res = await fetch(`${server.url}/api${path}`, { method, headers, ...(options.body ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('etag'), body: text ? JSON.parse(text) : undefined };
}

const profileOf = async (server: RunningServer, as: PersonaId) => (await call<MyProfile>(server, as, 'GET', '/me/profile')).body;

function assertProblem(answer: Answer, status: number, code: string, where: string): void {
  assert.equal(answer.status, status, `${where}: ${JSON.stringify(answer.body)}`);
  assert.equal(answer.body.code, code, where);
  assert.equal(answer.body.type, `/problems/${code}`, where);
}

for (const kind of KINDS) {
  describe(`« Mes coordonnées » on habil-server, ${kind}`, () => {
    const running = useServer(kind, { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });

    it('changes my details, keeps the phone as the guides write it, removes what I emptied, and traces it in my history (R14)', async () => {
      const server = running();
      const read = await call<MyProfile>(server, 'admin-carsat', 'GET', '/me/profile');
      assert.equal(read.status, 200);
      assert.equal(read.etag, `"${read.body.version}"`);
      assert.equal(read.body.phone, '03 88 25 26 14');

      const saved = await call<MyProfile>(server, 'admin-carsat', 'PATCH', '/me/profile', {
        body: { nomNaissance: 'NGUESSAN', phone: '', emailContact: 'emilie.benga@gmail.com', secondaryOrganismeId: 'cpam-67' },
        ifMatch: read.body.version,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.etag, `"${read.body.version + 1}"`);
      assert.deepEqual(
        { nomNaissance: saved.body.nomNaissance, phone: saved.body.phone, emailContact: saved.body.emailContact, secondary: saved.body.secondaryOrganismeName, version: saved.body.version },
        { nomNaissance: 'NGUESSAN', phone: undefined, emailContact: 'emilie.benga@gmail.com', secondary: 'CPAM DU BAS-RHIN', version: read.body.version + 1 },
      );

      const again = await call<MyProfile>(server, 'admin-carsat', 'PATCH', '/me/profile', { body: { phone: '+33388252614' }, ifMatch: saved.body.version });
      assert.equal(again.body.phone, '+33 3 88 25 26 14');

      const history = (await call<HistoryEntry[]>(server, 'admin-carsat', 'GET', '/accounts/e-benga/history')).body.filter((h) => h.action === 'account.profile-updated');
      assert.deepEqual(
        history.map((h) => [h.summary, h.actor.name, h.before, h.after]),
        [
          ["Coordonnées modifiées par l'utilisateur : téléphone", 'Émilie BENGA', { phone: null }, { phone: '+33 3 88 25 26 14' }],
          [
            "Coordonnées modifiées par l'utilisateur : nom de naissance, e-mail de contact, téléphone, organisme secondaire",
            'Émilie BENGA',
            { nomNaissance: null, emailContact: null, phone: '03 88 25 26 14', secondaryOrganisme: null },
            { nomNaissance: 'NGUESSAN', emailContact: 'emilie.benga@gmail.com', phone: null, secondaryOrganisme: 'CPAM DU BAS-RHIN' },
          ],
        ],
      );
    });

    it('refuses a field the form refuses, next to the field, and keeps what is stored (R17)', async () => {
      const server = running();
      const before = await profileOf(server, 'user-carsat');
      const cases: [object, string[]][] = [
        [{ phone: '+44 20 7946 0958' }, ['phone:phone-fr']],
        [{ phone: '0'.repeat(31) }, ['phone:too-long']],
        [{ emailContact: 'coralie@', nom: '' }, ['nom:required', 'emailContact:email']],
        [{ prenom: 'Coralie\u202E' }, ['prenom:invalid-characters']],
        [{ secondaryOrganismeId: 'carsat-am' }, ['secondaryOrganismeId:same-organisme']],
        [{ secondaryOrganismeId: 'cd-83' }, ['secondaryOrganismeId:organisme-unknown']],
      ];
      for (const [body, errors] of cases) {
        const answer = await call(server, 'user-carsat', 'PATCH', '/me/profile', { body, ifMatch: before.version });
        assertProblem(answer, 422, 'validation-failed', JSON.stringify(body));
        assert.deepEqual(answer.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`), errors, JSON.stringify(body));
      }
      assert.deepEqual(await profileOf(server, 'user-carsat'), before);
    });

    it("refuses an ADD's change (R2) and a CAF partner user's, and says why when read", async () => {
      const server = running();
      for (const [as, code] of [['director-carsat', 'add-account-read-only'], ['responsable', 'partner-profile-read-only']] as const) {
        const before = await profileOf(server, as);
        assert.equal(before.readOnlyReason, code);
        assertProblem(await call(server, as, 'PATCH', '/me/profile', { body: { phone: '03 88 25 26 99' }, ifMatch: before.version }), 403, code, as);
        assert.deepEqual(await profileOf(server, as), before);
      }
    });

    it('wants the version read (428) and refuses a stale one with the current version (R15)', async () => {
      const server = running();
      const read = await profileOf(server, 'user-carsat');
      assertProblem(await call(server, 'user-carsat', 'PATCH', '/me/profile', { body: { phone: '03 88 00 00 01' } }), 428, 'precondition-required', 'no If-Match');
      // Her local administrator changes her account meanwhile.
      const changed = await call(server, 'admin-carsat', 'PATCH', '/accounts/c-living', { body: { fonction: 'Gestionnaire conseil' }, ifMatch: read.version });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      const stale = await call(server, 'user-carsat', 'PATCH', '/me/profile', { body: { phone: '03 88 00 00 01' }, ifMatch: read.version });
      assertProblem(stale, 412, 'stale-write', 'stale If-Match');
      assert.equal(stale.body.currentVersion, read.version + 1);
      assert.equal((await profileOf(server, 'user-carsat')).phone, undefined);
    });

    it("never reaches another person's details: no route names one, a body naming one is malformed", async () => {
      const server = running();
      const mine = await profileOf(server, 'user-carsat');
      const hers = await profileOf(server, 'admin-carsat');
      assertProblem(await call(server, 'user-carsat', 'GET', '/me/profile/e-benga'), 404, 'not-found', 'GET another profile');
      assertProblem(await call(server, 'user-carsat', 'PATCH', '/me/profile/e-benga', { body: { phone: '03 88 00 00 02' }, ifMatch: hers.version }), 404, 'not-found', 'PATCH another profile');
      for (const body of [{ id: 'e-benga', phone: '03 88 00 00 02' }, { accountId: 'e-benga' }, { emailPro: 'e.benga@lassuranceretraite.fr' }, { organismeId: 'carsat-ra' }]) {
        assertProblem(await call(server, 'user-carsat', 'PATCH', '/me/profile', { body, ifMatch: mine.version }), 400, 'invalid-request', JSON.stringify(body));
      }
      assert.deepEqual(await profileOf(server, 'admin-carsat'), hers);
      assert.deepEqual(await profileOf(server, 'user-carsat'), mine);
    });
  });
}
