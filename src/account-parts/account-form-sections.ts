/**
 * The sections of `<habil-account-form>` drawn: the identity of the person (civilité, nom,
 * prénom, e-mail, and on CAF the phone with its confirmation), the personal information
 * (UCANSS), the workstation and the access dates (CAF).
 */
import { html, nothing } from 'lit';
import type { AccountDetail, Civilite, Workstyle } from '../domain/schemas.js';
import { radioChoice, renderRequiredRadioGroup } from '../internal/form-parts.js';
import type { HabilField } from '../ui/field/field.js';
import { labelOf, type AccountFormWords } from './account-form-checks.js';
import { cafNom, FIELDS, REQUIRED, type AccountFormMode, type FieldName, type Values } from './account-form-values.js';

/** What the sections need of the form. */
export interface AccountFormView {
  t: AccountFormWords;
  /** « (obligatoire) », said after the label of a required choice. */
  requiredWord: string;
  space: 'ucanss' | 'caf';
  mode: AccountFormMode;
  account: AccountDetail | undefined;
  values: Readonly<Values>;
  errors: ReadonlyMap<string, string>;
  set(name: FieldName, value: string): void;
}

const creating = (view: AccountFormView) => view.mode === 'create';

export function renderIdentitySection(view: AccountFormView) {
  const { t, space } = view;
  const caf = space === 'caf';
  const fields = FIELDS[space][view.mode];
  return html`
    <fieldset class="section" part="section">
      <legend>${t.msg('identity')}</legend>
      ${!creating(view) && caf ? renderIdentifier(view) : nothing} ${renderCivilite(view)}
      <div class="grid">${renderField(view, 'nom')} ${renderField(view, 'prenom')}</div>
      <div class="grid">
        ${renderField(view, 'emailPro')} ${fields.includes('emailProConfirmation') ? renderField(view, 'emailProConfirmation') : nothing}
      </div>
      ${caf ? html`<div class="grid">${renderField(view, 'phone')} ${renderField(view, 'phoneConfirmation')}</div>` : nothing}
    </fieldset>
  `;
}

/** UCANSS: nom de naissance, e-mail de contact, téléphone, fonction. */
export function renderPersonalSection(view: AccountFormView) {
  return html`
    <fieldset class="section" part="section">
      <legend>${view.t.msg('personal')}</legend>
      <div class="grid">
        ${renderField(view, 'nomNaissance')} ${renderField(view, 'emailContact')} ${renderField(view, 'phone')} ${renderField(view, 'fonction')}
      </div>
    </fieldset>
  `;
}

/** CAF: sédentaire / itinérant, and the opening and closing dates. */
export function renderCafSections(view: AccountFormView) {
  const { t } = view;
  const choose = (value: Workstyle) => view.set('workstyle', value);
  const choice = (value: Workstyle, label: string, hint: string) =>
    radioChoice('workstyle', value, view.values.workstyle === value, choose, html`${label} <span class="choice-hint">(${hint})</span>`);
  return html`
    <fieldset class="section" part="section" role="radiogroup">
      <legend>${t.msg('workplace')}</legend>
      <div class="choices">
        ${choice('sedentaire', t.msg('sedentaire'), t.msg('sedentaireHint'))} ${choice('itinerant', t.msg('itinerant'), t.msg('itinerantHint'))}
      </div>
    </fieldset>
    <fieldset class="section" part="section">
      <legend>${t.msg('dates')}</legend>
      <p class="hint">${t.msg('datesHint')}</p>
      <div class="grid">${renderField(view, 'openingDate')} ${renderField(view, 'closingDate')}</div>
    </fieldset>
  `;
}

function renderIdentifier(view: AccountFormView) {
  return html`<habil-field class="identifier" label=${view.t.msg('identifier')} .value=${view.account?.identifier ?? ''} readonly></habil-field>`;
}

function renderField(view: AccountFormView, name: FieldName) {
  const readonly = name === 'emailPro' && !creating(view);
  const type = name.startsWith('email') ? 'email' : name.startsWith('phone') ? 'tel' : name.endsWith('Date') ? 'date' : 'text';
  return html`
    <habil-field
      name=${name}
      type=${type}
      label=${labelOf(name, view.space, view.t)}
      hint=${hintOf(view, name)}
      .value=${view.values[name]}
      error=${view.errors.get(name) ?? ''}
      autocomplete="off"
      ?required=${REQUIRED.has(name) && !readonly}
      ?readonly=${readonly}
      @input=${(event: Event) => view.set(name, (event.currentTarget as HabilField).value)}
      @change=${capitalsOnCaf(view, name)}
    ></habil-field>
  `;
}

/** CAF: once typed, the nom shows in capitals, as it will be stored. */
function capitalsOnCaf(view: AccountFormView, name: FieldName) {
  if (view.space !== 'caf' || name !== 'nom') return undefined;
  return (event: Event) => {
    const value = (event.currentTarget as HabilField).value;
    const capitals = value.trim() ? cafNom(value) : value;
    if (capitals !== value) view.set(name, capitals);
  };
}

function hintOf(view: AccountFormView, name: FieldName): string {
  if (name === 'nom') return view.space === 'caf' ? view.t.msg('nomCafHint') : '';
  if (name !== 'emailPro') return '';
  if (view.space === 'caf') return creating(view) ? '' : view.t.msg('emailProCafReadOnly');
  return view.t.msg(creating(view) ? 'emailProUcanssHint' : 'emailProUcanssReadOnly');
}

function renderCivilite(view: AccountFormView) {
  const { t } = view;
  const choose = (value: Civilite) => view.set('civilite', value);
  const choice = (value: Civilite, label: string) => radioChoice('civilite', value, view.values.civilite === value, choose, label);
  return renderRequiredRadioGroup({
    legend: t.msg('civilite'),
    requiredWord: view.requiredWord,
    error: view.errors.get('civilite'),
    errorId: 'civilite-error',
    choices: html`<div class="choices inline">${choice('M.', t.msg('monsieur'))} ${choice('Mme', t.msg('madame'))}</div>`,
  });
}
