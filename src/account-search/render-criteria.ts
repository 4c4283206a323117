/** The introduction and the search form of `<habil-account-search>`, drawn from the search's draft. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { HabilField } from '../ui/field/field.js';
import type { SearchController } from './search.js';
import type { SearchContext } from './search-context.js';
import type { AccountSearchWords } from './widget.js';

/** Enter in a text criterion searches (the inputs live in the fields' shadow roots, out of the form's implicit submission); not in a list. */
function submitOnEnterInText(event: KeyboardEvent): void {
  const field = event.target as HTMLElement;
  if (event.key !== 'Enter' || field.localName !== 'habil-field') return;
  const type = (field as HabilField).type;
  if (type === 'select' || type === 'textarea') return;
  event.preventDefault();
  (event.currentTarget as HTMLFormElement).requestSubmit();
}

/** What the introduction and the form are drawn from. */
type CriteriaContext = Pick<SearchContext, 'space' | 'applications' | 'groups' | 'convention'>;

export function renderIntro(t: AccountSearchWords, context: CriteriaContext) {
  if (context.space === 'ucanss') return html`<p class="intro">${t.msg('introUcanss')}</p>`;
  return html`
    ${context.convention
      ? html`<dl class="convention">
          <div>
            <dt>${t.msg('convention')}</dt>
            <dd>${context.convention.label}</dd>
          </div>
          <div>
            <dt>${t.msg('partner')}</dt>
            <dd>${context.convention.partnerName}</dd>
          </div>
        </dl>`
      : nothing}
    <p class="intro">${t.msg('introCaf')}</p>
  `;
}

export function renderCriteria(t: AccountSearchWords, search: SearchController, context: CriteriaContext) {
  const d = search.draft;
  const caf = context.space === 'caf';
  const onTextInput = (event: Event) => {
    const field = event.target as HabilField;
    search.setDraft({ [field.name as 'nom' | 'prenom' | 'identifier']: field.value }, { debounce: true });
  };
  const text = (name: 'nom' | 'prenom' | 'identifier', label: string) => html`
    <habil-field name=${name} label=${label} autocomplete="off" .value=${live(d[name])} @input=${onTextInput}></habil-field>
  `;
  const identity = caf
    ? html`
        ${text('identifier', t.msg('identifierCaf'))} ${text('nom', t.msg('nom'))} ${text('prenom', t.msg('prenom'))}
        <habil-field
          name="groupId"
          type="select"
          label=${t.msg('group')}
          empty-option-label=${t.msg('allGroups')}
          .options=${context.groups.map((group) => ({ value: group.id, label: `${group.code} – ${group.label}` }))}
          .value=${live(d.groupId)}
          @change=${(event: Event) => search.setDraft({ groupId: (event.target as HabilField).value })}
        ></habil-field>
        ${renderYesNo(t, search, 'active', t.msg('accountStatusCaf'), t.msg('activeCaf'), t.msg('inactiveCaf'))}
      `
    : html`
        ${text('nom', t.msg('nom'))} ${text('prenom', t.msg('prenom'))} ${text('identifier', t.msg('identifier'))}
        ${renderYesNo(t, search, 'inMyOrganisme', t.msg('inMyOrganisme'), t.msg('yes'), t.msg('no'))}
        ${renderYesNo(t, search, 'active', t.msg('accountStatus'), t.msg('activeUcanss'), t.msg('inactiveUcanss'))}
        ${renderYesNo(t, search, 'add', t.msg('withAdd'), t.msg('yes'), t.msg('no'))}
      `;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    search.search();
  };
  return html`
    <form part="filters" role="search" aria-label=${t.msg('filters')} @submit=${onSubmit} @keydown=${submitOnEnterInText}>
      <fieldset class="filter-group">
        <legend>${t.msg('identity')}</legend>
        <div class="filter-grid">${identity}</div>
      </fieldset>
      ${caf ? nothing : renderRoleCriteria(t, search, context)}
      <div class="form-actions">
        <button type="submit" class="button button--primary" part="search-button">${t.msg('search')}</button>
        <button type="button" class="button" part="reset-button" @click=${() => search.reset()}>${t.msg('resetFilters')}</button>
      </div>
    </form>
  `;
}

/**
 * Before the context is read: the introduction and the form as a UCANSS administrator gets them,
 * unseen and out of reach (`.placeholder`), only for their room, so that the results drawn below
 * them while loading stay where they are when the real ones come.
 */
export function renderCriteriaPlaceholder(t: AccountSearchWords, search: SearchController) {
  const provisional: CriteriaContext = { space: 'ucanss', applications: [], groups: [] };
  return html`<div class="placeholder" .inert=${true}>${renderIntro(t, provisional)} ${renderCriteria(t, search, provisional)}</div>`;
}

function renderRoleCriteria(t: AccountSearchWords, search: SearchController, context: CriteriaContext) {
  const d = search.draft;
  const options = context.applications
    .flatMap((application) => application.roles.map((role) => ({ value: role.id, label: role.label })))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr', { sensitivity: 'base' }));
  return html`
    <fieldset class="filter-group">
      <legend>${t.msg('roleInfo')}</legend>
      <div class="filter-grid">
        <habil-field
          name="roleId"
          type="select"
          label=${t.msg('role')}
          empty-option-label=${t.msg('noRole')}
          .options=${options}
          .value=${live(d.roleId)}
          @change=${(event: Event) => search.setDraft({ roleId: (event.target as HabilField).value })}
        ></habil-field>
        <fieldset class="yes-no" ?disabled=${!d.roleId} aria-describedby=${d.roleId ? nothing : 'has-role-hint'}>
          <legend>${t.msg('hasRole')}</legend>
          <div class="choices">
            ${[true, false].map(
              (value) => html`<label>
                <input type="radio" name="hasRole" .checked=${live(d.hasRole === value)} @change=${() => search.setDraft({ hasRole: value })} />${t.msg(
                  value ? 'yes' : 'no',
                )}
              </label>`,
            )}
          </div>
          ${d.roleId ? nothing : html`<p id="has-role-hint" class="hint">${t.msg('hasRoleHint')}</p>`}
        </fieldset>
      </div>
    </fieldset>
  `;
}

function renderYesNo(t: AccountSearchWords, search: SearchController, name: 'inMyOrganisme' | 'active' | 'add', legend: string, yes: string, no: string) {
  const value = search.draft[name];
  const choices: [boolean | undefined, string][] = [
    [undefined, t.msg('anyValue')],
    [true, yes],
    [false, no],
  ];
  return html`
    <fieldset class="yes-no">
      <legend>${legend}</legend>
      <div class="choices">
        ${choices.map(
          ([choice, label]) => html`<label>
            <input type="radio" name=${name} .checked=${live(value === choice)} @change=${() => search.setDraft({ [name]: choice })} />${label}
          </label>`,
        )}
      </div>
    </fieldset>
  `;
}
