/**
 * The operations of the contract, by route name: what each route does, the same for every
 * server. A server reads the request (core/request.ts), finds who is calling, and runs the
 * operation over its storage; the reference server (MSW) and habil-server (Hono) differ only
 * in that transport.
 */
import type { RouteName } from '../../src/contract/routes.js';
import type { Actor } from '../access.js';
import type { Storage } from '../storage.js';
import * as accounts from './accounts.js';
import * as requests from './requests.js';
import * as search from './search.js';
import * as session from './session.js';

export interface OperationInput {
  /** Undefined on public routes. */
  actor: Actor | undefined;
  params: Record<string, string>;
  query: any;
  body: any;
  /** The version If-Match names (R15). */
  ifMatch: number | undefined;
}

export type Operation = (storage: Storage, input: OperationInput) => Promise<unknown> | unknown;

export const OPERATIONS: Partial<Record<RouteName, Operation>> = {
  getMe: (s, { actor }) => session.getMe(s, actor!),
  listOrganismes: (s) => session.listOrganismes(s),
  listApplications: (s) => session.listApplications(s),
  myGrants: (s, { actor }) => session.myGrants(s, actor!),
  myContacts: (s, { actor }) => session.myContacts(s, actor!),
  myRequests: (s, { actor }) => requests.myRequests(s, actor!),
  requestAccess: (s, { actor, body }) => requests.requestAccess(s, actor!, body.roleId),
  entitlementsReport: (s, { actor, query }) => search.entitlementsReport(s, actor!, query),

  searchAccounts: (s, { actor, query }) => search.searchAccounts(s, actor!, query),
  bulkAccounts: (s, { actor, body }) => accounts.bulkAccounts(s, actor!, body),
  createAccount: (s, { actor, body }) => accounts.createAccount(s, actor!, body),
  getAccount: (s, { actor, params }) => accounts.getAccount(s, actor!, params.id!),
  updateAccount: (s, { actor, params, body, ifMatch }) => accounts.updateAccount(s, actor!, params.id!, body, ifMatch),
  deactivateAccount: (s, { actor, params, body, ifMatch }) => accounts.deactivateAccount(s, actor!, params.id!, body, ifMatch),
  reactivateAccount: (s, { actor, params, ifMatch }) => accounts.reactivateAccount(s, actor!, params.id!, ifMatch),
  attachAccount: (s, { actor, params, ifMatch }) => accounts.attachAccount(s, actor!, params.id!, ifMatch),
  resendIdentifier: (s, { actor, params }) => accounts.resendIdentifier(s, actor!, params.id!),
  grantRole: (s, { actor, params, body, ifMatch }) => accounts.grantRole(s, actor!, params.id!, body.roleId, ifMatch),
  revokeRole: (s, { actor, params, ifMatch }) => accounts.revokeRole(s, actor!, params.id!, params.roleId!, ifMatch),
  accountHistory: (s, { actor, params }) => accounts.accountHistory(s, actor!, params.id!),

  listAccessRequests: (s, { actor, query }) => requests.listAccessRequests(s, actor!, query),
  decideAccessRequest: (s, { actor, params, body }) => requests.decideAccessRequest(s, actor!, params.id!, body.decision, body.reason),
  decideAccessRequests: (s, { actor, body }) => requests.decideAccessRequests(s, actor!, body),
  listAccountRequests: (s, { actor, query }) => requests.listAccountRequests(s, actor!, query),
  decideAccountRequest: (s, { actor, params, body }) => requests.decideAccountRequest(s, actor!, params.id!, body.decision, body.reason),
  signup: (s, { body }) => requests.signup(s, body),
};
