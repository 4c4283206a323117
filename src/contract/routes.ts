/**
 * The REST contract: every endpoint the widgets use, once. The reference server registers
 * its handlers from this table, the default client builds its URLs from it, and the
 * OpenAPI document and the browser's table of endpoints are generated from it
 * (scripts/write-contract.ts).
 */
import { Type, type TSchema } from '@sinclair/typebox';
import * as S from '../domain/schemas.js';
import type { ProblemCode } from '../domain/problems.js';

export interface Route {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** Relative to the API base URL, with {name} path parameters. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: TSchema;
  body?: TSchema;
  /** The success response body; absent for 204. */
  response?: TSchema;
  status?: 200 | 201 | 202 | 204;
  /** Writes that need the version of the object read before (R15). */
  ifMatch?: boolean;
  /** Decisions that a retry must not apply twice (R5). */
  idempotent?: boolean;
  /** Sends the object's version as ETag. */
  etag?: boolean;
  /** Answers anyone, signed in or not (the catalogue, the sign-up form). */
  public?: boolean;
  /** The refusals this endpoint can answer, beyond invalid-request and not-found. */
  problems: readonly ProblemCode[];
}

const route = <const R extends Route>(r: R) => r;

export const ROUTES = {
  getMe: route({
    method: 'get',
    path: '/me',
    tag: 'Session',
    summary: 'Who is acting, and what he may do',
    response: S.Me,
    problems: ['unauthenticated'],
  }),
  listOrganismes: route({
    method: 'get',
    path: '/organismes',
    public: true,
    tag: 'Catalogue',
    summary: 'Organismes (for the sign-up form and filters)',
    response: Type.Array(S.Organisme),
    problems: [],
  }),
  listApplications: route({
    method: 'get',
    path: '/applications',
    public: true,
    tag: 'Catalogue',
    summary: 'Applications with their approval mode and roles',
    response: Type.Array(S.Application),
    problems: [],
  }),

  searchAccounts: route({
    method: 'get',
    path: '/accounts',
    tag: 'Accounts',
    summary: 'Search the accounts the acting person may see',
    description:
      'Local administrators see the accounts of their organisme; with inMyOrganisme=false, non-ADD accounts of other organismes so that a newcomer can be attached (R9). On CAF, administrators see the users of their conventions (R1).',
    query: S.AccountQuery,
    response: S.AccountPage,
    problems: ['out-of-scope', 'forbidden'],
  }),
  createAccount: route({
    method: 'post',
    path: '/accounts',
    tag: 'Accounts',
    summary: 'Create an account ("Nouveau"), optionally with roles (R7)',
    body: S.AccountDraft,
    response: S.AccountDetail,
    status: 201,
    etag: true,
    problems: ['validation-failed', 'duplicate-email', 'retroactive-date', 'forbidden', 'out-of-scope', 'role-not-in-convention', 'role-not-grantable', 'central-approval-required', 'afas-habiliter-required'],
  }),
  getAccount: route({
    method: 'get',
    path: '/accounts/{id}',
    tag: 'Accounts',
    summary: 'Account details (fiche) with grants grouped by application',
    response: S.AccountDetail,
    etag: true,
    problems: ['out-of-scope'],
  }),
  updateAccount: route({
    method: 'patch',
    path: '/accounts/{id}',
    tag: 'Accounts',
    summary: 'Change the fields of an account',
    description:
      'CAF: a closing date is refused with responsable-of-open-groups while the account is the responsable habilitations of a group still open on that date (R11): each such group gets another responsable first (PATCH /groups/{id}), or closes no later.',
    body: S.AccountPatch,
    response: S.AccountDetail,
    ifMatch: true,
    etag: true,
    problems: ['out-of-scope', 'add-account-read-only', 'validation-failed', 'retroactive-date', 'afas-profiles-remain', 'responsable-of-open-groups', 'stale-write', 'precondition-required', 'forbidden', 'privileged-account'],
  }),
  deactivateAccount: route({
    method: 'post',
    path: '/accounts/{id}/deactivate',
    tag: 'Accounts',
    summary: 'Deactivate temporarily (inactif) or permanently (supprimé / clôturé) (R6)',
    description:
      'CAF: refused with responsable-of-open-groups while the account is the responsable habilitations of a group still open on the closing date (R11), the detail naming those groups: each gets another responsable first (PATCH /groups/{id}), or closes no later.',
    body: S.Deactivation,
    response: S.AccountDetail,
    ifMatch: true,
    etag: true,
    problems: ['out-of-scope', 'forbidden', 'add-account-read-only', 'account-not-active', 'retroactive-date', 'afas-profiles-remain', 'responsable-of-open-groups', 'stale-write', 'precondition-required', 'privileged-account'],
  }),
  reactivateAccount: route({
    method: 'post',
    path: '/accounts/{id}/reactivate',
    tag: 'Accounts',
    summary: 'Reactivate an inactive account (R6)',
    response: S.AccountDetail,
    ifMatch: true,
    etag: true,
    problems: ['out-of-scope', 'add-account-read-only', 'account-already-active', 'account-deleted', 'stale-write', 'precondition-required', 'forbidden', 'privileged-account'],
  }),
  attachAccount: route({
    method: 'post',
    path: '/accounts/{id}/attach',
    tag: 'Accounts',
    summary: 'Attach a newcomer to my organisme; he keeps his roles (R9)',
    response: S.AccountDetail,
    ifMatch: true,
    etag: true,
    problems: ['forbidden', 'add-account-read-only', 'already-in-organisme', 'account-deleted', 'stale-write', 'precondition-required', 'privileged-account'],
  }),
  resendIdentifier: route({
    method: 'post',
    path: '/accounts/{id}/resend-identifier',
    tag: 'Accounts',
    summary: 'Send the identifier again by e-mail (CAF)',
    status: 202,
    problems: ['out-of-scope', 'forbidden', 'privileged-account'],
  }),
  grantRole: route({
    method: 'post',
    path: '/accounts/{id}/grants',
    tag: 'Accounts',
    summary: 'Assign a role ("affecter rôle")',
    body: S.GrantRequest,
    response: S.AccountDetail,
    ifMatch: true,
    etag: true,
    problems: ['out-of-scope', 'forbidden', 'add-account-read-only', 'role-already-granted', 'account-not-active', 'role-not-in-convention', 'stale-write', 'precondition-required', 'privileged-account', 'role-not-grantable', 'central-approval-required', 'afas-habiliter-required'],
  }),
  revokeRole: route({
    method: 'delete',
    path: '/accounts/{id}/grants/{roleId}',
    tag: 'Accounts',
    summary: 'Remove a role ("supprimer rôle"), tacitly granted ones included (R4)',
    response: S.AccountDetail,
    ifMatch: true,
    etag: true,
    problems: ['out-of-scope', 'forbidden', 'add-account-read-only', 'role-not-granted', 'afas-habiliter-required', 'stale-write', 'precondition-required', 'privileged-account'],
  }),
  accountHistory: route({
    method: 'get',
    path: '/accounts/{id}/history',
    tag: 'Accounts',
    summary: 'Changes of the account, newest first (R14)',
    response: Type.Array(S.HistoryEntry),
    problems: ['out-of-scope'],
  }),
  bulkAccounts: route({
    method: 'post',
    path: '/accounts/bulk',
    tag: 'Accounts',
    summary: 'Apply one action to many accounts; the result says per account what was done or refused (R10)',
    description: 'Each account is changed as the single call would change it, and refused for the same reasons, with the same problem in its row (a CAF responsable habilitations of open groups: responsable-of-open-groups).',
    body: S.BulkAccountRequest,
    response: S.BulkResult,
    problems: ['forbidden'],
  }),

  listAccessRequests: route({
    method: 'get',
    path: '/access-requests',
    tag: 'Requests',
    summary: 'Access requests routed to the acting person ("en cours" / "historique") (R3, R4)',
    query: S.RequestQuery,
    response: S.AccessRequestPage,
    problems: ['forbidden'],
  }),
  decideAccessRequest: route({
    method: 'post',
    path: '/access-requests/{id}/decision',
    tag: 'Requests',
    summary: 'Accept or refuse; final and idempotent (R5)',
    body: S.DecisionBody,
    response: S.AccessRequest,
    idempotent: true,
    problems: ['out-of-scope', 'already-decided', 'validation-failed', 'role-not-grantable', 'central-approval-required', 'idempotency-key-reused', 'forbidden'],
  }),
  decideAccessRequests: route({
    method: 'post',
    path: '/access-requests/decisions',
    tag: 'Requests',
    summary: 'Decide many requests; the result says per request what was done or refused (R5, R10)',
    body: S.BulkDecisionBody,
    response: S.BulkResult,
    idempotent: true,
    problems: ['forbidden', 'validation-failed', 'idempotency-key-reused'],
  }),
  listAccountRequests: route({
    method: 'get',
    path: '/account-requests',
    tag: 'Requests',
    summary: 'Account requests ("demandes de création de compte") routed to the acting person (R3)',
    query: S.RequestQuery,
    response: S.AccountRequestPage,
    problems: ['forbidden'],
  }),
  decideAccountRequest: route({
    method: 'post',
    path: '/account-requests/{id}/decision',
    tag: 'Requests',
    summary: 'Accept (creates the account) or refuse an account request (R5)',
    body: S.DecisionBody,
    response: S.AccountRequest,
    idempotent: true,
    problems: ['out-of-scope', 'already-decided', 'duplicate-email', 'idempotency-key-reused', 'forbidden'],
  }),
  signup: route({
    method: 'post',
    path: '/account-requests',
    public: true,
    tag: 'Requests',
    summary: 'Ask for an account (sign-up form, R8); routed per R3',
    body: S.SignupBody,
    response: S.AccountRequest,
    status: 201,
    problems: ['validation-failed', 'email-not-institutional', 'duplicate-email', 'too-many-requests'],
  }),

  myGrants: route({
    method: 'get',
    path: '/me/grants',
    tag: 'Me',
    summary: 'My entitlements',
    response: Type.Array(S.Grant),
    problems: ['unauthenticated'],
  }),
  myRequests: route({
    method: 'get',
    path: '/me/access-requests',
    tag: 'Me',
    summary: 'The history of my requests, newest first',
    response: Type.Array(S.AccessRequest),
    problems: ['unauthenticated'],
  }),
  requestAccess: route({
    method: 'post',
    path: '/me/access-requests',
    tag: 'Me',
    summary: 'Ask for a role of an application; routed to the approvers of its mode (R3)',
    body: S.NewAccessRequest,
    response: S.AccessRequest,
    status: 201,
    problems: ['forbidden', 'application-open', 'application-by-procedure', 'request-already-pending', 'role-already-granted'],
  }),
  myContacts: route({
    method: 'get',
    path: '/me/contacts',
    tag: 'Me',
    summary: 'My local administrators ("mes contacts")',
    response: Type.Array(S.LocalAdmin),
    problems: ['unauthenticated'],
  }),
  getMyProfile: route({
    method: 'get',
    path: '/me/profile',
    tag: 'Me',
    summary: 'My details ("mes coordonnées"), with the version to send back (R2, R15)',
    description:
      'The details of the acting person\'s own account: civilité, nom, prénom, nom de naissance, professional e-mail (the identifier), e-mail de contact, téléphone, organisme and organisme secondaire. An ADD account (R2) and a CAF partner user say in readOnlyReason why they are not changed here.',
    response: S.MyProfile,
    etag: true,
    problems: ['unauthenticated'],
  }),
  updateMyProfile: route({
    method: 'patch',
    path: '/me/profile',
    tag: 'Me',
    summary: 'Change my details ("Enregistrer les modifications"); a history entry on my account (R14)',
    description:
      'Only the acting person\'s own account, never another\'s. Checked as the form checks them (R17, a French phone, an organisme secondaire of GET /organismes other than mine); refused for an ADD account, kept by the Référentiel des ADD (R2), and for a CAF partner user, kept by his partner administrator.',
    body: S.MyProfilePatch,
    response: S.MyProfile,
    ifMatch: true,
    etag: true,
    problems: ['unauthenticated', 'add-account-read-only', 'partner-profile-read-only', 'validation-failed', 'stale-write', 'precondition-required'],
  }),

  entitlementsReport: route({
    method: 'get',
    path: '/reports/entitlements',
    tag: 'Reports',
    summary: '"État des habilitations": persons of my organisme with their roles',
    query: S.EntitlementQuery,
    response: S.EntitlementPage,
    problems: ['forbidden'],
  }),

  listConventions: route({
    method: 'get',
    path: '/conventions',
    tag: 'Groups',
    summary: 'Conventions the acting person works under',
    response: Type.Array(S.Convention),
    problems: ['forbidden'],
  }),
  getConvention: route({
    method: 'get',
    path: '/conventions/{id}',
    tag: 'Groups',
    summary: 'A convention with its services and roles',
    response: S.Convention,
    problems: ['out-of-scope'],
  }),
  listGroups: route({
    method: 'get',
    path: '/conventions/{id}/groups',
    tag: 'Groups',
    summary: 'User groups of a convention (hierarchy through parentId)',
    query: S.GroupQuery,
    response: Type.Array(S.Group),
    problems: ['out-of-scope'],
  }),
  createGroup: route({
    method: 'post',
    path: '/conventions/{id}/groups',
    tag: 'Groups',
    summary: 'Create a group or sub-group (R11)',
    description: 'The responsable habilitations is an open user of the convention whose account does not close before the group (responsable-not-member-of-convention otherwise, on responsableId).',
    body: S.GroupDraft,
    response: S.Group,
    status: 201,
    etag: true,
    problems: ['forbidden', 'out-of-scope', 'validation-failed', 'duplicate-group-code', 'responsable-not-member-of-convention', 'retroactive-date', 'group-closed'],
  }),
  getGroup: route({
    method: 'get',
    path: '/groups/{id}',
    tag: 'Groups',
    summary: 'A group',
    response: S.Group,
    etag: true,
    problems: ['out-of-scope'],
  }),
  updateGroup: route({
    method: 'patch',
    path: '/groups/{id}',
    tag: 'Groups',
    summary: 'Change label, dates or responsable habilitations (R11)',
    description: 'The responsable habilitations is an open user of the convention whose account does not close before the group (responsable-not-member-of-convention otherwise, on responsableId).',
    body: S.GroupPatch,
    response: S.Group,
    ifMatch: true,
    etag: true,
    problems: ['forbidden', 'out-of-scope', 'validation-failed', 'responsable-not-member-of-convention', 'retroactive-date', 'group-closed', 'stale-write', 'precondition-required'],
  }),
  closeGroup: route({
    method: 'post',
    path: '/groups/{id}/close',
    tag: 'Groups',
    summary: 'Close a group: its members lose the rights it gave, their accounts stay open (R11)',
    response: S.Group,
    ifMatch: true,
    etag: true,
    problems: ['forbidden', 'out-of-scope', 'group-closed', 'stale-write', 'precondition-required'],
  }),
  assignGroupRole: route({
    method: 'post',
    path: '/groups/{id}/roles',
    tag: 'Groups',
    summary: 'Assign a role of the convention to the group (R11)',
    body: S.GrantRequest,
    response: S.Group,
    ifMatch: true,
    etag: true,
    problems: ['forbidden', 'out-of-scope', 'role-not-in-convention', 'role-already-granted', 'group-closed', 'stale-write', 'precondition-required', 'afas-habiliter-required'],
  }),
  removeGroupRole: route({
    method: 'delete',
    path: '/groups/{id}/roles/{roleId}',
    tag: 'Groups',
    summary: 'Remove a role from the group',
    response: S.Group,
    ifMatch: true,
    etag: true,
    problems: ['forbidden', 'out-of-scope', 'role-not-granted', 'group-closed', 'stale-write', 'precondition-required'],
  }),
  listMembers: route({
    method: 'get',
    path: '/groups/{id}/members',
    tag: 'Groups',
    summary: 'Members of a group with their membership dates',
    response: Type.Array(S.Membership),
    problems: ['out-of-scope'],
  }),
  addMember: route({
    method: 'post',
    path: '/groups/{id}/members',
    tag: 'Groups',
    summary: 'Attach a user to the group ("ajouter à un groupe")',
    body: S.MembershipDraft,
    response: S.Membership,
    status: 201,
    problems: ['out-of-scope', 'already-member', 'group-closed', 'account-not-active', 'validation-failed', 'retroactive-date', 'afas-habiliter-required'],
  }),
  updateMember: route({
    method: 'patch',
    path: '/groups/{id}/members/{accountId}',
    tag: 'Groups',
    summary: 'Change membership dates ("gérer l\'appartenance")',
    body: S.MembershipPatch,
    response: S.Membership,
    ifMatch: true,
    problems: ['out-of-scope', 'group-closed', 'validation-failed', 'retroactive-date', 'afas-habiliter-required', 'stale-write', 'precondition-required'],
  }),
  removeMember: route({
    method: 'delete',
    path: '/groups/{id}/members/{accountId}',
    tag: 'Groups',
    summary: 'Detach a user from the group',
    status: 204,
    problems: ['out-of-scope', 'group-closed', 'afas-habiliter-required'],
  }),

  listLocalAdmins: route({
    method: 'get',
    path: '/local-admins',
    tag: 'Delegation',
    summary: '"Vos administrateurs locaux" (scope=mine) or "Tous les administrateurs locaux" (scope=all, read-only) (R13)',
    query: S.LocalAdminQuery,
    response: Type.Array(S.LocalAdmin),
    problems: ['forbidden'],
  }),
  addLocalAdmin: route({
    method: 'post',
    path: '/local-admins',
    tag: 'Delegation',
    summary: 'Name a person of my organisme local administrator (R13)',
    body: S.DelegationBody,
    response: S.LocalAdmin,
    status: 201,
    problems: ['forbidden', 'out-of-scope', 'already-local-admin', 'account-not-active', 'not-found'],
  }),
  revokeLocalAdmin: route({
    method: 'delete',
    path: '/local-admins/{accountId}',
    tag: 'Delegation',
    summary: 'Revoke a delegation; an organisme keeps at least one local administrator (R13)',
    status: 204,
    problems: ['forbidden', 'out-of-scope', 'last-local-admin'],
  }),
  listPartnerAdmins: route({
    method: 'get',
    path: '/partners/{id}/admins',
    tag: 'Delegation',
    summary: 'Partner administrators of a CAF partner (at most two, R12)',
    response: Type.Array(S.PartnerAdmin),
    problems: ['out-of-scope'],
  }),
  addPartnerAdmin: route({
    method: 'post',
    path: '/partners/{id}/admins',
    tag: 'Delegation',
    summary: 'Appoint a partner administrator (CAF agents, R12)',
    body: S.DelegationBody,
    response: S.PartnerAdmin,
    status: 201,
    problems: ['forbidden', 'out-of-scope', 'already-partner-admin', 'account-not-active', 'partner-admin-limit'],
  }),
  revokePartnerAdmin: route({
    method: 'delete',
    path: '/partners/{id}/admins/{accountId}',
    tag: 'Delegation',
    summary: 'Withdraw a partner administrator (CAF agents)',
    status: 204,
    problems: ['forbidden', 'out-of-scope'],
  }),
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof ROUTES;

export { API_BASE, fillPath, pathParams } from './paths.js';
export { PROBLEMS, PROBLEM_WORDS, problemDetails, problemMessage } from '../domain/problems.js';
