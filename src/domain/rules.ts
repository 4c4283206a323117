/**
 * The rules of the specification that can be decided without a store: shared by the
 * reference server (which refuses) and the widgets (which explain before sending).
 */
import { ACCOUNT_TEXT, firstPerField, isValidEmail, required, textProblems, type FieldProblem } from './field-rules.js';
import type { AccountDraft, AddProfile, Convention, Group, GroupDraft } from './schemas.js';
import { isPhone, TEXT_LIMITS } from './text.js';

export { INSTITUTION_DOMAINS, isInstitutionEmail, isValidEmail, normaliseEmail, validateSignup, type FieldProblem } from './field-rules.js';

/** R4: days a pending request waits before it is accepted tacitly. */
export const TACIT_ACCEPTANCE_DAYS = 10;
/** R12: partner administrators per partner. */
export const MAX_PARTNER_ADMINS = 2;
/** The Afas role a responsable needs, through a group, to manage Afas profiles (R12). */
export const AFAS_HABILITER_ROLE_ID = 'afas-habiliter';
export const AFAS_APPLICATION_ID = 'caf-afas';

/** R12: the roles of a convention's Afas service. */
export function afasRoleIdsOf(convention: Pick<Convention, 'services'> | undefined): Set<string> {
  return new Set(convention?.services.filter((s) => s.applicationId === AFAS_APPLICATION_ID).flatMap((s) => s.roles.map((r) => r.id)) ?? []);
}

/** R12: the group gives Afas profiles: moving people in and out of it is managing their Afas profiles. */
export const givesAfasProfiles = (group: Pick<Group, 'roleIds'>, afasRoleIds: ReadonlySet<string>): boolean => group.roleIds.some((id) => afasRoleIds.has(id));

/** R12: the person manages Afas profiles when the server lets him give them (`Me.grantableRoleIds`: the partner administrator, or « Afas - Habiliter »). */
export const managesAfasProfiles = (grantableRoleIds: readonly string[], afasRoleIds: ReadonlySet<string>): boolean => grantableRoleIds.some((id) => afasRoleIds.has(id));
/** The role that local administration shows as in a person's rights; it follows the delegation (R13). */
export const DELEGATED_ROLE_ID = 'administration-locale';

/**
 * On CAF, a nom is written in capitals, accents kept (« MARTIN », « LEMAÎTRE », « PRÉVOST »), as
 * Mon Compte Partenaire lists its users: the form shows it so as it is typed, and the servers keep
 * it so whatever they are sent.
 */
export function cafNom(nom: string): string {
  return nom.trim().toLocaleUpperCase('fr-FR');
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date (YYYY-MM-DD) in Paris, where the administrators are. */
export function isoDay(at: Date): string {
  const parts = Object.fromEntries(PARIS_DAY.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(isoDate.slice(0, 10) + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** R17: a real calendar day of a sensible year (1900–2199): 0000-01-01 is no date a person means. */
const ISO_DATE = /^(19|20|21)\d{2}-\d{2}-\d{2}$/;
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(value + 'T12:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** R6: closing dates cannot be retroactive. */
export function isRetroactive(isoDate: string, now: Date): boolean {
  return isoDate < isoDay(now);
}

/** R4: the last day on which a request can still be decided explicitly. */
export function tacitDeadline(requestedAt: string): string {
  return addDays(isoDay(new Date(requestedAt)), TACIT_ACCEPTANCE_DAYS);
}

/** R4: a pending request is accepted tacitly once its deadline has passed. */
export function isTacitlyDue(requestedAt: string, now: Date): boolean {
  return isoDay(now) > tacitDeadline(requestedAt);
}

function dateProblems(
  draft: { openingDate?: string; closingDate?: string },
  now: Date,
  { closingMayBePast = false } = {},
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['openingDate', 'closingDate'] as const) {
    const value = draft[field];
    if (value !== undefined && value !== '' && !isIsoDate(value)) problems.push({ field, code: 'invalid-date' });
  }
  if (problems.length) return problems;
  if (draft.closingDate && !closingMayBePast && isRetroactive(draft.closingDate, now)) {
    problems.push({ field: 'closingDate', code: 'retroactive-date' });
  } else if (draft.closingDate && draft.openingDate && draft.closingDate < draft.openingDate) {
    problems.push({ field: 'closingDate', code: 'date-order' });
  }
  return problems;
}

/** R7: starred fields, a well-formed identifier, dates that are not retroactive (CAF). */
export function validateAccountDraft(draft: Partial<AccountDraft>, now: Date): FieldProblem[] {
  const problems = [...required(draft, ['civilite', 'nom', 'prenom', 'emailPro']), ...textProblems(draft, ACCOUNT_TEXT)];
  for (const field of ['emailPro', 'emailContact'] as const) {
    const value = draft[field];
    if (value && !isValidEmail(value)) problems.push({ field, code: 'email' });
  }
  if (draft.phone && !isPhone(draft.phone)) problems.push({ field: 'phone', code: 'phone' });
  return firstPerField([...problems, ...dateProblems(draft, now)]);
}

/** R6 and the CAF screens: dates of an account, membership or group being changed. */
export function validateDates(draft: { openingDate?: string; closingDate?: string }, now: Date): FieldProblem[] {
  return dateProblems(draft, now);
}

/** R11: code, label and responsable required; dates coherent. */
export function validateGroupDraft(draft: Partial<GroupDraft>, now: Date): FieldProblem[] {
  return firstPerField([
    ...required(draft, ['code', 'label', 'responsableId']),
    ...textProblems(draft, { code: TEXT_LIMITS.code, label: TEXT_LIMITS.label }),
    ...dateProblems(draft, now),
  ]);
}

// ---- « Mes coordonnées » (user's guide §3) ------------------------------------------------

/** What a person changes of his own account; never his identifier (the professional e-mail) nor his organisme (R9). */
export const PROFILE_FIELDS = ['civilite', 'nom', 'prenom', 'nomNaissance', 'emailContact', 'phone', 'secondaryOrganismeId'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The longest phone a person types, separators included ("+33 3 88 25 26 00" is 17). */
export const PHONE_MAX_LENGTH = 30;

/** National (0 and 9 digits) or international: +33, or an overseas department (+262, +590, +594, +596), and 9 digits. */
const FRENCH_DIGITS = /^(?:0[1-9]\d{8}|\+33[1-9]\d{8}|\+(?:262|590|594|596)\d{9})$/;
const SEPARATED_DIGITS = /^\+?\d(?:[ .-]?\d)*$/;

/** A French number, written with single spaces, dots or hyphens between its digits, or none. */
export function isFrenchPhone(value: string): boolean {
  const v = value.trim();
  return SEPARATED_DIGITS.test(v) && FRENCH_DIGITS.test(v.replace(/[ .-]/g, ''));
}

/** A French number as the guides write it: 0388252600 → 03 88 25 26 00, +33388252600 → +33 3 88 25 26 00. */
export function formatFrenchPhone(value: string): string {
  const digits = value.trim().replace(/[ .-]/g, '');
  const pairs = (d: string) => d.match(/\d\d/g)!.join(' ');
  if (digits.startsWith('0')) return pairs(digits);
  if (digits.startsWith('+33')) return `+33 ${digits[3]} ${pairs(digits.slice(4))}`;
  return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${pairs(digits.slice(7))}`;
}

/** How a field of « Mes coordonnées » is kept: trimmed, a phone as the guides write it, empty as none. */
export function profileValue(field: ProfileField, value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  return field === 'phone' && isFrenchPhone(v) ? formatFrenchPhone(v) : v;
}

/**
 * « Mes coordonnées »: the fields sent (an optional one sent empty is removed), checked as the
 * widget and the servers check them — nom and prénom kept, R17's lengths, a well-formed e-mail de
 * contact (any domain: it is where the person wants to be written to, not his identifier), a
 * French phone, an organisme secondaire other than his organisme.
 */
export function validateProfile(patch: Partial<Record<ProfileField, string>>, current: { organismeId: string }): FieldProblem[] {
  const problems = [
    ...required(patch, (['nom', 'prenom'] as const).filter((f) => patch[f] !== undefined)),
    ...textProblems(patch, { nom: TEXT_LIMITS.name, prenom: TEXT_LIMITS.name, nomNaissance: TEXT_LIMITS.name, emailContact: TEXT_LIMITS.email, phone: PHONE_MAX_LENGTH }),
  ];
  if (patch.emailContact?.trim() && !isValidEmail(patch.emailContact)) problems.push({ field: 'emailContact', code: 'email' });
  if (patch.phone?.trim() && !isFrenchPhone(patch.phone)) problems.push({ field: 'phone', code: 'phone-fr' });
  if (patch.secondaryOrganismeId && patch.secondaryOrganismeId === current.organismeId) problems.push({ field: 'secondaryOrganismeId', code: 'same-organisme' });
  return firstPerField(problems);
}

/** R11: a sub-group sits one level under its parent. */
export function subGroupLevel(parentLevel: number | undefined): number {
  return parentLevel === undefined ? 1 : parentLevel + 1;
}

/** R2: default roles of ADD accounts by profile (UCANSS FAQ), as role ids of the catalogue. */
export const ADD_DEFAULT_ROLE_IDS: Record<AddProfile, readonly string[]> = {
  directeur: [
    'annuaire-add-lecteur',
    'annuaire-organismes-lecteur',
    'accords-locaux-organisme',
    'contentieux-organisme',
    'egap-guides',
    'silaadd-candidat',
    'edrh-dires',
    'stats-formation',
    'stats-effectifs',
    'opim-organisme',
    'referentiel-add-employeur',
    'administration-locale',
  ],
  autre: [
    'annuaire-add-lecteur',
    'annuaire-organismes-lecteur',
    'accords-locaux-organisme',
    'contentieux-organisme',
    'silaadd-candidat',
    'stats-formation',
  ],
};
