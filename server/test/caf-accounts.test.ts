/**
 * The CAF accounts on habil-server, over HTTP, on PGlite and on PostgreSQL: the rules the
 * widgets respect, which the server keeps whoever calls it.
 * - R11: the account of a responsable habilitations does not close while one of his groups is
 *   still open on its closing date — not by « Désactiver », nor by a closing date in « Modifier »,
 *   nor in a bulk action, nor by a chain of calls each allowed alone; it closes once each group
 *   has another responsable, or is closed by then.
 * - A CAF nom is kept in capitals, accents kept, whatever the server is sent.
 * - The history says « Renvoi de l'identifiant par mail » on CAF, as its guide does, and « par
 *   e-mail » on UCANSS; the same in English on both.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountDetail, BulkResult, Group, HistoryEntry } from '../../src/domain/index.js';
import type { PersonaId } from '../../mocks/personas.js';
import { devToken, KINDS, useServer, type RunningServer } from './support.js';

const NOW = '2025-06-02T10:00:00+02:00';
const TODAY = '2025-06-02';

interface Answer<T = any> {
  status: number;
  body: T;
}

interface Options {
  body?: object;
  ifMatch?: number;
  lang?: 'en';
}

async function call<T = any>(server: RunningServer, as: PersonaId, method: string, path: string, options: Options = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { Authorization: `Bearer ${await devToken(server, as)}` };
  if (options.body) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  if (options.lang) headers['Accept-Language'] = options.lang;
  const res = await fetch(`${server.url}/api${path}`, { method, headers, ...(options.body ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

function ok<T>(answer: Answer<T>, status: number, where: string): T {
  assert.equal(answer.status, status, `${where}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

function assertProblem(answer: Answer, status: number, code: string, where: string): void {
  assert.equal(answer.status, status, `${where}: ${JSON.stringify(answer.body)}`);
  assert.equal(answer.body.code, code, where);
  assert.equal(answer.body.type, `/problems/${code}`, where);
}

const account = async (server: RunningServer, id: string) => ok<AccountDetail>(await call(server, 'partner-admin', 'GET', `/accounts/${id}`), 200, `GET /accounts/${id}`);
const group = async (server: RunningServer, id: string) => ok<Group>(await call(server, 'partner-admin', 'GET', `/groups/${id}`), 200, `GET /groups/${id}`);
const history = async (server: RunningServer, as: PersonaId, id: string, lang?: 'en') =>
  ok<HistoryEntry[]>(await call(server, as, 'GET', `/accounts/${id}/history`, lang ? { lang } : {}), 200, `GET /accounts/${id}/history`);

/** A new user of the convention of the partner administrator. */
async function newUser(server: RunningServer, prenom: string, emailPro: string): Promise<AccountDetail> {
  return ok<AccountDetail>(await call(server, 'partner-admin', 'POST', '/accounts', { body: { civilite: 'Mme', nom: 'Essai', prenom, emailPro, conventionId: 'conv-cd83' } }), 201, `POST /accounts ${prenom}`);
}

async function newGroup(server: RunningServer, code: string, responsableId: string, closingDate?: string): Promise<Group> {
  const body = { code, label: `Groupe ${code}`, responsableId, ...(closingDate ? { closingDate } : {}) };
  return ok<Group>(await call(server, 'partner-admin', 'POST', '/conventions/conv-cd83/groups', { body }), 201, `POST group ${code}`);
}

const deactivate = async (server: RunningServer, id: string, closingDate?: string, lang?: 'en'): Promise<Answer> =>
  call(server, 'partner-admin', 'POST', `/accounts/${id}/deactivate`, {
    body: { mode: 'permanent', ...(closingDate ? { closingDate } : {}) },
    ifMatch: (await account(server, id)).version,
    ...(lang ? { lang } : {}),
  });

const setClosingDate = async (server: RunningServer, id: string, closingDate: string): Promise<Answer> =>
  call(server, 'partner-admin', 'PATCH', `/accounts/${id}`, { body: { closingDate }, ifMatch: (await account(server, id)).version });

for (const kind of KINDS) {
  describe(`R11: the account of a responsable habilitations on habil-server, ${kind}`, () => {
    const running = useServer(kind, { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });

    it('is not closed while he is the responsable of an open group, by any path; it is once the group has another', async () => {
      const server = running();
      const before = await account(server, 'j-blanc');
      assert.equal(before.closingDate, undefined);

      const today = await deactivate(server, 'j-blanc');
      assertProblem(today, 409, 'responsable-of-open-groups', 'deactivate today');
      assert.equal(today.body.rule, 'R11');
      assert.equal(today.body.title, "Ce compte est responsable habilitations de groupes encore ouverts : désignez d'abord un autre responsable habilitations pour chacun de ces groupes, puis clôturez le compte.");
      assert.equal(today.body.detail, 'Julie BLANC est responsable habilitations du groupe CDAP T1-NORD.');
      const english = await deactivate(server, 'j-blanc', '2025-12-31', 'en');
      assertProblem(english, 409, 'responsable-of-open-groups', 'deactivate later, in English');
      assert.equal(english.body.detail, 'Julie BLANC is the responsable habilitations of group CDAP T1-NORD.');

      // « Modifier » with a closing date, today or later, is a closing too.
      for (const closingDate of [TODAY, '2025-12-31']) assertProblem(await setClosingDate(server, 'j-blanc', closingDate), 409, 'responsable-of-open-groups', `PATCH closingDate ${closingDate}`);
      // A bulk row is refused for the same reason, in words; the other row is done.
      const bulk = ok<BulkResult>(await call(server, 'partner-admin', 'POST', '/accounts/bulk', { body: { action: 'deactivate', mode: 'permanent', accountIds: ['j-blanc', 'g-lemaitre'] } }), 200, 'bulk');
      assert.deepEqual(
        bulk.results.map((r) => [r.id, r.ok, r.problem?.code, r.problem?.detail]),
        [
          ['j-blanc', false, 'responsable-of-open-groups', 'Julie BLANC est responsable habilitations du groupe CDAP T1-NORD.'],
          ['g-lemaitre', true, undefined, undefined],
        ],
      );
      const kept = await account(server, 'j-blanc');
      assert.deepEqual({ closingDate: kept.closingDate, status: kept.status, version: kept.version }, { closingDate: undefined, status: 'ouvert', version: before.version });
      assert.deepEqual((await history(server, 'partner-admin', 'j-blanc')).filter((h) => h.action === 'account.closed' || h.action === 'account.updated'), []);

      // Another responsable for CDAP T1-NORD: her account closes.
      const nord = await group(server, 'g-cdap-t1-nord');
      ok(await call(server, 'partner-admin', 'PATCH', '/groups/g-cdap-t1-nord', { body: { responsableId: 'k-benali' }, ifMatch: nord.version }), 200, 'another responsable');
      const closed = ok<AccountDetail>(await deactivate(server, 'j-blanc'), 200, 'deactivate once replaced');
      assert.deepEqual({ closingDate: closed.closingDate, status: closed.status }, { closingDate: TODAY, status: 'cloture' });
    });

    it('a group closed, or closing by the closing date, does not hold the account; one still open then does', async () => {
      const server = running();
      const anne = await newUser(server, 'Anne', 'anne.essai@cd-83.fr');
      await newGroup(server, 'JUIN', anne.id, '2025-06-30');
      await newGroup(server, 'AOUT', anne.id, '2025-08-31');
      const july = await deactivate(server, anne.id, '2025-07-31');
      assertProblem(july, 409, 'responsable-of-open-groups', 'a group closing after her closing date');
      assert.equal(july.body.detail, 'Anne ESSAI est responsable habilitations du groupe AOUT.');
      assertProblem(await deactivate(server, anne.id), 409, 'responsable-of-open-groups', 'today, with both groups open');
      const august = ok<AccountDetail>(await deactivate(server, anne.id, '2025-08-31'), 200, 'both groups closed by her closing date');
      assert.equal(august.closingDate, '2025-08-31');

      const bruno = await newUser(server, 'Bruno', 'bruno.essai@cd-83.fr');
      const tempo = await newGroup(server, 'TEMPO', bruno.id);
      const second = await newGroup(server, 'A-TEMPO', bruno.id);
      const both = await deactivate(server, bruno.id);
      assertProblem(both, 409, 'responsable-of-open-groups', 'two open groups');
      assert.equal(both.body.detail, 'Bruno ESSAI est responsable habilitations des groupes A-TEMPO, TEMPO.');
      const english = await deactivate(server, bruno.id, undefined, 'en');
      assert.equal(english.body.detail, 'Bruno ESSAI is the responsable habilitations of groups A-TEMPO, TEMPO.');
      ok(await call(server, 'partner-admin', 'POST', `/groups/${tempo.id}/close`, { ifMatch: tempo.version }), 200, 'close TEMPO');
      assert.equal((await deactivate(server, bruno.id)).body.detail, 'Bruno ESSAI est responsable habilitations du groupe A-TEMPO.');
      // Closed today by its closing date, as « Désactiver » does on the group's screen.
      ok(await call(server, 'partner-admin', 'PATCH', `/groups/${second.id}`, { body: { closingDate: TODAY }, ifMatch: second.version }), 200, 'close A-TEMPO by its date');
      const closed = ok<AccountDetail>(await deactivate(server, bruno.id), 200, 'his groups closed');
      assert.deepEqual({ closingDate: closed.closingDate, status: closed.status }, { closingDate: TODAY, status: 'cloture' });
    });

    it('no chain of calls each allowed alone leaves a group with a responsable whose account closes before it', async () => {
      const server = running();
      // A closing date set while she is no responsable: allowed.
      const dora = await newUser(server, 'Dora', 'dora.essai@cd-83.fr');
      ok(await setClosingDate(server, dora.id, '2025-07-31'), 200, 'a closing date for a user who is no responsable');
      // Then naming her responsable of a group that outlives her account: refused, on the field, saying why.
      const named = await call(server, 'partner-admin', 'POST', '/conventions/conv-cd83/groups', { body: { code: 'DORA', label: 'Dora', responsableId: dora.id } });
      assertProblem(named, 422, 'responsable-not-member-of-convention', 'a group with no closing date');
      assert.equal(named.body.detail, 'Le compte de Dora ESSAI a pour date de clôture le 31/07/2025, avant la fin du groupe : choisissez un autre responsable habilitations.');
      assert.deepEqual(named.body.errors.map((e: { field: string }) => e.field), ['responsableId']);
      const t2 = await group(server, 'g-cdap-t2');
      const replaced = await call(server, 'partner-admin', 'PATCH', '/groups/g-cdap-t2', { body: { responsableId: dora.id }, ifMatch: t2.version, lang: 'en' });
      assertProblem(replaced, 422, 'responsable-not-member-of-convention', 'an open group given to her');
      assert.equal(replaced.body.detail, 'The account of Dora ESSAI has 2025-07-31 as its closing date, before the group ends: choose another responsable habilitations.');
      assert.equal((await group(server, 'g-cdap-t2')).responsable.id, 's-garnier');

      // A group that closes with her account may have her; its closing may come earlier, not later.
      const dated = await newGroup(server, 'DORA-ETE', dora.id, '2025-07-31');
      const later = await call(server, 'partner-admin', 'PATCH', `/groups/${dated.id}`, { body: { closingDate: '2025-09-30' }, ifMatch: dated.version });
      assertProblem(later, 422, 'responsable-not-member-of-convention', 'the group closing after her account');
      const earlier = ok<Group>(await call(server, 'partner-admin', 'PATCH', `/groups/${dated.id}`, { body: { closingDate: '2025-07-15' }, ifMatch: dated.version }), 200, 'the group closing earlier');
      assert.equal(earlier.closingDate, '2025-07-15');

      // Her closing date moved earlier than the group's end, or today: refused; the account keeps its date.
      assertProblem(await setClosingDate(server, dora.id, '2025-07-01'), 409, 'responsable-of-open-groups', 'her closing date before the group ends');
      assertProblem(await deactivate(server, dora.id), 409, 'responsable-of-open-groups', 'closed today');
      assert.equal((await account(server, dora.id)).closingDate, '2025-07-31');
    });
  });

  describe(`CAF nom and history wording on habil-server, ${kind}`, () => {
    const running = useServer(kind, { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });

    it('keeps a CAF nom in capitals, accents kept, however it is sent; a UCANSS nom as typed', async () => {
      const server = running();
      const created = ok<AccountDetail>(
        await call(server, 'partner-admin', 'POST', '/accounts', { body: { civilite: 'Mme', nom: '  lemaître-d’arc ', prenom: 'Éloïse', emailPro: 'eloise.lemaitre@cd-83.fr', conventionId: 'conv-cd83' } }),
        201,
        'CAF creation',
      );
      assert.equal(created.nom, 'LEMAÎTRE-D’ARC');
      assert.equal((await account(server, created.id)).nom, 'LEMAÎTRE-D’ARC');
      const changed = ok<AccountDetail>(await call(server, 'partner-admin', 'PATCH', `/accounts/${created.id}`, { body: { nom: 'cœur-prévost' }, ifMatch: created.version }), 200, 'CAF change');
      assert.equal(changed.nom, 'CŒUR-PRÉVOST');
      const updated = (await history(server, 'partner-admin', created.id)).find((h) => h.action === 'account.updated')!;
      assert.deepEqual([updated.before, updated.after], [{ nom: 'LEMAÎTRE-D’ARC' }, { nom: 'CŒUR-PRÉVOST' }]);
      const search = ok<{ items: { id: string; nom: string }[] }>(await call(server, 'partner-admin', 'GET', '/accounts?nom=c%C5%93ur-prevost'), 200, 'search');
      assert.deepEqual(search.items.map((a) => [a.id, a.nom]), [[created.id, 'CŒUR-PRÉVOST']]);

      const ucanss = ok<AccountDetail>(
        await call(server, 'admin-carsat', 'POST', '/accounts', { body: { civilite: 'M.', nom: 'Dupont-Lefèvre', prenom: 'Jean', emailPro: 'jean.dupont-lefevre@lassuranceretraite.fr' } }),
        201,
        'UCANSS creation',
      );
      assert.equal(ucanss.nom, 'Dupont-Lefèvre');
    });

    it("says « Renvoi de l'identifiant par mail » on CAF, « par e-mail » on UCANSS, and the same English on both", async () => {
      const server = running();
      assert.equal(ok(await call(server, 'partner-admin', 'POST', '/accounts/k-benali/resend-identifier'), 202, 'CAF resend'), undefined);
      const bulk = ok<BulkResult>(await call(server, 'partner-admin', 'POST', '/accounts/bulk', { body: { action: 'resend-identifier', accountIds: ['g-lemaitre'] } }), 200, 'CAF bulk resend');
      assert.equal(bulk.succeeded, 1);
      ok(await call(server, 'admin-carsat', 'POST', '/accounts/c-dona/resend-identifier'), 202, 'UCANSS resend');

      const sent = async (as: PersonaId, id: string, lang?: 'en') => (await history(server, as, id, lang)).filter((h) => h.action === 'account.identifier-sent').map((h) => h.summary);
      assert.deepEqual(await sent('partner-admin', 'k-benali'), ["Renvoi de l'identifiant par mail"]);
      assert.deepEqual(await sent('partner-admin', 'g-lemaitre'), ["Renvoi de l'identifiant par mail"]);
      assert.deepEqual(await sent('admin-carsat', 'c-dona'), ["Renvoi de l'identifiant par e-mail"]);
      assert.deepEqual(await sent('partner-admin', 'k-benali', 'en'), ['Identifier sent again by e-mail']);
      assert.deepEqual(await sent('admin-carsat', 'c-dona', 'en'), ['Identifier sent again by e-mail']);
    });
  });
}
