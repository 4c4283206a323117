/** Reading an account and its history (R1, R14), and changing its details (R2, R6, R15, R16, R17): the same on every server. */
import type { AccountDetail, AccountPatch, HistoryEntry } from '../../src/domain/index.js';
import { validateAccountDraft, validateDates } from '../../src/domain/index.js';
import { accountWriteProblem, canSeeAccount, isAfasRole, type AccountFacts, type Actor, type Catalogue } from '../access.js';
import type { AccountRecord } from '../records.js';
import { fieldRefusal, Refusal } from '../refusal.js';
import { expectVersion } from '../request.js';
import type { Storage } from '../storage.js';
import { accountDetail } from '../views.js';
import { ruleContext } from './session.js';

/** The account, if the actor may read it (R1): 404 when there is none, 403 out-of-scope otherwise. */
export async function readableAccount(storage: Storage, actor: Actor, id: string): Promise<AccountFacts> {
  const facts = await storage.accountFacts(actor, id);
  if (!facts) throw new Refusal('not-found', 'Compte introuvable.');
  if (!canSeeAccount(actor, facts.account)) throw new Refusal('out-of-scope');
  return facts;
}

export async function getAccount(storage: Storage, actor: Actor, id: string): Promise<AccountDetail> {
  const facts = await readableAccount(storage, actor, id);
  return accountDetail(ruleContext(storage), actor, facts, await storage.membershipsOf(id));
}

export async function accountHistory(storage: Storage, actor: Actor, id: string): Promise<HistoryEntry[]> {
  await readableAccount(storage, actor, id);
  return storage.historyOf(id);
}

/** The account, if the actor may change it (R1, R2, R16). */
async function writableAccount(storage: Storage, actor: Actor, id: string): Promise<AccountFacts> {
  const facts = await storage.accountFacts(actor, id);
  if (!facts) throw new Refusal('not-found', 'Compte introuvable.');
  const refusal = accountWriteProblem(actor, facts);
  if (refusal) throw refusal;
  return facts;
}

/** R6: a CAF user keeps no Afas profile once closed. */
export function ensureNoAfasProfiles(catalogue: Catalogue, account: AccountRecord): void {
  const afas = [...account.grants.keys()].filter((roleId) => isAfasRole(catalogue, roleId));
  if (afas.length) {
    throw new Refusal('afas-profiles-remain', `Profils Afas à retirer : ${afas.map((r) => catalogue.roles.get(r)!.label).join(', ')}.`);
  }
}

/** Fields of the CAF screens only: a UCANSS account has no work style, nor opening and closing dates. */
const CAF_ONLY_FIELDS = ['workstyle', 'openingDate', 'closingDate'] as const;

export async function updateAccount(storage: Storage, actor: Actor, id: string, patch: AccountPatch, ifMatch: number | undefined): Promise<AccountDetail> {
  const { account } = await writableAccount(storage, actor, id);
  expectVersion(account.version, ifMatch);
  if (account.space === 'ucanss') {
    const misplaced = CAF_ONLY_FIELDS.filter((field) => patch[field] !== undefined);
    if (misplaced.length) throw fieldRefusal(misplaced.map((field) => ({ field, code: 'not-applicable' })));
  }
  const now = storage.now();
  const dates = { openingDate: patch.openingDate ?? account.openingDate, ...(patch.closingDate ? { closingDate: patch.closingDate } : {}) };
  const problems = [
    ...validateAccountDraft({ civilite: account.civilite ?? 'M.', nom: account.nom, prenom: account.prenom, emailPro: account.emailPro, ...patch }, now),
    ...(patch.closingDate && patch.closingDate !== account.closingDate ? validateDates(dates, now) : []),
  ].filter((p, i, all) => all.findIndex((q) => q.field === p.field && q.code === p.code) === i);
  if (problems.length) throw fieldRefusal(problems);
  if (patch.closingDate && account.space === 'caf') ensureNoAfasProfiles(storage.catalogue, account);
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof AccountPatch)[]) before[key] = account[key];
  await storage.updateAccount(account, patch, {
    actor: { id: actor.account.id, name: `${actor.account.prenom} ${actor.account.nom}` },
    action: 'account.updated',
    targetType: 'account',
    targetId: account.id,
    accountId: account.id,
    summary: 'Modification des informations du compte',
    before,
    after: { ...patch },
  });
  return getAccount(storage, actor, id);
}
