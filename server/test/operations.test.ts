/**
 * Every operation served by habil-server answers as the reference server does: one scenario of
 * requests — searches, the report, every change to accounts, requests and decisions, with
 * their refusals — sent over HTTP to the MSW reference server and to habil-server (PGlite,
 * PostgreSQL), seeded alike on the same day; each answer (status, body, ETag) must be the same.
 * Ids the two servers choose themselves (new accounts and requests, CAF identifiers) are named
 * by the step that made them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PersonaId } from '../../mocks/personas.js';
import { serveReference, type ReferenceOverHttp } from './reference-http.js';
import { KINDS, useServer } from './support.js';

const NOW = '2025-06-02T10:00:00+02:00';

interface Step {
  as?: PersonaId;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** If-Match: the version the object at this path has now, read first on each server. */
  ifMatchOf?: string;
  key?: string;
  /** Names for values of the answer, usable as {name} in later steps. */
  save?: Record<string, string>;
}

const search = (as: PersonaId, query: string): Step => ({ as, path: `/accounts${query}` });

const STEPS: Step[] = [
  // ---- search and report (R1, R9)
  ...['', '?nom=d', '?nom=DON', '?nom=%25', '?prenom=em', '?identifier=LASSURANCE&pageSize=5', '?active=false', '?active=true&pageSize=100', '?roleId=egap-guides', '?roleId=egap-guides&hasRole=false&pageSize=50',
    '?sort=-nom&pageSize=25', '?sort=prenom', '?sort=emailPro&page=2&pageSize=5', '?sort=status&pageSize=50', '?sort=-openingDate', '?sort=-organismeName', '?inMyOrganisme=false&pageSize=50', '?inMyOrganisme=false&nom=f',
    '?add=true', '?conventionId=conv-cd83', '?page=99'].map((q) => search('admin-carsat', q)),
  ...['?pageSize=100', '?inMyOrganisme=true', '?sort=organismeName&pageSize=50', '?sort=-status&nom=b', '?inMyOrganisme=false&pageSize=100'].map((q) => search('admin-ucanss', q)),
  ...['', '?active=true&pageSize=50', '?roleId=afas-declarer', '?roleId=afas-declarer&hasRole=false', '?groupId=g-bailleurs', '?groupId=nothing', '?conventionId=conv-vh', '?sort=-prenom&pageSize=100'].map((q) => search('partner-admin', q)),
  ...['', '?pageSize=100', '?sort=openingDate'].map((q) => search('responsable', q)),
  search('caf-agent', '?pageSize=100'),
  search('user-carsat', ''),
  ...['', '?sort=-nom', '?sort=prenom&pageSize=5&page=2', '?sort=fonction', '?sort=-emailPro', '?nom=s', '?email=lassurance', '?add=true'].map((q) => ({ as: 'admin-carsat' as const, path: `/reports/entitlements${q}` })),
  { as: 'user-carsat', path: '/reports/entitlements' },

  // ---- account changes (R2, R6, R7, R9, R10, R15, R16)
  { as: 'admin-carsat', method: 'POST', path: '/accounts', body: { civilite: 'Mme', nom: 'Nouvelle', prenom: 'Élise', emailPro: 'elise.nouvelle@lassuranceretraite.fr', roleIds: ['egap-guides'] }, save: { elise: 'id' } },
  { as: 'admin-carsat', method: 'POST', path: '/accounts', body: { civilite: 'Mme', nom: 'Double', prenom: 'Élise', emailPro: 'ELISE.nouvelle@lassuranceretraite.fr' } },
  { as: 'admin-carsat', method: 'POST', path: '/accounts', body: { civilite: 'M.', nom: 'Central', prenom: 'Jean', emailPro: 'jean.central@lassuranceretraite.fr', roleIds: ['annuaire-organismes-redacteur'] } },
  { as: 'admin-carsat', method: 'POST', path: '/accounts', body: { civilite: 'M.', nom: '', prenom: 'Jean', emailPro: 'pas-un-email' } },
  { as: 'user-carsat', method: 'POST', path: '/accounts', body: { civilite: 'M.', nom: 'Refus', prenom: 'Jean', emailPro: 'jean.refus@lassuranceretraite.fr' } },
  { as: 'partner-admin', method: 'POST', path: '/accounts', body: { civilite: 'M.', nom: 'Partenaire', prenom: 'Paul', emailPro: 'paul.partenaire@cd-83.fr', conventionId: 'conv-cd83' }, save: { paul: 'id', paulIdentifier: 'identifier' } },
  { as: 'admin-carsat', path: '/accounts/{elise}' },
  { as: 'admin-carsat', path: '/accounts/{elise}/history' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/grants', body: { roleId: 'greve-declaration' }, ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/grants', body: { roleId: 'greve-declaration' }, ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/grants', body: { roleId: 'egap-paie' } },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/grants', body: { roleId: 'annuaire-organismes-redacteur' }, ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'DELETE', path: '/accounts/{elise}/grants/greve-declaration', ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'DELETE', path: '/accounts/{elise}/grants/greve-declaration', ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/deactivate', body: { mode: 'temporary' }, ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/deactivate', body: { mode: 'temporary' }, ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/grants', body: { roleId: 'egap-paie' }, ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/reactivate', ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/reactivate', ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/reactivate' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/resend-identifier' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/e-benga/deactivate', body: { mode: 'temporary' }, ifMatchOf: '/accounts/e-benga' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/p-raymond/deactivate', body: { mode: 'temporary' }, ifMatchOf: '/accounts/p-raymond' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/bulk', body: { action: 'grant', roleId: 'egap-paie', accountIds: ['{elise}', 'c-dona', 'p-raymond', 'nobody', 'a-charenne'] } },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/bulk', body: { action: 'deactivate', mode: 'permanent', accountIds: ['{elise}', 'e-benga'] } },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/bulk', body: { action: 'grant', accountIds: ['c-dona'] } },
  { as: 'admin-carsat', path: '/accounts/{elise}/history' },
  { as: 'admin-carsat', method: 'POST', path: '/accounts/{elise}/reactivate', ifMatchOf: '/accounts/{elise}' },
  { as: 'admin-carsat', path: '/accounts?inMyOrganisme=false&nom=le&pageSize=100' },
  { as: 'partner-admin', method: 'POST', path: '/accounts/{paul}/deactivate', body: { mode: 'permanent', closingDate: '2025-01-01' }, ifMatchOf: '/accounts/{paul}' },
  { as: 'partner-admin', method: 'POST', path: '/accounts/{paul}/deactivate', body: { mode: 'permanent', closingDate: '2025-07-31' }, ifMatchOf: '/accounts/{paul}' },
  { as: 'partner-admin', method: 'POST', path: '/accounts/a-roux/deactivate', body: { mode: 'permanent' }, ifMatchOf: '/accounts/a-roux' },
  { as: 'partner-admin', path: '/accounts/{paul}' },
  { as: 'partner-admin', method: 'POST', path: '/accounts/bulk', body: { action: 'resend-identifier', accountIds: ['{paul}', 'j-blanc', 'e-benga'] } },

  // ---- requests and decisions (R3, R4, R5, R8)
  { as: 'admin-carsat', path: '/access-requests' },
  { as: 'admin-carsat', path: '/access-requests?state=decided' },
  { as: 'admin-carsat', path: '/access-requests?state=decided&status=acceptee_tacitement&from=2025-01-01' },
  { as: 'admin-carsat', path: '/access-requests?q=living&sort=-nom' },
  { as: 'admin-carsat', path: '/access-requests?sort=roleLabel&pageSize=2&page=2' },
  { as: 'admin-ucanss', path: '/access-requests' },
  { as: 'admin-ucanss', path: '/access-requests?sort=-organismeName' },
  { as: 'user-carsat', path: '/access-requests' },
  { as: 'user-carsat', path: '/me/access-requests' },
  { as: 'user-carsat', method: 'POST', path: '/me/access-requests', body: { roleId: 'greve-declaration' }, save: { mine: 'id' } },
  { as: 'user-carsat', method: 'POST', path: '/me/access-requests', body: { roleId: 'greve-declaration' } },
  { as: 'user-carsat', method: 'POST', path: '/me/access-requests', body: { roleId: 'egap-guides' } },
  { as: 'user-carsat', method: 'POST', path: '/me/access-requests', body: { roleId: 'annuaire-add-lecteur' }, save: { central: 'id' } },
  { as: 'user-carsat', method: 'POST', path: '/me/access-requests', body: { roleId: 'acces-site' } },
  { as: 'partner-admin', method: 'POST', path: '/me/access-requests', body: { roleId: 'egap-guides' } },
  { as: 'admin-carsat', method: 'POST', path: '/access-requests/{mine}/decision', body: { decision: 'accept' }, key: 'k-1' },
  { as: 'admin-carsat', method: 'POST', path: '/access-requests/{mine}/decision', body: { decision: 'accept' }, key: 'k-1' },
  { as: 'admin-carsat', method: 'POST', path: '/access-requests/{mine}/decision', body: { decision: 'refuse' }, key: 'k-1' },
  { as: 'admin-carsat', method: 'POST', path: '/access-requests/{mine}/decision', body: { decision: 'refuse' }, key: 'k-2' },
  { as: 'admin-carsat', method: 'POST', path: '/access-requests/dem-5/decision', body: { decision: 'accept' }, key: 'k-3' },
  { as: 'admin-ucanss', method: 'POST', path: '/access-requests/dem-5/decision', body: { decision: 'refuse', reason: 'Pas de besoin identifié' }, key: 'k-4' },
  { as: 'admin-carsat', method: 'POST', path: '/access-requests/decisions', body: { items: [{ id: 'dem-2', decision: 'accept' }, { id: 'dem-3', decision: 'refuse', reason: 'Doublon' }, { id: 'dem-5', decision: 'accept' }, { id: 'dem-x', decision: 'accept' }] }, key: 'k-5' },
  { as: 'admin-carsat', method: 'POST', path: '/access-requests/decisions', body: { items: [{ id: 'dem-2', decision: 'accept' }] }, key: 'k-5' },
  { as: 'admin-carsat', path: '/access-requests?state=decided&sort=decidedAt' },
  { as: 'user-carsat', path: '/me/access-requests' },
  { as: 'user-carsat', path: '/me/grants' },
  { as: 'admin-carsat', path: '/account-requests' },
  { as: 'admin-ucanss', path: '/account-requests?sort=-nom' },
  { method: 'POST', path: '/account-requests', body: { civilite: 'Mme', nom: 'Arrivée', prenom: 'Zoé', emailPro: 'zoe.arrivee@lassuranceretraite.fr', organismeId: 'carsat-am', worksForInstitution: true, acceptsTerms: true }, save: { zoe: 'id' } },
  { method: 'POST', path: '/account-requests', body: { civilite: 'Mme', nom: 'Arrivée', prenom: 'Zoé', emailPro: 'Zoe.Arrivee@lassuranceretraite.fr', organismeId: 'carsat-am', worksForInstitution: true, acceptsTerms: true } },
  { method: 'POST', path: '/account-requests', body: { civilite: 'M.', nom: 'Gmail', prenom: 'Jean', emailPro: 'jean@gmail.com', organismeId: 'carsat-am', worksForInstitution: true, acceptsTerms: true } },
  { as: 'admin-carsat', path: '/account-requests?q=zoe' },
  { as: 'admin-carsat', method: 'POST', path: '/account-requests/{zoe}/decision', body: { decision: 'accept' }, key: 'k-6', save: { zoeAccount: 'accountId' } },
  { as: 'admin-carsat', method: 'POST', path: '/account-requests/{zoe}/decision', body: { decision: 'refuse' }, key: 'k-7' },
  { as: 'admin-carsat', path: '/accounts/{zoeAccount}' },
  { as: 'admin-carsat', path: '/account-requests?state=decided' },
  { as: 'admin-carsat', method: 'POST', path: '/account-requests/dcc-3/decision', body: { decision: 'refuse' }, key: 'k-8' },
];

type Answer = { status: number; etag: string | null; replayed: string | null; body: unknown };

/** One server's side of the scenario: its url, its tokens, the ids it chose. */
class Side {
  readonly saved = new Map<string, string>();
  readonly #tokens = new Map<PersonaId, string>();
  constructor(readonly url: string) {}

  fill(text: string): string {
    return text.replace(/\{(\w+)\}/g, (_, name: string) => this.saved.get(name) ?? `{${name}}`);
  }

  async token(persona: PersonaId): Promise<string> {
    if (!this.#tokens.has(persona)) {
      const res = await fetch(`${this.url}/api/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ persona }) });
      this.#tokens.set(persona, ((await res.json()) as { token: string }).token);
    }
    return this.#tokens.get(persona)!;
  }

  async run(step: Step): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (step.as) headers.Authorization = `Bearer ${await this.token(step.as)}`;
    if (step.ifMatchOf) {
      const current = await fetch(`${this.url}/api${this.fill(step.ifMatchOf)}`, { headers });
      headers['If-Match'] = `"${((await current.json()) as { version: number }).version}"`;
    }
    if (step.key) headers['Idempotency-Key'] = step.key;
    if (step.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.url}/api${this.fill(step.path)}`, {
      method: step.method ?? 'GET',
      headers,
      ...(step.body !== undefined ? { body: this.fill(JSON.stringify(step.body)) } : {}),
    });
    const text = await res.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    for (const [name, field] of Object.entries(step.save ?? {})) {
      const value = body?.[field];
      if (res.ok && typeof value === 'string') this.saved.set(name, value);
    }
    return { status: res.status, etag: res.headers.get('etag'), replayed: res.headers.get('idempotent-replayed'), body: this.#named(body) };
  }

  /** The answer with the ids this server chose replaced by their names, history ids left out. */
  #named(value: unknown): unknown {
    if (typeof value === 'string') {
      let named = value;
      for (const [name, id] of this.saved) named = named.replace(new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'), `{${name}}`);
      return named;
    }
    if (Array.isArray(value)) return value.map((v) => this.#named(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k, v]) => !(k === 'id' && typeof v === 'string' && v.startsWith('h-')))
          .map(([k, v]) => [k, this.#named(v)]),
      );
    }
    return value;
  }
}

for (const kind of KINDS) {
  describe(`every operation on ${kind} answers as the reference server does`, () => {
    const running = useServer(kind, { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });
    let reference: ReferenceOverHttp;
    before(async () => {
      reference = await serveReference({ now: NOW });
    });
    after(() => reference.stop());

    it(`${STEPS.length} requests: searches, the report, account changes, requests and decisions`, async () => {
      const server = new Side(running().url);
      const oracle = new Side(reference.url);
      for (const [i, step] of STEPS.entries()) {
        const want = await oracle.run(step);
        const got = await server.run(step);
        assert.deepEqual(got, want, `step ${i + 1}: ${step.as ?? 'anonymous'} ${step.method ?? 'GET'} ${step.path}`);
      }
    });
  });
}
