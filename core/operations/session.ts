/** The acting person (GET /me) and the public catalogue: the same on every server. */
import type { Application, Grant, Lang, LocalAdmin, Me, Organisme } from '../../src/domain/index.js';
import { actorFrom, creationRoleIds, meActions, type Actor, type RuleContext } from '../access.js';
import { Refusal } from '../refusal.js';
import type { Reader } from '../storage.js';
import { accountSummary, applicationView, grantsView } from '../views.js';

export function ruleContext(storage: Reader): RuleContext {
  return { catalogue: storage.catalogue, today: storage.today() };
}

/** The person a request is made as; 401 when he has no account, or no active one (R6). */
export async function actorOf(storage: Reader, accountId: string): Promise<Actor> {
  const facts = await storage.actorFacts(accountId);
  if (!facts) throw new Refusal('unauthenticated');
  return actorFrom(ruleContext(storage), facts);
}

export async function getMe(storage: Reader, actor: Actor): Promise<Me> {
  const ctx = ruleContext(storage);
  const organisme = storage.catalogue.organismes.get(actor.account.organismeId)!;
  const [self, withAdmins] = await Promise.all([storage.accountFacts(actor, actor.account.id), storage.organismesWithLocalAdmin()]);
  return {
    account: accountSummary(ctx, actor, self!),
    roles: [...actor.roles],
    organisme: { ...organisme, hasLocalAdmin: withAdmins.has(organisme.id) },
    ...(actor.partnerId ? { partnerId: actor.partnerId } : {}),
    conventionIds: [...actor.conventionIds],
    // In one order whatever the storage (ids compared code by code).
    responsableOfGroupIds: [...actor.groupIds].sort(),
    actions: meActions(actor),
    grantableRoleIds: creationRoleIds(storage.catalogue, actor),
    today: ctx.today,
  };
}

export async function listOrganismes(storage: Reader): Promise<Organisme[]> {
  const withAdmins = await storage.organismesWithLocalAdmin();
  return [...storage.catalogue.organismes.values()].map((o) => ({ ...o, hasLocalAdmin: withAdmins.has(o.id) }));
}

/** The catalogue in the reader's language (French unless he reads English). */
export function listApplications(storage: Reader, lang: Lang = 'fr'): Application[] {
  return [...storage.catalogue.applications.values()].map((a) => applicationView(storage.catalogue, a, lang));
}

/** « Mes habilitations »: my roles, held directly or through my groups. */
export async function myGrants(storage: Reader, actor: Actor): Promise<Grant[]> {
  return grantsView(ruleContext(storage), actor.account, await storage.membershipsOf(actor.account.id));
}

/** « Mes contacts »: the local administrators of my organisme, whom I may not revoke from here. */
export async function myContacts(storage: Reader, actor: Actor): Promise<LocalAdmin[]> {
  return (await storage.localAdminsOf(actor.account.organismeId)).map((l) => ({ ...l, actions: [] }));
}
