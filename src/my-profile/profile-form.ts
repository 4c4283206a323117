/**
 * The values of « Mes coordonnées » and what is wrong with them: what the user typed (kept on a
 * refusal, and over a newer version of his details read after a stale write, R15), the changes
 * to send (only the fields that differ from what is kept), the domain's checks (the servers'
 * own, `validateProfile`), and the server's field errors until the user changes their field.
 * No DOM.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../domain/labels.js';
import { fieldErrorLabel } from '../domain/field-errors.js';
import { profileValue, validateProfile, type ProfileField } from '../domain/rules.js';
import type { FieldError, MyProfile, MyProfilePatch } from '../domain/schemas.js';
import { FormState, type FieldProblem } from '../internal/form-state.js';
import { kitMessages } from '../internal/kit-messages.js';
import { translate } from '../internal/localize.js';
import { profileFormMessages, type ProfileFormWords } from './profile-form.messages.js';

/** The fields in the order of the guide's screen: the first one wrong takes focus, the list of errors reads like the form. */
export const FORM_FIELDS: readonly ProfileField[] = ['civilite', 'prenom', 'nom', 'nomNaissance', 'emailContact', 'phone', 'secondaryOrganismeId'];

export const REQUIRED_FIELDS: ReadonlySet<ProfileField> = new Set(['civilite', 'prenom', 'nom']);

const LABEL_KEYS = {
  civilite: 'civilite',
  prenom: 'prenom',
  nom: 'nom',
  nomNaissance: 'nomNaissance',
  emailContact: 'emailContact',
  phone: 'phone',
  secondaryOrganismeId: 'secondaryOrganisme',
} as const satisfies Record<ProfileField, keyof (typeof profileFormMessages)['fr']>;

export function fieldLabel(t: ProfileFormWords, field: ProfileField): string {
  return t.msg(LABEL_KEYS[field]);
}

function startingValues(profile: MyProfile | undefined): Record<ProfileField, string> {
  return {
    civilite: profile?.civilite ?? '',
    prenom: profile?.prenom ?? '',
    nom: profile?.nom ?? '',
    nomNaissance: profile?.nomNaissance ?? '',
    emailContact: profile?.emailContact ?? '',
    phone: profile?.phone ?? '',
    secondaryOrganismeId: profile?.secondaryOrganismeId ?? '',
  };
}

/** The field's value as the server keeps it, to compare with what is kept: "0388252600" is "03 88 25 26 00". */
const kept = (field: ProfileField, value: string | undefined) => profileValue(field, value ?? '') ?? '';

/** A field's error in words: the domain's, the kit's « obligatoire », or the server's own. */
function fieldErrorText(problem: FieldProblem, lang: Lang): string {
  if (problem.code === 'required') return translate(kitMessages, lang, 'requiredError');
  const words = fieldErrorLabel(problem.code, lang);
  if (words) return words;
  return problem.message && problem.message !== problem.code ? problem.message : translate(profileFormMessages, lang, 'refused');
}

export class ProfileForm {
  readonly state: FormState<ProfileField>;
  /** The server's field errors (`ProblemError.fieldErrors`), shown until the user changes their field. */
  private serverErrors: readonly FieldError[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly profile: () => MyProfile | undefined,
  ) {
    this.state = new FormState<ProfileField>(host, () => startingValues(this.profile()));
  }

  get values(): Readonly<Record<ProfileField, string>> {
    return this.state.values;
  }

  /** The details read (or read again): another person starts afresh, a newer version keeps what was typed. */
  follow(profile: MyProfile): void {
    this.state.follow(profile.id);
  }

  /** Back to the details as they are kept: what was typed and the errors go. */
  reset(): void {
    this.serverErrors = [];
    this.state.reset();
  }

  /** The fields that differ from what is kept, trimmed; an optional field emptied is sent empty, to remove it. */
  patch(): MyProfilePatch {
    const profile = this.profile();
    const patch: Record<string, string> = {};
    for (const field of FORM_FIELDS) {
      const value = this.values[field].trim();
      if (field === 'civilite' && !value) continue;
      if (kept(field, value) !== kept(field, profile?.[field])) patch[field] = value;
    }
    return patch as MyProfilePatch;
  }

  /** What the servers would refuse in the changes, field by field. */
  problems(): FieldProblem[] {
    const profile = this.profile();
    return profile ? validateProfile(this.patch(), profile) : [];
  }

  serverRefused(errors: readonly FieldError[]): void {
    this.serverErrors = errors;
    this.state.serverErrorsCame();
  }

  /** Every error to show, by field, in the order of the screen. */
  errors(lang: Lang): Map<string, string> {
    return this.state.errors(() => this.problems(), this.serverErrors, (problem) => fieldErrorText(problem, lang), FORM_FIELDS);
  }
}

/** What someone else saved meanwhile (R15), as [label, value now] pairs. */
export function changedMeanwhile(t: ProfileFormWords, before: MyProfile, after: MyProfile): [string, string][] {
  const shown = (profile: MyProfile, field: ProfileField): string => {
    if (field === 'civilite') return profile.civilite === 'Mme' ? t.msg('madame') : profile.civilite === 'M.' ? t.msg('monsieur') : '';
    if (field === 'secondaryOrganismeId') return profile.secondaryOrganismeName ?? '';
    return profile[field] ?? '';
  };
  return FORM_FIELDS.filter((field) => shown(before, field) !== shown(after, field)).map((field) => [fieldLabel(t, field), shown(after, field) || t.msg('none')]);
}
