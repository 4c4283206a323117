/**
 * What a site integrating the kit uses: the client and its errors, the widgets' classes and
 * the details of their events, the contract's types, its problems and the words the kit shows.
 * Importing this module registers no tag: `habil/define` registers them all, and each widget's
 * entry (`habil/account-search`, …) that widget with the parts it renders. The parts (table,
 * dialog, field…) and the base classes are the widgets' insides: not exported.
 */

// ---- the client ---------------------------------------------------------------------------
export * from './client/index.js';
export { ENDPOINTS } from './contract/endpoints.js';
export { API_BASE, fillPath, type Endpoint } from './contract/paths.js';
// The route table with its schemas is `habil/contract` (servers, tests); the browser needs only ENDPOINTS.
export type { Route, RouteName } from './contract/routes.js';

// ---- the contract's types, its problems, the words ------------------------------------------
export type * from './domain/schemas.js';
// The words of the refusals load on first use (loadProblemWords); their table is in `habil/contract`.
export { PROBLEM_CODES, problemCodeOf, type ProblemCode } from './domain/problem-codes.js';
export {
  ACCOUNT_STATUS_LABELS,
  APPROVAL_MODE_LABELS,
  FIELD_ERROR_LABELS,
  GROUP_STATUS_LABELS,
  ME_ACTION_LABELS,
  PERSONA_ROLE_LABELS,
  REQUEST_STATUS_LABELS,
  type FieldErrorCode,
  type Lang,
} from './domain/labels.js';
export { describeError, describeProblem, loadProblemWords, type ProblemText } from './internal/problem-text.js';
export { THEME_ATTRIBUTE } from './internal/theme.js';
export type { HabilEventDetail, HabilEventMap } from './internal/events.js';

// ---- the widgets ----------------------------------------------------------------------------
export { HabilProvider } from './provider/habil-provider.js';
export * from './account-search/account-search.js';
export * from './pending-requests/pending-requests.js';
export * from './user-groups/user-groups.js';
export type { GroupChangedDetail, MemberChangeDetail } from './user-groups/group-members.js';
export type { GroupRoleChangeDetail } from './user-groups/group-roles.js';
export * from './delegation/delegation.js';
export * from './my-access/my-access.js';
export * from './my-profile/my-profile.js';
export * from './signup/signup.js';
export * from './entitlements-report/entitlements-report.js';
