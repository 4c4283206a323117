/**
 * The form of « Mes coordonnées » as the guide draws it: Identité (civilité, prénom, nom, nom de
 * naissance), how to reach me (the professional e-mail, read only: it is the identifier; e-mail
 * de contact; téléphone), the organismes (mine, read only; the organisme secondaire, chosen from
 * the list), then « Enregistrer les modifications ». Each error sits under its field, tied to it
 * (`aria-describedby`, `aria-invalid`), and is listed above the form with a link to the field.
 */
import { html } from 'lit';
import type { Civilite, MyProfile, Organisme } from '../domain/schemas.js';
import type { ProfileField } from '../domain/rules.js';
import { radioChoice, renderErrorSummary, renderRequiredRadioGroup } from '../internal/form-parts.js';
import { submitOnEnter } from '../internal/forms.js';
import { renderNotice, type Notice } from '../internal/notice.js';
import type { HabilField } from '../ui/field/field.js';
import type { ProfileFormWords } from './profile-form.messages.js';
import { fieldLabel, FORM_FIELDS, REQUIRED_FIELDS } from './profile-form.js';

export interface ProfileFormView {
  t: ProfileFormWords;
  /** The kit's words (« (obligatoire) », « Annuler »). */
  requiredMark: string;
  cancelLabel: string;
  profile: MyProfile;
  secondaryChoices: readonly Organisme[];
  values: Readonly<Record<ProfileField, string>>;
  errors: ReadonlyMap<string, string>;
  /** What the status line says: nothing changed, or the changes were cancelled. */
  status: string;
  notice: Notice | undefined;
  saved: { fields: string[] } | undefined;
  saving: boolean;
  set: (field: ProfileField, value: string) => void;
  submit: (event: SubmitEvent) => void;
  cancel: () => void;
  goTo: (field: string) => void;
}

const AUTOCOMPLETE: Partial<Record<ProfileField, AutoFill>> = {
  prenom: 'given-name',
  nom: 'family-name',
  emailContact: 'email',
  phone: 'tel',
};

function renderText(view: ProfileFormView, field: ProfileField, type: 'text' | 'email' | 'tel', hint = '') {
  return html`<habil-field
    part="field"
    name=${field}
    type=${type}
    label=${fieldLabel(view.t, field)}
    hint=${hint}
    .value=${view.values[field]}
    error=${view.errors.get(field) ?? ''}
    autocomplete=${AUTOCOMPLETE[field] ?? 'off'}
    ?required=${REQUIRED_FIELDS.has(field)}
    @input=${(event: Event) => view.set(field, (event.currentTarget as HabilField).value)}
  ></habil-field>`;
}

function renderReadOnly(label: string, value: string, hint: string, name: string) {
  return html`<habil-field part="field read-only-field" class="read-only" data-name=${name} label=${label} hint=${hint} .value=${value} readonly></habil-field>`;
}

function renderCivilite(view: ProfileFormView) {
  const { t } = view;
  const choose = (value: Civilite) => view.set('civilite', value);
  const choice = (value: Civilite, label: string) => radioChoice('civilite', value, view.values.civilite === value, choose, label);
  return renderRequiredRadioGroup({
    className: 'civilite',
    legend: t.msg('civilite'),
    requiredWord: view.requiredMark,
    error: view.errors.get('civilite'),
    errorId: 'civilite-error',
    choices: html`<div class="choices">${choice('M.', t.msg('monsieur'))} ${choice('Mme', t.msg('madame'))}</div>`,
  });
}

function renderSecondary(view: ProfileFormView) {
  const { t } = view;
  return html`<habil-field
    part="field"
    name="secondaryOrganismeId"
    type="select"
    label=${t.msg('secondaryOrganisme')}
    hint=${t.msg('secondaryOrganismeHint')}
    empty-option-label=${t.msg('noSecondaryOrganisme')}
    .options=${view.secondaryChoices.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
    .value=${view.values.secondaryOrganismeId}
    error=${view.errors.get('secondaryOrganismeId') ?? ''}
    @change=${(event: Event) => view.set('secondaryOrganismeId', (event.currentTarget as HabilField).value)}
  ></habil-field>`;
}

function renderSaved(view: ProfileFormView) {
  const { t, saved } = view;
  return html`<habil-alert part="saved" class=${saved ? 'filled' : ''} variant="success" heading=${saved ? t.msg('saved') : ''}
    >${saved ? t.msg('savedFields', saved.fields.join(', ')) : ''}</habil-alert
  >`;
}

export function renderProfileForm(view: ProfileFormView) {
  const { t, profile } = view;
  const items = [...view.errors].map(([field, message]) => ({
    field: FORM_FIELDS.includes(field as ProfileField) ? field : undefined,
    text: FORM_FIELDS.includes(field as ProfileField) ? t.msg('summaryItem', fieldLabel(t, field as ProfileField), message) : message,
  }));
  return html`<form part="form" novalidate aria-labelledby="heading" @submit=${view.submit} @keydown=${submitOnEnter}>
    <p class="intro" part="intro">${t.msg('intro')}</p>
    <p class="legend" aria-hidden="true">${t.msg('requiredLegend')}</p>
    ${renderErrorSummary(t.msg('summary'), items, view.goTo)}
    <fieldset class="section" part="section">
      <legend>${t.msg('identity')}</legend>
      ${renderCivilite(view)}
      <div class="grid">${renderText(view, 'prenom', 'text')} ${renderText(view, 'nom', 'text')}</div>
      <div class="grid">${renderText(view, 'nomNaissance', 'text')}</div>
    </fieldset>
    <fieldset class="section" part="section">
      <legend>${t.msg('contact')}</legend>
      <div class="grid">
        ${renderReadOnly(t.msg('emailPro'), profile.emailPro, t.msg('emailProHint'), 'emailPro')}
        ${renderText(view, 'emailContact', 'email', t.msg('emailContactHint'))}
      </div>
      <div class="grid">${renderText(view, 'phone', 'tel', t.msg('phoneHint'))}</div>
    </fieldset>
    <fieldset class="section" part="section">
      <legend>${t.msg('organismes')}</legend>
      <div class="grid">${renderReadOnly(t.msg('organisme'), profile.organismeName, t.msg('organismeHint'), 'organisme')} ${renderSecondary(view)}</div>
    </fieldset>
    <p class="status" role="status">${view.status}</p>
    ${renderNotice(view.notice, { part: 'notice' })} ${renderSaved(view)}
    <div class="actions" part="actions">
      <button type="button" class="button" part="cancel-button" @click=${view.cancel}>${view.cancelLabel}</button>
      <button type="submit" class="button button--primary" part="submit-button" aria-disabled=${view.saving ? 'true' : 'false'}>
        ${t.msg(view.saving ? 'saving' : 'submit')}
      </button>
    </div>
  </form>`;
}
