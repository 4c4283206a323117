/**
 * The texts the reference server writes, in the reader's language, through HTTP: the same
 * request answers in French without Accept-Language (or when it prefers French) and in English
 * when it prefers English — the catalogue's themes, descriptions, target publics and
 * procedures, the history's summaries, the detail of a refusal, field errors and bulk rows —
 * and every answer says its language (Content-Language, Vary: Accept-Language). Names stay
 * names, and a problem's title the French words of its rule.
 */
import { expect } from '@open-wc/testing';
import type { Application, BulkResult, HistoryEntry } from '../../src/domain/index.js';
import { PROBLEMS } from '../../src/domain/problems.js';
import { API_BASE } from '../../src/contract/routes.js';
import { expectOk, expectProblem, useReferenceServer, type ApiResponse } from '../support/api.js';

const server = useReferenceServer();

interface Call {
  lang?: string;
  body?: unknown;
  ifMatch?: number;
  key?: string;
}

/** One request, with the Accept-Language a browser (or a widget) would send. */
async function call<T = any>(method: string, path: string, { lang, body, ifMatch, key }: Call = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (lang !== undefined) headers['Accept-Language'] = lang;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  if (key) headers['Idempotency-Key'] = key;
  const res = await fetch(API_BASE + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

const saysLanguage = (res: ApiResponse, lang: 'fr' | 'en') => {
  expect(res.headers.get('Content-Language')).to.equal(lang);
  expect(res.headers.get('Vary') ?? '').to.contain('Accept-Language');
};

const application = (list: Application[], id: string) => list.find((a) => a.id === id)!;
const version = (id: string) => server().store.accounts.get(id)!.version;

describe('the reference server in English and in French', () => {
  it('writes the catalogue in French by default and in English when asked, names unchanged', async () => {
    const french = await call<Application[]>('GET', '/applications');
    const english = await call<Application[]>('GET', '/applications', { lang: 'en' });
    saysLanguage(french, 'fr');
    saysLanguage(english, 'en');
    const [contentieuxFr, contentieuxEn] = [application(expectOk(french), 'contentieux'), application(expectOk(english), 'contentieux')];
    expect(contentieuxFr).to.deep.include({
      name: 'Contentieux',
      theme: 'Ressources humaines',
      description: "Application Contentieux de l'offre de services.",
      targetPublic: 'Salariés des organismes de Sécurité sociale',
    });
    expect(contentieuxEn).to.deep.include({
      name: 'Contentieux',
      theme: 'Human resources',
      description: 'The Contentieux application of the service offer.',
      targetPublic: 'Employees of the social security organismes',
    });
    expect(contentieuxEn.roles).to.deep.equal(contentieuxFr.roles);
    expect(application(expectOk(french), 'edrh').procedure).to.deep.equal({ text: "Écrivez à l'équipe EDRH en associant votre responsable hiérarchique.", contact: 'edrh@ucanss.fr' });
    expect(application(expectOk(english), 'edrh').procedure).to.deep.equal({ text: 'Write to the EDRH team, with your line manager in copy.', contact: 'edrh@ucanss.fr' });
    expect(application(expectOk(english), 'caf-bailleur')).to.deep.include({ theme: 'Mon Compte Partenaire', targetPublic: 'Landlords in partnership with the CAF' });
    // Every application has its English: no French theme is left in the English catalogue.
    const frenchThemes = new Set(expectOk(french).map((a) => a.theme));
    expect(expectOk(english).filter((a) => frenchThemes.has(a.theme) && a.theme !== 'Mon Compte Partenaire').map((a) => a.id)).to.deep.equal([]);
  });

  it('follows the preference of Accept-Language: English when it comes first, French otherwise', async () => {
    for (const [header, lang] of [
      ['en-GB,en;q=0.9,fr;q=0.8', 'en'],
      ['fr;q=0.5, en;q=0.9', 'en'],
      ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
      ['de-DE,de;q=0.9', 'fr'],
      ['*', 'fr'],
      ['en;q=0', 'fr'],
    ] as const) {
      const res = await call<Application[]>('GET', '/applications', { lang: header });
      expect(res.headers.get('Content-Language'), header).to.equal(lang);
      expect(application(expectOk(res), 'contentieux').theme, header).to.equal(lang === 'en' ? 'Human resources' : 'Ressources humaines');
    }
  });

  it("sums up an account's history in the reader's language, the tacit acceptance included (R4, R14)", async () => {
    const role = 'Egap - Guides d\'administration du personnel';
    expectOk(await call('POST', '/accounts/c-dona/grants', { body: { roleId: 'egap-guides' }, ifMatch: version('c-dona') }));
    const french = await call<HistoryEntry[]>('GET', '/accounts/c-dona/history');
    const english = await call<HistoryEntry[]>('GET', '/accounts/c-dona/history', { lang: 'en' });
    saysLanguage(french, 'fr');
    saysLanguage(english, 'en');
    const entry = (list: HistoryEntry[], action: string) => list.find((h) => h.action === action)!;
    expect(entry(expectOk(french), 'grant.added')).to.deep.include({ summary: `Rôle attribué : ${role}`, actor: { id: 'e-benga', name: 'Émilie BENGA' } });
    expect(entry(expectOk(english), 'grant.added')).to.deep.include({ summary: `Role granted: ${role}`, actor: { id: 'e-benga', name: 'Émilie BENGA' } });
    expect(entry(expectOk(french), 'request.accepted-tacitly')).to.deep.include({
      summary: 'Demande acceptée tacitement après 10 jours : Grève - Déclaration des mouvements',
      actor: { id: 'system', name: 'Acceptation tacite' },
    });
    expect(entry(expectOk(english), 'request.accepted-tacitly')).to.deep.include({
      summary: 'Request tacitly accepted after 10 days: Grève - Déclaration des mouvements',
      actor: { id: 'system', name: 'Tacit acceptance' },
    });
    // The same entries, in the same order: only their words differ.
    expect(expectOk(english).map((h) => [h.id, h.action, h.at])).to.deep.equal(expectOk(french).map((h) => [h.id, h.action, h.at]));
  });

  it("writes a refusal's detail in the reader's language; its title stays the rule's French (R16)", async () => {
    const french = await call('POST', '/accounts/n-fontaine/attach', { ifMatch: version('n-fontaine') });
    const english = await call('POST', '/accounts/n-fontaine/attach', { ifMatch: version('n-fontaine'), lang: 'en' });
    expectProblem(french, 403, 'privileged-account');
    expectProblem(english, 403, 'privileged-account');
    saysLanguage(english, 'en');
    expect(french.body).to.deep.include({ title: PROBLEMS['privileged-account'].fr, detail: 'Nathalie FONTAINE est administrateur Ucanss.' });
    expect(english.body).to.deep.include({ title: PROBLEMS['privileged-account'].fr, detail: 'Nathalie FONTAINE is a UCANSS administrator.' });
  });

  it('refuses a change to an ADD account in the reader\'s language too (R2)', async () => {
    const english = await call('PATCH', '/accounts/p-raymond', { body: { fonction: 'Directeur' }, ifMatch: version('p-raymond'), lang: 'en' });
    expectProblem(english, 403, 'add-account-read-only');
    saysLanguage(english, 'en');
    // The rule's own words say it all: the catalogue's title, and no French sentence beside it.
    expect(english.body.title).to.equal(PROBLEMS['add-account-read-only'].fr);
    expect(english.body).not.to.have.property('detail');
  });

  it('tells a person why a « procedure » application takes no request, in his language (R3)', async () => {
    server().actAs('user-carsat');
    const french = await call('POST', '/me/access-requests', { body: { roleId: 'edrh-dires' } });
    const english = await call('POST', '/me/access-requests', { body: { roleId: 'edrh-dires' }, lang: 'en' });
    expectProblem(french, 422, 'application-by-procedure');
    expectProblem(english, 422, 'application-by-procedure');
    expect(french.body.detail).to.equal("Écrivez à l'équipe EDRH en associant votre responsable hiérarchique. (edrh@ucanss.fr)");
    expect(english.body.detail).to.equal('Write to the EDRH team, with your line manager in copy. (edrh@ucanss.fr)');
  });

  it("words field errors and bulk rows in the reader's language (R10, R17)", async () => {
    const invalid = await call('PATCH', '/accounts/c-dona', { body: { nom: 'D'.repeat(101) }, ifMatch: version('c-dona'), lang: 'en' });
    expectProblem(invalid, 422, 'validation-failed');
    expect(invalid.body.errors).to.deep.equal([{ field: 'nom', code: 'too-long', message: 'This text is too long.' }]);
    const bulk = expectOk<BulkResult>(await call('POST', '/accounts/bulk', { body: { action: 'grant', roleId: 'egap-guides', accountIds: ['nobody', 'n-fontaine'] }, lang: 'en' }));
    expect(bulk.results.map((r) => [r.id, r.problem?.code, r.problem?.detail])).to.deep.equal([
      ['nobody', 'not-found', 'No such account.'],
      ['n-fontaine', 'out-of-scope', undefined],
    ]);
  });

  it('replays a decision (R5) as it was first answered, in the language of that answer', async () => {
    const first = await call('POST', '/access-requests/dem-1/decision', { body: { decision: 'accept' }, key: 'k-lang' });
    const again = await call('POST', '/access-requests/dem-1/decision', { body: { decision: 'accept' }, key: 'k-lang', lang: 'en' });
    expectOk(first);
    expect(expectOk(again)).to.deep.equal(first.body);
    expect([again.headers.get('Idempotent-Replayed'), again.headers.get('Content-Language')]).to.deep.equal(['true', 'fr']);
  });
});
