/**
 * The operations of the contract, by route name: what each route does, the same for every
 * server. A server reads the request (core/request.ts), finds who is calling, and runs the
 * operation over its storage; the reference server (MSW) and habil-server (Hono) differ only
 * in that transport.
 */
import type { RouteArgs, RouteResult } from '../../src/client/types.js';
import type { RouteName } from '../../src/contract/routes.js';
import type { Lang } from '../../src/domain/index.js';
import type { Actor } from '../access.js';
import type { Storage } from '../storage.js';
import * as accounts from './accounts.js';
import * as delegation from './delegation.js';
import * as groups from './groups.js';
import * as profile from './profile.js';
import * as requests from './requests.js';
import * as search from './search.js';
import * as session from './session.js';

type Args<K extends RouteName> = RouteArgs<K>;

/** A request as a server read it (core/request.ts): checked against its route's schemas. */
export interface RequestInput {
  /** Undefined on public routes. */
  actor: Actor | undefined;
  params: Record<string, string>;
  query: unknown;
  body: unknown;
  /** The version If-Match names (R15). */
  ifMatch: number | undefined;
  /** The language the answer's texts are written in (Accept-Language, core/language.ts). */
  lang: Lang;
}

/** What the operation of route K is given: the same request, typed by that route. */
export interface OperationInput<K extends RouteName> {
  /** Undefined on public routes. */
  actor: Actor | undefined;
  params: Args<K> extends { params: infer P } ? P : Record<string, never>;
  query: NonNullable<Args<K>['query']>;
  body: NonNullable<Args<K>['body']>;
  /** The version If-Match names (R15). */
  ifMatch: number | undefined;
  /** The language the answer's texts are written in. */
  lang: Lang;
}

/** An operation answers its route's response body (nothing for 202 and 204): a handler cannot drift from the contract. */
export type Operation<K extends RouteName> = (storage: Storage, input: OperationInput<K>) => Answer<K> | Promise<Answer<K>>;
type Answer<K extends RouteName> = RouteResult<K> extends undefined ? void : RouteResult<K>;

export const OPERATIONS: { [K in RouteName]: Operation<K> } = {
  getMe: (s, { actor }) => session.getMe(s, actor!),
  listOrganismes: (s) => session.listOrganismes(s),
  listApplications: (s, { lang }) => session.listApplications(s, lang),
  myGrants: (s, { actor }) => session.myGrants(s, actor!),
  myContacts: (s, { actor }) => session.myContacts(s, actor!),
  getMyProfile: (s, { actor }) => profile.getMyProfile(s, actor!),
  updateMyProfile: (s, { actor, body, ifMatch }) => profile.updateMyProfile(s, actor!, body, ifMatch),
  myRequests: (s, { actor }) => requests.myRequests(s, actor!),
  requestAccess: (s, { actor, body }) => requests.requestAccess(s, actor!, body.roleId),
  entitlementsReport: (s, { actor, query }) => search.entitlementsReport(s, actor!, query),

  searchAccounts: (s, { actor, query }) => search.searchAccounts(s, actor!, query),
  bulkAccounts: (s, { actor, body, lang }) => accounts.bulkAccounts(s, actor!, body, lang),
  createAccount: (s, { actor, body }) => accounts.createAccount(s, actor!, body),
  getAccount: (s, { actor, params }) => accounts.getAccount(s, actor!, params.id!),
  updateAccount: (s, { actor, params, body, ifMatch }) => accounts.updateAccount(s, actor!, params.id!, body, ifMatch),
  deactivateAccount: (s, { actor, params, body, ifMatch }) => accounts.deactivateAccount(s, actor!, params.id!, body, ifMatch),
  reactivateAccount: (s, { actor, params, ifMatch }) => accounts.reactivateAccount(s, actor!, params.id!, ifMatch),
  attachAccount: (s, { actor, params, ifMatch }) => accounts.attachAccount(s, actor!, params.id!, ifMatch),
  resendIdentifier: (s, { actor, params }) => accounts.resendIdentifier(s, actor!, params.id!),
  grantRole: (s, { actor, params, body, ifMatch }) => accounts.grantRole(s, actor!, params.id!, body.roleId, ifMatch),
  revokeRole: (s, { actor, params, ifMatch }) => accounts.revokeRole(s, actor!, params.id!, params.roleId!, ifMatch),
  accountHistory: (s, { actor, params, lang }) => accounts.accountHistory(s, actor!, params.id!, lang),

  listAccessRequests: (s, { actor, query }) => requests.listAccessRequests(s, actor!, query),
  decideAccessRequest: (s, { actor, params, body }) => requests.decideAccessRequest(s, actor!, params.id!, body.decision, body.reason),
  decideAccessRequests: (s, { actor, body, lang }) => requests.decideAccessRequests(s, actor!, body, lang),
  listAccountRequests: (s, { actor, query }) => requests.listAccountRequests(s, actor!, query),
  decideAccountRequest: (s, { actor, params, body }) => requests.decideAccountRequest(s, actor!, params.id!, body.decision, body.reason),
  signup: (s, { body }) => requests.signup(s, body),

  listConventions: (s, { actor }) => groups.listConventions(s, actor!),
  getConvention: (s, { actor, params }) => groups.getConvention(s, actor!, params.id!),
  listGroups: (s, { actor, params, query }) => groups.listGroups(s, actor!, params.id!, query),
  createGroup: (s, { actor, params, body }) => groups.createGroup(s, actor!, params.id!, body),
  getGroup: (s, { actor, params }) => groups.getGroup(s, actor!, params.id!),
  updateGroup: (s, { actor, params, body, ifMatch }) => groups.updateGroup(s, actor!, params.id!, body, ifMatch),
  closeGroup: (s, { actor, params, ifMatch }) => groups.closeGroup(s, actor!, params.id!, ifMatch),
  assignGroupRole: (s, { actor, params, body, ifMatch }) => groups.assignGroupRole(s, actor!, params.id!, body.roleId, ifMatch),
  removeGroupRole: (s, { actor, params, ifMatch }) => groups.removeGroupRole(s, actor!, params.id!, params.roleId!, ifMatch),
  listMembers: (s, { actor, params }) => groups.listMembers(s, actor!, params.id!),
  addMember: (s, { actor, params, body }) => groups.addMember(s, actor!, params.id!, body),
  updateMember: (s, { actor, params, body, ifMatch }) => groups.updateMember(s, actor!, params.id!, params.accountId!, body, ifMatch),
  removeMember: (s, { actor, params }) => groups.removeMember(s, actor!, params.id!, params.accountId!),

  listLocalAdmins: (s, { actor, query }) => delegation.listLocalAdmins(s, actor!, query),
  addLocalAdmin: (s, { actor, body }) => delegation.addLocalAdmin(s, actor!, body.accountId),
  revokeLocalAdmin: (s, { actor, params }) => delegation.revokeLocalAdmin(s, actor!, params.accountId!),
  listPartnerAdmins: (s, { actor, params }) => delegation.listPartnerAdmins(s, actor!, params.id!),
  addPartnerAdmin: (s, { actor, params, body }) => delegation.addPartnerAdmin(s, actor!, params.id!, body.accountId),
  revokePartnerAdmin: (s, { actor, params }) => delegation.revokePartnerAdmin(s, actor!, params.id!, params.accountId!),
};

/**
 * Runs the operation of a route by its name, for a server's route loop: the input was read
 * against that route's schemas, which is what makes the one cast here hold.
 */
export async function runOperation(name: RouteName, storage: Storage, input: RequestInput): Promise<unknown> {
  return (OPERATIONS[name] as unknown as (storage: Storage, input: RequestInput) => unknown)(storage, input);
}
