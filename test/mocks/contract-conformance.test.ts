/**
 * The reference server answers what openapi.json declares: for a broad sample of successful
 * and refused calls (every route of accounts, requests, me and report; groups and
 * delegation routes as far as they are served), the status is declared for that path and
 * method, the body validates against the declared schema, and every problem's type, code
 * and status agree with the catalogue and with the problems the route declares.
 */
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { PERSONAS, type PersonaId } from '../../mocks/personas.js';
import { createReferenceServer, type ReferenceServer } from '../../mocks/reference-server.js';
import { API_BASE, ROUTES, type Route } from '../../src/contract/routes.js';
import { PROBLEMS, problemType, type ProblemCode } from '../../src/domain/problems.js';
import { api, DEFAULTS, useReferenceServer, type ApiResponse } from '../support/api.js';

const server = useReferenceServer();

type Json = Record<string, any>;
const DOC_URI = 'https://habil.test/openapi.json';

interface Sample {
  as: PersonaId | undefined;
  method: Route['method'];
  /** Relative to /api, query string included. */
  path: string;
  body?: unknown;
  /** 'current': the version of the object named by the path, read from the store. */
  ifMatch?: 'current' | number;
  idempotencyKey?: string;
  /** The status the rule says; left out for routes written elsewhere (conformance only). */
  status?: number;
  /** Calls made first, as the same persona, to reach the state the sample needs. */
  before?: { method: Route['method']; path: string; body?: unknown }[];
}

const DRAFT = { civilite: 'Mme', nom: 'NOUVELLE', prenom: 'Agnès', emailPro: 'agnes.nouvelle@lassuranceretraite.fr' };
const SIGNUP = { civilite: 'M.', nom: 'MARCHAL', prenom: 'Rémi', emailPro: 'remi.marchal@caf.fr', worksForInstitution: true, organismeId: 'caf-55', acceptsTerms: true };

const SAMPLES: Sample[] = [
  // session and catalogue
  { as: 'admin-carsat', method: 'get', path: '/me', status: 200 },
  { as: 'partner-admin', method: 'get', path: '/me', status: 200 },
  { as: undefined, method: 'get', path: '/me', status: 401 },
  { as: undefined, method: 'get', path: '/organismes', status: 200 },
  { as: 'user-carsat', method: 'get', path: '/applications', status: 200 },
  // accounts
  { as: 'admin-carsat', method: 'get', path: '/accounts?nom=dona', status: 200 },
  { as: 'admin-carsat', method: 'get', path: '/accounts?inMyOrganisme=false&pageSize=50', status: 200 },
  { as: 'admin-ucanss', method: 'get', path: '/accounts?sort=-organismeName&pageSize=25', status: 200 },
  { as: 'partner-admin', method: 'get', path: '/accounts?conventionId=conv-cd83', status: 200 },
  { as: 'partner-admin', method: 'get', path: '/accounts?conventionId=conv-var-habitat', status: 403 },
  { as: 'user-carsat', method: 'get', path: '/accounts', status: 403 },
  { as: 'admin-carsat', method: 'get', path: '/accounts?sort=age', status: 400 },
  { as: 'admin-carsat', method: 'get', path: '/accounts?active=peut-etre', status: 400 },
  { as: 'admin-carsat', method: 'post', path: '/accounts', body: { ...DRAFT, roleIds: ['egap-guides'] }, status: 201 },
  { as: 'admin-carsat', method: 'post', path: '/accounts', body: { ...DRAFT, nom: '' }, status: 422 },
  { as: 'admin-carsat', method: 'post', path: '/accounts', body: { ...DRAFT, emailPro: 'E.AHOVA@lassuranceretraite.fr' }, status: 409 },
  { as: 'user-carsat', method: 'post', path: '/accounts', body: DRAFT, status: 403 },
  { as: 'admin-carsat', method: 'get', path: '/accounts/c-dona', status: 200 },
  { as: 'partner-admin', method: 'get', path: '/accounts/a-roux', status: 200 },
  { as: 'admin-carsat', method: 'get', path: '/accounts/a-charenne', status: 403 },
  { as: 'admin-carsat', method: 'get', path: '/accounts/inconnu', status: 404 },
  { as: 'admin-carsat', method: 'patch', path: '/accounts/c-dona', body: { fonction: 'Assistante RH' }, ifMatch: 'current', status: 200 },
  { as: 'admin-carsat', method: 'patch', path: '/accounts/c-dona', body: { fonction: 'Assistante RH' }, status: 428 },
  { as: 'admin-carsat', method: 'patch', path: '/accounts/c-dona', body: { fonction: 'Assistante RH' }, ifMatch: 0, status: 412 },
  { as: 'admin-carsat', method: 'patch', path: '/accounts/p-raymond', body: { phone: '03 88 25 26 99' }, ifMatch: 'current', status: 403 },
  { as: 'admin-carsat', method: 'patch', path: '/accounts/c-dona', body: { organismeId: 'carsat-ra' }, ifMatch: 'current', status: 400 },
  { as: 'admin-carsat', method: 'patch', path: '/accounts/c-dona', body: { emailContact: 'pas-un-email' }, ifMatch: 'current', status: 422 },
  { as: 'partner-admin', method: 'patch', path: '/accounts/a-roux', body: { closingDate: '2025-06-30' }, ifMatch: 'current', status: 409 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/c-dona/deactivate', body: { mode: 'temporary' }, ifMatch: 'current', status: 200 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/l-dartagnan/deactivate', body: { mode: 'temporary' }, ifMatch: 'current', status: 409 },
  { as: 'partner-admin', method: 'post', path: '/accounts/a-roux/deactivate', body: { mode: 'permanent', closingDate: '2025-05-01' }, ifMatch: 'current', status: 422 },
  { as: 'partner-admin', method: 'post', path: '/accounts/k-benali/deactivate', body: { mode: 'permanent', closingDate: '2025-09-30' }, ifMatch: 'current', status: 200 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/l-dartagnan/reactivate', ifMatch: 'current', status: 200 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/c-dona/reactivate', ifMatch: 'current', status: 409 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/d-tologue/attach', ifMatch: 'current', status: 200 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/c-dona/attach', ifMatch: 'current', status: 409 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/m-rousseau/attach', ifMatch: 'current', status: 403 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/d-tologue/attach', status: 428 },
  { as: 'partner-admin', method: 'post', path: '/accounts/k-benali/resend-identifier', status: 202 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/a-charenne/resend-identifier', status: 403 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/c-dona/grants', body: { roleId: 'conseil-energie-lecteur' }, ifMatch: 'current', status: 200 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/c-living/grants', body: { roleId: 'egap-guides' }, ifMatch: 'current', status: 409 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/c-dona/grants', body: { roleId: 'cdap-t1-ass' }, ifMatch: 'current', status: 422 },
  { as: 'partner-admin', method: 'post', path: '/accounts/a-roux/grants', body: { roleId: 'afas-habiliter' }, ifMatch: 'current', status: 200 },
  { as: 'admin-carsat', method: 'delete', path: '/accounts/c-living/grants/egap-guides', ifMatch: 'current', status: 200 },
  { as: 'admin-carsat', method: 'delete', path: '/accounts/c-dona/grants/egap-guides', ifMatch: 'current', status: 409 },
  { as: 'admin-carsat', method: 'delete', path: '/accounts/p-raymond/grants/egap-guides', ifMatch: 'current', status: 403 },
  { as: 'admin-carsat', method: 'get', path: '/accounts/c-dona/history', status: 200 },
  { as: 'admin-carsat', method: 'get', path: '/accounts/a-charenne/history', status: 403 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/bulk', body: { action: 'deactivate', mode: 'temporary', accountIds: ['c-dona', 'jf-muller', 'a-charenne', 'inconnu'] }, status: 200 },
  { as: 'partner-admin', method: 'post', path: '/accounts/bulk', body: { action: 'resend-identifier', accountIds: ['k-benali', 'c-dona'] }, status: 200 },
  { as: 'user-carsat', method: 'post', path: '/accounts/bulk', body: { action: 'deactivate', accountIds: ['c-dona'] }, status: 403 },
  { as: 'admin-carsat', method: 'post', path: '/accounts/bulk', body: { action: 'deactivate', accountIds: [] }, status: 400 },
  // requests
  { as: 'admin-carsat', method: 'get', path: '/access-requests', status: 200 },
  { as: 'admin-ucanss', method: 'get', path: '/access-requests?state=decided&sort=nom', status: 200 },
  { as: 'user-carsat', method: 'get', path: '/access-requests', status: 403 },
  { as: 'admin-carsat', method: 'post', path: '/access-requests/dem-1/decision', body: { decision: 'accept' }, idempotencyKey: 'k1', status: 200 },
  { as: 'admin-carsat', method: 'post', path: '/access-requests/dem-3/decision', body: { decision: 'refuse', reason: 'Non' }, status: 200 },
  { as: 'admin-carsat', method: 'post', path: '/access-requests/dem-guide-2/decision', body: { decision: 'accept' }, status: 409 },
  {
    as: 'admin-carsat',
    method: 'post',
    path: '/access-requests/dem-2/decision',
    body: { decision: 'refuse' },
    before: [{ method: 'post', path: '/access-requests/dem-2/decision', body: { decision: 'accept' } }],
    status: 409,
  },
  { as: 'admin-carsat', method: 'post', path: '/access-requests/dem-6/decision', body: { decision: 'accept' }, status: 403 },
  { as: 'admin-carsat', method: 'post', path: '/access-requests/dem-404/decision', body: { decision: 'accept' }, status: 404 },
  { as: 'admin-carsat', method: 'post', path: '/access-requests/dem-1/decision', body: { decision: 'peut-etre' }, status: 400 },
  { as: 'admin-carsat', method: 'post', path: '/access-requests/decisions', body: { items: [{ id: 'dem-1', decision: 'accept' }, { id: 'dem-6', decision: 'accept' }, { id: 'dem-guide-2', decision: 'refuse' }] }, status: 200 },
  { as: 'user-carsat', method: 'post', path: '/access-requests/decisions', body: { items: [{ id: 'dem-1', decision: 'accept' }] }, status: 403 },
  { as: 'admin-carsat', method: 'get', path: '/account-requests', status: 200 },
  { as: 'admin-ucanss', method: 'get', path: '/account-requests?state=decided', status: 200 },
  { as: 'user-carsat', method: 'get', path: '/account-requests', status: 403 },
  { as: 'admin-carsat', method: 'post', path: '/account-requests/dcc-1/decision', body: { decision: 'accept' }, status: 200 },
  {
    as: 'admin-carsat',
    method: 'post',
    path: '/account-requests/dcc-2/decision',
    body: { decision: 'accept' },
    before: [{ method: 'post', path: '/account-requests/dcc-2/decision', body: { decision: 'refuse', reason: 'Externe' } }],
    status: 409,
  },
  { as: 'admin-carsat', method: 'post', path: '/account-requests/dcc-3/decision', body: { decision: 'accept' }, status: 403 },
  { as: undefined, method: 'post', path: '/account-requests', body: SIGNUP, status: 201 },
  { as: undefined, method: 'post', path: '/account-requests', body: { ...SIGNUP, emailPro: 'remi@gmail.com' }, status: 422 },
  { as: undefined, method: 'post', path: '/account-requests', body: { ...SIGNUP, emailPro: 'd.carole@lassuranceretraite.fr' }, status: 409 },
  { as: undefined, method: 'post', path: '/account-requests', body: { ...SIGNUP, worksForInstitution: 'oui' }, status: 400 },
  // me
  { as: 'user-carsat', method: 'get', path: '/me/grants', status: 200 },
  { as: 'partner-admin', method: 'get', path: '/me/grants', status: 200 },
  { as: undefined, method: 'get', path: '/me/grants', status: 401 },
  { as: 'user-carsat', method: 'get', path: '/me/access-requests', status: 200 },
  { as: undefined, method: 'get', path: '/me/access-requests', status: 401 },
  { as: 'user-carsat', method: 'post', path: '/me/access-requests', body: { roleId: 'conseil-energie-lecteur' }, status: 201 },
  { as: 'user-carsat', method: 'post', path: '/me/access-requests', body: { roleId: 'guide-sante-lecteur' }, status: 422 },
  { as: 'user-carsat', method: 'post', path: '/me/access-requests', body: { roleId: 'referentiel-add-lecteur' }, status: 422 },
  { as: 'user-carsat', method: 'post', path: '/me/access-requests', body: { roleId: 'annuaire-organismes-redacteur' }, status: 409 },
  { as: 'user-carsat', method: 'post', path: '/me/access-requests', body: { roleId: 'egap-guides' }, status: 409 },
  { as: 'user-carsat', method: 'post', path: '/me/access-requests', body: { roleId: 'role-inconnu' }, status: 400 },
  { as: 'user-carsat', method: 'get', path: '/me/contacts', status: 200 },
  { as: undefined, method: 'get', path: '/me/contacts', status: 401 },
  { as: 'user-carsat', method: 'get', path: '/me/profile', status: 200 },
  { as: 'director-carsat', method: 'get', path: '/me/profile', status: 200 },
  { as: 'partner-admin', method: 'get', path: '/me/profile', status: 200 },
  { as: undefined, method: 'get', path: '/me/profile', status: 401 },
  { as: 'user-carsat', method: 'patch', path: '/me/profile', body: { phone: '0388252600', secondaryOrganismeId: 'cpam-67', nomNaissance: '' }, ifMatch: 'current', status: 200 },
  { as: 'user-carsat', method: 'patch', path: '/me/profile', body: { phone: '+44 20 7946 0958' }, ifMatch: 'current', status: 422 },
  { as: 'user-carsat', method: 'patch', path: '/me/profile', body: { emailPro: 'autre@lassuranceretraite.fr' }, ifMatch: 'current', status: 400 },
  { as: 'user-carsat', method: 'patch', path: '/me/profile', body: { phone: '0388252600' }, status: 428 },
  { as: 'user-carsat', method: 'patch', path: '/me/profile', body: { phone: '0388252600' }, ifMatch: 0, status: 412 },
  { as: 'director-carsat', method: 'patch', path: '/me/profile', body: { phone: '0388252600' }, ifMatch: 'current', status: 403 },
  { as: 'responsable', method: 'patch', path: '/me/profile', body: { phone: '0494000000' }, ifMatch: 'current', status: 403 },
  // report
  { as: 'admin-carsat', method: 'get', path: '/reports/entitlements?add=false', status: 200 },
  { as: 'user-carsat', method: 'get', path: '/reports/entitlements', status: 403 },
  // groups (R11, R12): written elsewhere, checked for conformance when served
  { as: 'partner-admin', method: 'get', path: '/conventions' },
  { as: 'user-carsat', method: 'get', path: '/conventions' },
  { as: 'partner-admin', method: 'get', path: '/conventions/conv-cd83' },
  { as: 'partner-admin', method: 'get', path: '/conventions/conv-var-habitat' },
  { as: 'partner-admin', method: 'get', path: '/conventions/conv-cd83/groups' },
  { as: 'responsable', method: 'get', path: '/conventions/conv-cd83/groups?code=CDAP' },
  { as: 'partner-admin', method: 'post', path: '/conventions/conv-cd83/groups', body: { code: 'CDAP T4', label: 'Cdap T4', responsableId: 's-garnier' } },
  { as: 'partner-admin', method: 'post', path: '/conventions/conv-cd83/groups', body: { code: 'CDAP T2', label: 'Doublon', responsableId: 's-garnier' } },
  { as: 'partner-admin', method: 'post', path: '/conventions/conv-cd83/groups', body: { code: 'EXT', label: 'Externe', responsableId: 'v-habitat-1' } },
  { as: 'responsable', method: 'post', path: '/conventions/conv-cd83/groups', body: { code: 'X', label: 'X', responsableId: 'm-durand' } },
  { as: 'partner-admin', method: 'get', path: '/groups/g-cdap-t2' },
  { as: 'admin-carsat', method: 'get', path: '/groups/g-cdap-t2' },
  { as: 'partner-admin', method: 'patch', path: '/groups/g-cdap-t2', body: { label: 'Cdap T2 - Prestataires' }, ifMatch: 'current' },
  { as: 'partner-admin', method: 'patch', path: '/groups/g-cdap-t2', body: { label: 'Cdap T2 - Prestataires' } },
  { as: 'partner-admin', method: 'patch', path: '/groups/g-cdap-t2', body: { closingDate: '2020-01-01' }, ifMatch: 'current' },
  { as: 'partner-admin', method: 'post', path: '/groups/g-dgfip/close', ifMatch: 'current' },
  { as: 'responsable', method: 'post', path: '/groups/g-cdap-t1/close', ifMatch: 'current' },
  { as: 'partner-admin', method: 'post', path: '/groups/g-cdap-t2/roles', body: { roleId: 'cdap-t4' }, ifMatch: 'current' },
  { as: 'partner-admin', method: 'post', path: '/groups/g-cdap-t2/roles', body: { roleId: 'cdap-t8' }, ifMatch: 'current' },
  { as: 'partner-admin', method: 'delete', path: '/groups/g-cdap-t2/roles/cdap-t2', ifMatch: 'current' },
  { as: 'partner-admin', method: 'delete', path: '/groups/g-cdap-t2/roles/cdap-t6', ifMatch: 'current' },
  { as: 'responsable', method: 'get', path: '/groups/g-cdap-t1/members' },
  { as: 'responsable', method: 'get', path: '/groups/g-cdap-t2/members' },
  { as: 'responsable', method: 'post', path: '/groups/g-cdap-t1/members', body: { accountId: 'k-benali' } },
  { as: 'responsable', method: 'post', path: '/groups/g-cdap-t1/members', body: { accountId: 'j-blanc' } },
  { as: 'partner-admin', method: 'patch', path: '/groups/g-cdap-t1/members/j-blanc', body: { closingDate: '2025-12-31' }, ifMatch: 'current' },
  { as: 'partner-admin', method: 'patch', path: '/groups/g-cdap-t1/members/j-blanc', body: { closingDate: '2025-12-31' } },
  { as: 'partner-admin', method: 'delete', path: '/groups/g-cdap-t1/members/j-blanc' },
  { as: 'responsable', method: 'delete', path: '/groups/g-cdap-t2/members/k-benali' },
  // delegation (R12, R13): written elsewhere, checked for conformance when served
  { as: 'admin-carsat', method: 'get', path: '/local-admins' },
  { as: 'admin-carsat', method: 'get', path: '/local-admins?scope=all' },
  { as: 'user-carsat', method: 'get', path: '/local-admins' },
  { as: 'admin-carsat', method: 'post', path: '/local-admins', body: { accountId: 'c-dona' } },
  { as: 'admin-carsat', method: 'post', path: '/local-admins', body: { accountId: 'a-charenne' } },
  { as: 'admin-carsat', method: 'post', path: '/local-admins', body: { accountId: 'p-raymond' } },
  { as: 'admin-carsat', method: 'delete', path: '/local-admins/e-benga' },
  { as: 'director-carsat', method: 'delete', path: '/local-admins/m-rousseau' },
  { as: 'caf-agent', method: 'get', path: '/partners/cd-83/admins' },
  { as: 'admin-carsat', method: 'get', path: '/partners/cd-83/admins' },
  { as: 'caf-agent', method: 'post', path: '/partners/cd-83/admins', body: { accountId: 's-garnier' } },
  { as: 'partner-admin', method: 'post', path: '/partners/cd-83/admins', body: { accountId: 's-garnier' } },
  { as: 'caf-agent', method: 'delete', path: '/partners/cd-83/admins/p-martin' },
  { as: 'partner-admin', method: 'delete', path: '/partners/cd-83/admins/p-martin' },
];

// ---- matching a call to the contract ----------------------------------------------------

const ROUTE_LIST = Object.entries(ROUTES) as [string, Route][];

function templateRegex(template: string): RegExp {
  return new RegExp('^' + template.replace(/\{\w+\}/g, '[^/]+') + '$');
}

/** The route of a call; literal segments win over parameters (/accounts/bulk, not /accounts/{id}). */
function routeOf(method: string, path: string): [string, Route] | undefined {
  const pathname = path.split('?')[0]!;
  const candidates = ROUTE_LIST.filter(([, r]) => r.method === method && templateRegex(r.path).test(pathname));
  return candidates.sort(([, a], [, b]) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0))[0];
}

/** Routes the reference server registers a handler for, right now. */
const served = new Set(
  createReferenceServer(DEFAULTS).handlers.map((h) => (h.info as { header: string }).header.toUpperCase()),
);
const isServed = (r: Route) => served.has(`${r.method.toUpperCase()} ${API_BASE}${r.path.replace(/\{(\w+)\}/g, ':$1')}`.toUpperCase());

const MY_TAGS = ['Session', 'Catalogue', 'Accounts', 'Requests', 'Me', 'Reports'];

// ---- validation -----------------------------------------------------------------------------

let doc: Json;
const validators = new Map<string, Validator>();

/** The schema with its refs made absolute, so that they resolve in the document. */
function absolute(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolute);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? DOC_URI + v : absolute(v)]),
  );
}

function validatorFor(key: string, schema: Json): Validator {
  let v = validators.get(key);
  if (!v) {
    v = new Validator(absolute(schema) as Schema, '2020-12', false);
    v.addSchema(doc as Schema, DOC_URI);
    validators.set(key, v);
  }
  return v;
}

function problemErrors(p: Json, status: number | undefined, where: string): string[] {
  const errors: string[] = [];
  const code = p.code as ProblemCode;
  if (!(code in PROBLEMS)) return [`${where}: unknown problem code ${JSON.stringify(p.code)}`];
  if (p.type !== problemType(code)) errors.push(`${where}: type ${p.type} does not match code ${code}`);
  if (p.status !== PROBLEMS[code].status) errors.push(`${where}: ${code} has status ${p.status}, the catalogue says ${PROBLEMS[code].status}`);
  if (status !== undefined && status !== p.status) errors.push(`${where}: HTTP status ${status} but problem status ${p.status}`);
  return errors;
}

/** Everything that does not conform, as readable lines (empty when the answer conforms). */
function conformance(sample: Sample, route: Route, res: ApiResponse): string[] {
  const where = `${sample.method.toUpperCase()} ${sample.path} as ${sample.as ?? 'nobody'} → ${res.status}`;
  const operation = doc.paths[route.path]?.[route.method] as Json | undefined;
  if (!operation) return [`${where}: no operation ${route.method} ${route.path} in openapi.json`];
  const declared = operation.responses[String(res.status)] as Json | undefined;
  if (!declared) return [`${where}: status not declared (declared: ${Object.keys(operation.responses).join(', ')}); body ${JSON.stringify(res.body)}`];
  const errors: string[] = [];
  const language = res.headers.get('Content-Language');
  if (declared.headers?.['Content-Language'] && language !== 'fr' && language !== 'en') errors.push(`${where}: Content-Language ${language ?? '(none)'}, not fr or en`);
  const contentType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (!declared.content) {
    if (res.body !== undefined) errors.push(`${where}: no body declared, got ${JSON.stringify(res.body)}`);
    return errors;
  }
  const media = declared.content[contentType] as Json | undefined;
  if (!media) return [`${where}: content-type ${contentType || '(none)'} not declared (declared: ${Object.keys(declared.content).join(', ')})`];
  const result = validatorFor(`${route.method} ${route.path} ${res.status} ${contentType}`, media.schema).validate(res.body);
  if (!result.valid) {
    const details = result.errors
      .filter((e) => e.keyword !== '$ref' && e.keyword !== 'items' && e.keyword !== 'properties')
      .slice(0, 8)
      .map((e) => `${e.instanceLocation}: ${e.error}`);
    errors.push(`${where}: body does not match the schema:\n    ${(details.length ? details : result.errors.map((e) => e.error)).join('\n    ')}`);
  }
  if (contentType === 'application/problem+json') {
    errors.push(...problemErrors(res.body, res.status, where));
    if (!String(declared.description).includes('`' + problemType(res.body.code) + '`')) {
      errors.push(`${where}: ${res.body.code} is not among the problems declared for this status (${declared.description})`);
    }
  }
  for (const row of (res.body?.results ?? []) as Json[]) {
    if (row.problem) errors.push(...problemErrors(row.problem, undefined, `${where} row ${row.id}`));
  }
  if (declared.headers?.ETag && typeof res.body?.version === 'number' && res.headers.get('ETag') !== `"${res.body.version}"`) {
    errors.push(`${where}: ETag ${res.headers.get('ETag')} does not name version ${res.body.version}`);
  }
  return errors;
}

// ---- the calls ------------------------------------------------------------------------------

function currentVersion(s: ReferenceServer, path: string): number {
  const [, kind, id, sub, subId] = path.split('?')[0]!.split('/');
  const store = s.store;
  if (kind === 'accounts') return store.accounts.get(id!)!.version;
  if (kind === 'me' && id === 'profile') return store.accounts.get(PERSONAS[s.persona!].accountId)!.version;
  if (kind === 'groups' && sub === 'members') return store.memberships.get(store.membershipKey(id!, subId!))!.version;
  if (kind === 'groups') return store.groups.get(id!)!.version;
  throw new Error(`No version for ${path}`);
}

before(async () => {
  doc = await (await fetch('/openapi.json')).json();
});

describe('contract conformance', () => {
  it('has a sample for every route of accounts, requests, me and report, and for every served route', () => {
    const sampled = new Set(SAMPLES.map((s) => routeOf(s.method, s.path)?.[0]));
    const missing = ROUTE_LIST.filter(([name, r]) => (MY_TAGS.includes(r.tag) || isServed(r)) && !sampled.has(name)).map(([name]) => name);
    expect(missing, 'routes without a sample').to.deep.equal([]);
    const unmatched = SAMPLES.filter((s) => !routeOf(s.method, s.path)).map((s) => `${s.method} ${s.path}`);
    expect(unmatched, 'samples matching no route').to.deep.equal([]);
    for (const [name, r] of ROUTE_LIST.filter(([, r]) => MY_TAGS.includes(r.tag))) expect(isServed(r), name).to.equal(true);
  });

  it('declares every problem code of every route with the status of the catalogue', () => {
    const errors: string[] = [];
    for (const [name, r] of ROUTE_LIST) {
      const op = doc.paths[r.path][r.method] as Json;
      for (const code of r.problems) {
        const declared = op.responses[String(PROBLEMS[code].status)];
        if (!declared?.description.includes('`' + problemType(code) + '`')) errors.push(`${name}: ${code} not declared under ${PROBLEMS[code].status}`);
      }
    }
    expect(errors).to.deep.equal([]);
  });

  it('the checker itself reports a body, a status or a problem that does not conform', () => {
    const sample: Sample = { as: 'admin-carsat', method: 'get', path: '/accounts/c-dona' };
    const route = ROUTES.getAccount;
    const headers = (type: string) => new Headers({ 'content-type': type });
    const bad = conformance(sample, route, { status: 200, body: { id: 'c-dona', status: 'parti' }, headers: headers('application/json') });
    expect(bad.join('\n')).to.contain('does not match the schema').and.contain('identifier');
    expect(conformance(sample, route, { status: 418, body: {}, headers: headers('application/json') }).join()).to.contain('status not declared');
    const wrongPair = { type: '/problems/out-of-scope', title: 't', status: 409, code: 'out-of-scope' };
    expect(conformance(sample, route, { status: 409, body: wrongPair, headers: headers('application/problem+json') }).join()).to.contain('status not declared');
    const undeclared = { type: '/problems/stale-write', title: 't', status: 412, code: 'stale-write' };
    const notOurs = conformance({ ...sample, method: 'patch' }, ROUTES.updateAccount, { status: 403, body: { ...undeclared, status: 403 }, headers: headers('application/problem+json') });
    expect(notOurs.join()).to.contain('the catalogue says 412').and.contain('not among the problems declared');
  });

  for (const sample of SAMPLES) {
    const matched = routeOf(sample.method, sample.path);
    if (!matched || (!MY_TAGS.includes(matched[1].tag) && !isServed(matched[1]))) continue;
    const [name, route] = matched;
    const title = `${name}: ${sample.as ?? 'nobody'} ${sample.method.toUpperCase()} ${sample.path}${sample.status ? ` → ${sample.status}` : ''}`;
    it(title, async () => {
      const s = server();
      s.actAs(sample.as);
      for (const step of sample.before ?? []) await api(step.method, step.path, { body: step.body });
      const ifMatch = sample.ifMatch === 'current' ? currentVersion(s, sample.path) : sample.ifMatch;
      const res = await api(sample.method, sample.path, {
        ...(sample.body !== undefined ? { body: sample.body } : {}),
        ...(ifMatch !== undefined ? { ifMatch } : {}),
        ...(sample.idempotencyKey ? { idempotencyKey: sample.idempotencyKey } : {}),
      });
      const errors = conformance(sample, route, res);
      if (sample.status !== undefined && res.status !== sample.status) {
        errors.unshift(`expected ${sample.status}, got ${res.status}: ${JSON.stringify(res.body)}`);
      }
      expect(errors.join('\n'), errors.join('\n')).to.equal('');
    });
  }
});
