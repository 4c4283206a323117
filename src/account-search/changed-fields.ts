/** What another administrator saved meanwhile, for the message of a stale write (R15); no DOM. */
import { ACCOUNT_STATUS_LABELS, type AccountDetail, type AccountSummary, type Lang } from '../domain/index.js';

/** The fields "Modifier" changes, and the status, with their words. */
const FIELD_LABELS = {
  civilite: { fr: 'Civilité', en: 'Title' },
  nom: { fr: 'Nom', en: 'Last name' },
  prenom: { fr: 'Prénom', en: 'First name' },
  nomNaissance: { fr: 'Nom de naissance', en: 'Birth name' },
  emailContact: { fr: 'Email de contact', en: 'Contact e-mail' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  fonction: { fr: 'Fonction', en: 'Position' },
  workstyle: { fr: 'Sédentaire / itinérant', en: 'Sedentary / itinerant' },
  openingDate: { fr: "Date d'ouverture", en: 'Opening date' },
  closingDate: { fr: 'Date de clôture', en: 'Closing date' },
} as const satisfies Record<string, Record<Lang, string>>;

const STATUS_LABEL: Record<Lang, string> = { fr: 'Statut', en: 'Status' };

type Field = keyof typeof FIELD_LABELS;

/** Only a detail has these: a summary cannot tell whether they changed. */
const DETAIL_ONLY: readonly Field[] = ['nomNaissance', 'emailContact'];

/**
 * The fields that differ between the account as it was read (`before`) and as the server has
 * it now (`after`), as [label, new value] pairs, the status included.
 */
export function changedFields(before: AccountSummary | AccountDetail, after: AccountDetail, lang: Lang): [string, string][] {
  const fields = (Object.keys(FIELD_LABELS) as Field[]).filter((field) => 'grants' in before || !DETAIL_ONLY.includes(field));
  const old = before as Partial<Record<Field, string>>;
  const now = after as Partial<Record<Field, string>>;
  const changes: [string, string][] = fields
    .filter((field) => (old[field] ?? '') !== (now[field] ?? ''))
    .map((field) => [FIELD_LABELS[field][lang], now[field] ?? '—']);
  if (before.status !== after.status) changes.push([STATUS_LABEL[lang], ACCOUNT_STATUS_LABELS[after.status][lang]]);
  return changes;
}
