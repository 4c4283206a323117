/**
 * « Mes coordonnées » (user's guide §3, FAQ « Gérer mon profil personnel »): a person reads and
 * changes the details of his own account — civilité, nom, prénom, nom de naissance, e-mail de
 * contact, téléphone, organisme secondaire — and nobody else's: the routes name no account, the
 * acting person is the one changed. Never his identifier (the professional e-mail) nor his
 * organisme, which a local administrator's attachment changes (R9). An ADD account is kept by the
 * Référentiel des ADD (R2), a CAF partner user's details by his partner administrator: both read
 * only. A change sends the version read (R15) and writes its history entry (R14).
 */
import type { Lang, MyProfile, MyProfilePatch, ProfileField } from '../../src/domain/index.js';
import { PROFILE_FIELDS, profileValue, validateProfile } from '../../src/domain/index.js';
import type { Actor, Catalogue } from '../access.js';
import type { AccountRecord } from '../records.js';
import { inBoth, type Words } from '../language.js';
import { fieldRefusal, Refusal } from '../refusal.js';
import { expectVersion } from '../request.js';
import type { AccountChange, Reader, Storage } from '../storage.js';
import { myProfile } from '../views.js';
import { actorRef } from './accounts.js';

/** The fields as the history's summary names them. */
const FIELD_WORDS: Record<ProfileField, Words> = {
  civilite: { fr: 'civilité', en: 'title' },
  nom: { fr: 'nom', en: 'last name' },
  prenom: { fr: 'prénom', en: 'first name' },
  nomNaissance: { fr: 'nom de naissance', en: 'birth name' },
  emailContact: { fr: 'e-mail de contact', en: 'contact e-mail' },
  phone: { fr: 'téléphone', en: 'phone' },
  secondaryOrganismeId: { fr: 'organisme secondaire', en: 'secondary organisme' },
};

const changedFields = (changed: ProfileField[], lang: Lang) => changed.map((field) => FIELD_WORDS[field][lang]).join(', ');

/** R2: the Référentiel des ADD keeps an ADD's details; on CAF, the partner administrator keeps his users'. */
function readOnlyReason(account: AccountRecord): MyProfile['readOnlyReason'] {
  if (account.add) return 'add-account-read-only';
  if (account.space === 'caf') return 'partner-profile-read-only';
  return undefined;
}

/** The acting person's own account, as it is now (locked for a change). */
function ownAccount(account: AccountRecord | undefined): AccountRecord {
  if (!account) throw new Refusal('unauthenticated');
  return account;
}

export async function getMyProfile(storage: Reader, actor: Actor): Promise<MyProfile> {
  const account = ownAccount(await storage.account(actor.account.id));
  return myProfile(storage.catalogue, account, readOnlyReason(account));
}

/** The organisme secondaire is one of the UCANSS organismes of GET /organismes. */
function organismeProblems(catalogue: Catalogue, patch: MyProfilePatch) {
  const id = patch.secondaryOrganismeId;
  return id && catalogue.organismes.get(id)?.space !== 'ucanss' ? [{ field: 'secondaryOrganismeId', code: 'organisme-unknown' }] : [];
}

/** What the organisme secondaire is called in the history: its name. */
const organismeName = (catalogue: Catalogue, id: string | undefined) => (id ? (catalogue.organismes.get(id)?.name ?? id) : null);

export async function updateMyProfile(storage: Storage, actor: Actor, patch: MyProfilePatch, ifMatch: number | undefined): Promise<MyProfile> {
  await storage.write(async (tx) => {
    const account = ownAccount(await tx.lockAccount(actor.account.id));
    const reason = readOnlyReason(account);
    if (reason) throw new Refusal(reason);
    expectVersion(account.version, ifMatch);
    const problems = [...validateProfile(patch, account), ...organismeProblems(tx.catalogue, patch)];
    if (problems.length) throw fieldRefusal(problems.filter((p, i) => problems.findIndex((q) => q.field === p.field) === i));

    const change: AccountChange = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of PROFILE_FIELDS) {
      const sent = patch[field];
      if (sent === undefined) continue;
      const next = profileValue(field, sent);
      const current = account[field];
      if ((next ?? '') === (current ?? '')) continue;
      Object.assign(change, { [field]: next ?? null });
      if (field === 'secondaryOrganismeId') {
        before.secondaryOrganisme = organismeName(tx.catalogue, current);
        after.secondaryOrganisme = organismeName(tx.catalogue, next);
      } else {
        before[field] = current ?? null;
        after[field] = next ?? null;
      }
    }
    const changed = PROFILE_FIELDS.filter((field) => field in change);
    // Nothing differs from what is kept: nothing to save, nothing to trace.
    if (changed.length === 0) return;
    await tx.saveAccount(account, change);
    await tx.record({
      actor: actorRef(actor),
      action: 'account.profile-updated',
      targetType: 'account',
      targetId: account.id,
      accountId: account.id,
      summary: inBoth((lang) => (lang === 'fr' ? `Coordonnées modifiées par l'utilisateur : ${changedFields(changed, lang)}` : `Details changed by the user: ${changedFields(changed, lang)}`)),
      before,
      after,
    });
  });
  return getMyProfile(storage, actor);
}
