/**
 * The kit's classes, types and functions. Importing this module registers no tag:
 * import `habil/define` (src/define.ts) for that, or one element's own define module.
 */
export * from './domain/index.js';
export { ENDPOINTS } from './contract/endpoints.js';
export { API_BASE, fillPath, pathParams, type Endpoint } from './contract/paths.js';
// The route table with its schemas is `habil/contract` (servers, tests); the browser needs only ENDPOINTS.
export type { Route, RouteName } from './contract/routes.js';
export * from './client/index.js';
export { HabilBaseElement, type EmitOptions } from './internal/habil-base-element.js';
export { HabilElement } from './internal/habil-element.js';
export type { HabilEventMap, HabilEventDetail } from './internal/events.js';
export { defineElement } from './internal/define.js';
export { defineMessages, LocalizeController, type Messages } from './internal/localize.js';
export { describeError, describeProblem, type ProblemText } from './internal/problem-text.js';
export { THEME_ATTRIBUTE } from './internal/theme.js';
export { HabilProvider } from './provider/habil-provider.js';
export * from './ui/data-table/data-table.js';
export * from './ui/confirm-dialog/confirm-dialog.js';
export * from './ui/live-region/live-region.js';
export * from './ui/field/field.js';
export * from './ui/alert/alert.js';
export * from './account-search/account-search.js';
export * from './account-parts/account-form.js';
export * from './account-parts/account-details.js';
export * from './account-parts/role-picker.js';
export * from './account-parts/deactivation-dialog.js';
export * from './pending-requests/pending-requests.js';
export * from './pending-requests/refusal-dialog.js';
export * from './user-groups/user-groups.js';
export * from './user-groups/group-form.js';
export * from './user-groups/group-members.js';
export * from './user-groups/group-roles.js';
export * from './user-groups/new-user-dialog.js';
export * from './delegation/delegation.js';
export * from './delegation/person-picker.js';
export * from './delegation/change-history.js';
export * from './my-access/my-access.js';
export * from './signup/signup.js';
export * from './entitlements-report/entitlements-report.js';
