/**
 * Every operation served by habil-server answers as the reference server does: one scenario of
 * requests — searches, the report, every change to accounts, requests and decisions, the CAF
 * conventions, groups and members, the delegations, with their refusals — sent over HTTP to the MSW reference server and to habil-server (PGlite,
 * PostgreSQL), seeded alike on the same day; each answer (status, body, ETag) must be the same.
 * Ids the two servers choose themselves (new accounts, requests and groups, CAF identifiers) are named
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
  /** If-Match as given. */
  ifMatch?: string;
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

  // ---- conventions (R1)
  ...(['partner-admin', 'responsable', 'caf-agent', 'user-carsat', 'admin-carsat'] as const).map((as) => ({ as, path: '/conventions' })),
  { as: 'partner-admin', path: '/conventions/conv-cd83' },
  { as: 'partner-admin', path: '/conventions/conv-var-habitat' },
  { as: 'caf-agent', path: '/conventions/conv-var-habitat' },
  { as: 'responsable', path: '/conventions/nothing' },

  // ---- groups (R1, R11, R15)
  ...['', '?code=cdap', '?code=T1', '?label=AFAS', '?accountId=j-blanc', '?accountId=k-benali&code=t6'].map((q) => ({ as: 'partner-admin' as const, path: `/conventions/conv-cd83/groups${q}` })),
  { as: 'responsable', path: '/conventions/conv-cd83/groups' },
  { as: 'caf-agent', path: '/conventions/conv-var-habitat/groups' },
  { as: 'partner-admin', path: '/conventions/conv-var-habitat/groups' },
  { as: 'partner-admin', path: '/groups/g-cdap-t1' },
  { as: 'responsable', path: '/groups/g-cdap-t1-nord' },
  { as: 'responsable', path: '/groups/g-bailleurs' },
  { as: 'partner-admin', path: '/groups/g-vh-bailleurs' },
  { as: 'partner-admin', path: '/groups/nothing' },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: ' CDAP T9 ', label: 'Cdap T9', responsableId: 'j-blanc' }, save: { t9: 'id' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'cdap t9', label: 'Doublon', responsableId: 'j-blanc' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'Bailleurs', label: 'Doublon', responsableId: 'j-blanc' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'X1', label: 'Hors convention', responsableId: 'e-benga' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'X2', label: 'Autre convention', responsableId: 'v-habitat-1' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'X3', label: 'Passé', responsableId: 'j-blanc', closingDate: '2025-01-01' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'X4', label: 'Sans parent', responsableId: 'j-blanc', parentId: 'nothing' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'X5', label: 'Parent ailleurs', responsableId: 'j-blanc', parentId: 'g-vh-bailleurs' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-var-habitat/groups', body: { code: 'X6', label: 'Ailleurs', responsableId: 'v-habitat-1' } },
  { as: 'responsable', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'X7', label: 'Par un responsable', responsableId: 'j-blanc' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'CDAP T9-SUD', label: 'Cdap T9 - Sud', responsableId: 's-garnier', parentId: '{t9}', closingDate: '2026-06-30' }, save: { t9sud: 'id' } },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'CDAP T9-SUD-EST', label: 'Cdap T9 - Sud-Est', responsableId: 'k-benali', parentId: '{t9sud}', openingDate: '2025-07-01' }, save: { t9sudest: 'id' } },
  { as: 'partner-admin', path: '/groups/{t9sudest}' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}', body: { label: 'Cdap T9 (Var)' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}', body: { label: 'Cdap T9 (Var)' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}', body: { label: 'Sans version' } },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}', body: { label: 'Version dépassée' }, ifMatch: '"1"' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}', body: { responsableId: 'e-benga' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}', body: { responsableId: 'm-durand', closingDate: '2026-12-31' }, ifMatchOf: '/groups/{t9}' },
  { as: 'responsable', method: 'PATCH', path: '/groups/{t9}', body: { label: 'Par un responsable' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', path: '/accounts/j-blanc/history' },
  { as: 'partner-admin', path: '/accounts/m-durand/history' },

  // ---- roles of a group (R11, R12)
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'cdap-t4' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'cdap-t1-ass' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'bailleur-prives' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'cdap-t4' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'egap-guides' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'cdap-t8' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'cdap-t2' } },
  { as: 'responsable', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'cdap-t2' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'DELETE', path: '/groups/{t9}/roles/cdap-t4', ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'DELETE', path: '/groups/{t9}/roles/cdap-t4', ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'DELETE', path: '/groups/{t9}/roles/cdap-t2', ifMatch: '"2"' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9sud}/roles', body: { roleId: 'afas-declarer' }, ifMatchOf: '/groups/{t9sud}' },
  { as: 'partner-admin', path: '/groups/{t9}' },
  { as: 'partner-admin', path: '/conventions/conv-cd83/groups?code=t9' },

  // ---- members (R1, R11, R12, R15)
  { as: 'partner-admin', path: '/groups/g-cdap-t1/members' },
  { as: 'responsable', path: '/groups/g-cdap-t1-nord/members' },
  { as: 'partner-admin', path: '/groups/g-vh-bailleurs/members' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'k-benali' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'k-benali' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 's-garnier', openingDate: '2025-09-01' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'g-lemaitre', closingDate: '2025-12-31' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: '{paul}' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'a-roux', openingDate: '2020-01-01' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'e-benga' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'v-habitat-1' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'nobody' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/nothing/members', body: { accountId: 'k-benali' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9sudest}/members', body: { accountId: 'k-benali', openingDate: '2025-07-01' } },
  { as: 'responsable', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'j-blanc' } },
  { as: 'responsable', method: 'POST', path: '/groups/g-cdap-t1-nord/members', body: { accountId: 'g-lemaitre' } },
  { as: 'responsable', method: 'POST', path: '/groups/g-bailleurs/members', body: { accountId: 'j-blanc' } },
  { as: 'responsable', method: 'POST', path: '/groups/{t9sud}/members', body: { accountId: 'j-blanc' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9sud}/members', body: { accountId: 'j-blanc' } },
  { as: 'responsable', method: 'DELETE', path: '/groups/{t9sud}/members/j-blanc' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}/members/k-benali', body: { closingDate: '2025-10-31' }, ifMatch: '"1"' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}/members/k-benali', body: { closingDate: '2025-11-30' }, ifMatch: '"1"' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}/members/k-benali', body: { closingDate: '2025-11-30' } },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}/members/k-benali', body: { closingDate: '2024-11-30' }, ifMatch: '"2"' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}/members/j-blanc', body: { closingDate: '2025-11-30' }, ifMatch: '"1"' },
  { as: 'partner-admin', path: '/groups/{t9}/members' },
  { as: 'partner-admin', path: '/groups/{t9}' },
  { as: 'partner-admin', method: 'DELETE', path: '/groups/{t9}/members/s-garnier' },
  { as: 'partner-admin', method: 'DELETE', path: '/groups/{t9}/members/g-lemaitre' },
  { as: 'partner-admin', method: 'DELETE', path: '/groups/{t9}/members/g-lemaitre' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'g-lemaitre' } },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}/members/g-lemaitre', body: { openingDate: '2025-06-15' }, ifMatch: '"2"' },
  { as: 'partner-admin', path: '/groups/{t9}/members' },
  { as: 'partner-admin', path: '/conventions/conv-cd83/groups?accountId=g-lemaitre' },
  { as: 'partner-admin', path: '/accounts/g-lemaitre/history' },
  { as: 'partner-admin', path: '/accounts/k-benali' },

  // ---- closing (R11): the members detached, the sub-groups closed with it
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/close' },
  { as: 'responsable', method: 'POST', path: '/groups/{t9}/close', ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/close', ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/close', ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{t9}', body: { label: 'Après clôture' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/roles', body: { roleId: 'cdap-t6' }, ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'DELETE', path: '/groups/{t9}/roles/cdap-t1-ass', ifMatchOf: '/groups/{t9}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/{t9}/members', body: { accountId: 'j-blanc' } },
  { as: 'partner-admin', method: 'DELETE', path: '/groups/{t9}/members/k-benali' },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'CDAP T9-OUEST', label: 'Ouest', responsableId: 'j-blanc', parentId: '{t9}' } },
  { as: 'partner-admin', path: '/groups/{t9}' },
  { as: 'partner-admin', path: '/groups/{t9sud}' },
  { as: 'partner-admin', path: '/groups/{t9sudest}' },
  { as: 'partner-admin', path: '/groups/{t9}/members' },
  { as: 'partner-admin', path: '/groups/{t9sudest}/members' },
  { as: 'partner-admin', path: '/accounts/k-benali/history' },
  { as: 'partner-admin', method: 'POST', path: '/conventions/conv-cd83/groups', body: { code: 'TEMP', label: 'Temporaire', responsableId: 'a-roux' }, save: { temp: 'id' } },
  { as: 'partner-admin', method: 'POST', path: '/groups/{temp}/members', body: { accountId: 'a-roux' } },
  { as: 'partner-admin', method: 'PATCH', path: '/groups/{temp}', body: { closingDate: '2025-06-02' }, ifMatchOf: '/groups/{temp}' },
  { as: 'partner-admin', path: '/groups/{temp}/members' },
  { as: 'partner-admin', path: '/accounts/a-roux/history' },
  { as: 'partner-admin', path: '/conventions/conv-cd83/groups' },
  { as: 'partner-admin', method: 'POST', path: '/accounts/{paul}/deactivate', body: { mode: 'permanent', closingDate: '2025-06-02' }, ifMatchOf: '/accounts/{paul}' },
  { as: 'partner-admin', method: 'POST', path: '/groups/g-cdap-t1/members', body: { accountId: '{paul}' } },

  // ---- local administrators (R13)
  { as: 'admin-carsat', path: '/local-admins' },
  { as: 'admin-carsat', path: '/local-admins?scope=all' },
  { as: 'admin-carsat', path: '/local-admins?scope=all&organismeId=carsat-ra' },
  { as: 'admin-ucanss', path: '/local-admins' },
  { as: 'director-carsat', path: '/local-admins' },
  { as: 'user-carsat', path: '/local-admins' },
  { as: 'partner-admin', path: '/local-admins' },
  { as: 'admin-carsat', method: 'POST', path: '/local-admins', body: { accountId: 'c-dona' } },
  { as: 'admin-carsat', method: 'POST', path: '/local-admins', body: { accountId: 'c-dona' } },
  { as: 'admin-carsat', method: 'POST', path: '/local-admins', body: { accountId: 'a-charenne' } },
  { as: 'admin-carsat', method: 'POST', path: '/local-admins', body: { accountId: 'l-dartagnan' } },
  { as: 'admin-carsat', method: 'POST', path: '/local-admins', body: { accountId: 'p-martin' } },
  { as: 'admin-carsat', method: 'POST', path: '/local-admins', body: { accountId: 'nobody' } },
  { as: 'user-carsat', method: 'POST', path: '/local-admins', body: { accountId: 'c-dona' } },
  { as: 'admin-ucanss', method: 'POST', path: '/local-admins', body: { accountId: 'a-charenne' } },
  { as: 'admin-ucanss', method: 'POST', path: '/local-admins', body: { accountId: 'd-tologue' } },
  { as: 'admin-carsat', path: '/local-admins' },
  { as: 'admin-carsat', path: '/accounts/c-dona' },
  { as: 'admin-carsat', path: '/me/contacts' },
  { as: 'admin-carsat', method: 'DELETE', path: '/local-admins/c-dona' },
  { as: 'admin-carsat', method: 'DELETE', path: '/local-admins/c-dona' },
  { as: 'admin-carsat', method: 'DELETE', path: '/local-admins/m-rousseau' },
  { as: 'user-carsat', method: 'DELETE', path: '/local-admins/e-benga' },
  { as: 'admin-ucanss', method: 'DELETE', path: '/local-admins/b-lefort' },
  { as: 'admin-ucanss', method: 'DELETE', path: '/local-admins/d-tologue' },
  { as: 'admin-ucanss', method: 'DELETE', path: '/local-admins/m-rousseau' },
  { as: 'admin-ucanss', method: 'DELETE', path: '/local-admins/a-charenne' },
  { as: 'admin-ucanss', path: '/local-admins?scope=all' },
  { as: 'admin-carsat', path: '/accounts/c-dona/history' },
  { as: 'admin-ucanss', path: '/accounts/m-rousseau/history' },
  { as: 'admin-ucanss', path: '/organismes' },

  // ---- partner administrators (R12)
  { as: 'caf-agent', path: '/partners/cd-83/admins' },
  { as: 'partner-admin', path: '/partners/cd-83/admins' },
  { as: 'responsable', path: '/partners/cd-83/admins' },
  { as: 'admin-carsat', path: '/partners/cd-83/admins' },
  { as: 'partner-admin', path: '/partners/var-habitat/admins' },
  { as: 'caf-agent', path: '/partners/carsat-am/admins' },
  { as: 'caf-agent', method: 'POST', path: '/partners/cd-83/admins', body: { accountId: 's-garnier' } },
  { as: 'caf-agent', method: 'POST', path: '/partners/cd-83/admins', body: { accountId: 's-garnier' } },
  { as: 'caf-agent', method: 'POST', path: '/partners/cd-83/admins', body: { accountId: 'j-blanc' } },
  { as: 'caf-agent', method: 'POST', path: '/partners/cd-83/admins', body: { accountId: 'v-habitat-1' } },
  { as: 'caf-agent', method: 'POST', path: '/partners/cd-83/admins', body: { accountId: 'nobody' } },
  { as: 'caf-agent', method: 'POST', path: '/partners/nothing/admins', body: { accountId: 'j-blanc' } },
  { as: 'partner-admin', method: 'POST', path: '/partners/cd-83/admins', body: { accountId: 'j-blanc' } },
  { as: 'caf-agent', path: '/partners/cd-83/admins' },
  { as: 'partner-admin', method: 'DELETE', path: '/partners/cd-83/admins/s-garnier' },
  { as: 'caf-agent', method: 'DELETE', path: '/partners/var-habitat/admins/s-garnier' },
  { as: 'caf-agent', method: 'DELETE', path: '/partners/cd-83/admins/s-garnier' },
  { as: 'caf-agent', method: 'DELETE', path: '/partners/cd-83/admins/s-garnier' },
  { as: 'caf-agent', method: 'POST', path: '/partners/cd-83/admins', body: { accountId: '{paul}' } },
  { as: 'caf-agent', method: 'POST', path: '/partners/cd-83/admins', body: { accountId: 'j-blanc' } },
  { as: 'caf-agent', method: 'POST', path: '/partners/var-habitat/admins', body: { accountId: 'v-habitat-1' } },
  { as: 'caf-agent', path: '/partners/var-habitat/admins' },
  { as: 'caf-agent', path: '/accounts/s-garnier/history' },

  // ---- last: the delegation of the acting administrator herself (R13)
  { as: 'director-carsat', method: 'DELETE', path: '/local-admins/e-benga' },
  { as: 'director-carsat', method: 'DELETE', path: '/local-admins/p-raymond' },
  { as: 'director-carsat', path: '/local-admins' },
  { as: 'admin-carsat', path: '/local-admins' },
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
    if (step.ifMatch) headers['If-Match'] = step.ifMatch;
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

    it(`${STEPS.length} requests: searches, the report, account changes, requests and decisions, groups and delegation`, async () => {
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
