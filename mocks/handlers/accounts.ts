import { accountHistory, getAccount, updateAccount } from '../../core/operations/accounts.js';
import { versionOf } from '../../core/request.js';
import { handle, type ServerState } from '../http.js';
import { memoryStorage } from '../memory-storage.js';
import * as ops from '../operations/accounts.js';
import { accountDetail, accountSummary } from '../views.js';

export function accountHandlers(state: ServerState) {
  return [
    handle(state, 'searchAccounts', ({ store, actor, query }) => {
      const page = ops.searchAccounts(store, actor, query);
      return { ...page, items: page.items.map((a) => accountSummary(store, actor, a)) };
    }),
    handle(state, 'bulkAccounts', ({ store, actor, body }) => ops.bulkAccounts(store, actor, body)),
    handle(state, 'createAccount', ({ store, actor, body }) => accountDetail(store, actor, ops.createAccount(store, actor, body))),
    handle(state, 'getAccount', ({ store, actor, params }) => getAccount(memoryStorage(store), actor, params.id!)),
    handle(state, 'updateAccount', ({ store, actor, params, body, request }) =>
      updateAccount(memoryStorage(store), actor, params.id!, body, versionOf(request.headers.get('If-Match'))),
    ),
    handle(state, 'deactivateAccount', ({ store, actor, params, body, expectVersion }) =>
      accountDetail(store, actor, ops.deactivateAccount(store, actor, params.id!, body, expectVersion)),
    ),
    handle(state, 'reactivateAccount', ({ store, actor, params, expectVersion }) =>
      accountDetail(store, actor, ops.reactivateAccount(store, actor, params.id!, expectVersion)),
    ),
    handle(state, 'attachAccount', ({ store, actor, params, expectVersion }) =>
      accountDetail(store, actor, ops.attachAccount(store, actor, params.id!, expectVersion)),
    ),
    handle(state, 'resendIdentifier', ({ store, actor, params }) => {
      ops.resendIdentifier(store, actor, params.id!);
      return undefined;
    }),
    handle(state, 'grantRole', ({ store, actor, params, body, expectVersion }) =>
      accountDetail(store, actor, ops.grantRole(store, actor, params.id!, body.roleId, expectVersion)),
    ),
    handle(state, 'revokeRole', ({ store, actor, params, expectVersion }) =>
      accountDetail(store, actor, ops.revokeRole(store, actor, params.id!, params.roleId!, expectVersion)),
    ),
    handle(state, 'accountHistory', ({ store, actor, params }) => accountHistory(memoryStorage(store), actor, params.id!)),
  ];
}
