/**
 * The fields of `<habil-account-form>` on each screen, the values it starts from, and what it
 * sends: a draft for « Nouveau », the fields changed for « Modifier ».
 */
import type { AccountDetail, AccountDraft, AccountPatch, Civilite, Space, Workstyle } from '../domain/schemas.js';
import { cafNom } from '../domain/rules.js';
import { serverDay } from '../internal/forms.js';

/** On CAF, a nom is written in capitals (the servers' own rule, shared): the form shows and sends it so. */
export { cafNom };

export type AccountFormMode = 'create' | 'edit';

export type FieldName =
  | 'civilite'
  | 'nom'
  | 'prenom'
  | 'emailPro'
  | 'emailProConfirmation'
  | 'nomNaissance'
  | 'emailContact'
  | 'phone'
  | 'phoneConfirmation'
  | 'fonction'
  | 'workstyle'
  | 'openingDate'
  | 'closingDate';

export type Values = Record<FieldName, string>;

/** The fields of each screen, in the order they are shown (and focused when wrong). */
export const FIELDS: Record<Space, Record<AccountFormMode, readonly FieldName[]>> = {
  ucanss: {
    create: ['civilite', 'nom', 'prenom', 'emailPro', 'nomNaissance', 'emailContact', 'phone', 'fonction'],
    edit: ['civilite', 'nom', 'prenom', 'emailPro', 'nomNaissance', 'emailContact', 'phone', 'fonction'],
  },
  caf: {
    create: ['civilite', 'nom', 'prenom', 'emailPro', 'emailProConfirmation', 'phone', 'phoneConfirmation', 'workstyle', 'openingDate', 'closingDate'],
    edit: ['civilite', 'nom', 'prenom', 'emailPro', 'phone', 'phoneConfirmation', 'workstyle', 'openingDate', 'closingDate'],
  },
};

/** What an edit may change (`AccountPatch`): the identifier (e-mail) never. */
const PATCHABLE: Record<Space, readonly (keyof AccountPatch & FieldName)[]> = {
  ucanss: ['civilite', 'nom', 'prenom', 'nomNaissance', 'emailContact', 'phone', 'fonction'],
  caf: ['civilite', 'nom', 'prenom', 'phone', 'workstyle', 'openingDate', 'closingDate'],
};

export const REQUIRED: ReadonlySet<FieldName> = new Set<FieldName>(['civilite', 'nom', 'prenom', 'emailPro', 'emailProConfirmation']);

const EMPTY: Values = {
  civilite: '',
  nom: '',
  prenom: '',
  emailPro: '',
  emailProConfirmation: '',
  nomNaissance: '',
  emailContact: '',
  phone: '',
  phoneConfirmation: '',
  fonction: '',
  workstyle: 'sedentaire',
  openingDate: '',
  closingDate: '',
};

/** Which screen the form shows, and for which account. */
export interface AccountFormScreen {
  space: Space;
  mode: AccountFormMode;
  /** The account being edited. */
  account?: AccountDetail | undefined;
  /** The server's day: a new CAF user opens today. */
  today: string;
}

/** Empty values (a CAF user opens today), or the account's. */
export function startingValues({ space, mode, account, today }: AccountFormScreen): Values {
  const edited = mode === 'edit' ? account : undefined;
  if (!edited) return { ...EMPTY, openingDate: space === 'caf' ? serverDay(today) : '' };
  return {
    civilite: edited.civilite ?? '',
    nom: edited.nom,
    prenom: edited.prenom,
    emailPro: edited.emailPro,
    emailProConfirmation: edited.emailPro,
    nomNaissance: edited.nomNaissance ?? '',
    emailContact: edited.emailContact ?? '',
    phone: edited.phone ?? '',
    phoneConfirmation: edited.phone ?? '',
    fonction: edited.fonction ?? '',
    workstyle: edited.workstyle ?? 'sedentaire',
    openingDate: edited.openingDate ?? '',
    closingDate: edited.closingDate ?? '',
  };
}

/** The new account: the values typed, trimmed; the optional fields only when filled. */
export function draftOf(values: Values, screen: AccountFormScreen, extra: { roleIds: readonly string[]; conventionId?: string | undefined }): AccountDraft {
  const fields = FIELDS[screen.space][screen.mode];
  const optional = (name: FieldName) => {
    const value = values[name].trim();
    return value && fields.includes(name) ? { [name]: value } : {};
  };
  const caf = screen.space === 'caf';
  return {
    civilite: values.civilite as Civilite,
    nom: caf ? cafNom(values.nom) : values.nom.trim(),
    prenom: values.prenom.trim(),
    emailPro: values.emailPro.trim(),
    ...optional('nomNaissance'),
    ...optional('emailContact'),
    ...optional('phone'),
    ...optional('fonction'),
    ...(extra.roleIds.length > 0 ? { roleIds: [...extra.roleIds] } : {}),
    ...(caf && extra.conventionId ? { conventionId: extra.conventionId } : {}),
    ...(caf ? { workstyle: values.workstyle as Workstyle } : {}),
    ...optional('openingDate'),
    ...optional('closingDate'),
  };
}

/** The fields that differ from the account; an optional field emptied is sent empty, to erase it. */
export function patchOf(values: Values, space: Space, account: AccountDetail): AccountPatch {
  const patch: Record<string, string> = {};
  for (const name of PATCHABLE[space]) {
    const before = (account[name] as string | undefined) ?? '';
    const typed = values[name].trim();
    // A nom retyped in capitals or not is the same nom; one really changed is stored in capitals (CAF).
    const value = space === 'caf' && name === 'nom' && typed !== before ? cafNom(typed) : typed;
    if (value !== before) patch[name] = value;
  }
  return patch as AccountPatch;
}
