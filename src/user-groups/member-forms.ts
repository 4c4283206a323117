/** The forms of `<habil-group-members>`: "Rattacher un utilisateur", and the dialog that changes a membership's dates. */
import { html, nothing } from 'lit';
import type { AccountDetail, AccountSummary, Group, MembershipOfAccount } from '../domain/index.js';
import { submitOnEnter } from '../internal/forms.js';
import type { HabilField } from '../ui/field/field.js';
import { periodText, renderUserChoice } from './form-support.js';
import type { GroupMembersWords } from './group-members.messages.js';
import { periodState } from './hierarchy.js';
import type { MemberWritesController } from './member-writes.js';
import { renderNotice } from './notice.js';
import { personName, userOptionLabel } from './people.js';

function renderDate(
  t: GroupMembersWords,
  field: { name: string; label: string; value: string; required: boolean },
  errors: ReadonlyMap<string, string>,
  set: (value: string) => void,
) {
  return html`<habil-field
    name=${field.name}
    type="date"
    label=${field.label}
    hint=${field.required ? '' : t.msg('closingDateHint')}
    .value=${field.value}
    error=${errors.get(field.name) ?? ''}
    ?required=${field.required}
    @input=${(event: Event) => set((event.currentTarget as HabilField).value)}
  ></habil-field>`;
}

/** "Groupes actuels de Karim BENALI : CDAP T2 (depuis le 27/03/2018)". */
function currentGroupsText(t: GroupMembersWords, person: { prenom: string; nom: string }, memberships: readonly MembershipOfAccount[]): string {
  return t.msg('chosenUserGroups', personName(person), memberships.map((m) => `${m.groupCode} (${periodText(t, m)})`).join(', '));
}

export interface AttachFormView {
  t: GroupMembersWords;
  /** The kit's « Chargement… ». */
  loadingText: string;
  group: Group;
  today: string;
  writes: MemberWritesController;
  /** The users who may be attached. */
  users: readonly AccountSummary[];
  /** The user chosen, as read with his groups (undefined while he is read). */
  chosen: AccountDetail | undefined;
  chosenFailed: boolean;
  /** Offers "Créer un utilisateur…". */
  canCreateUser: boolean;
  onCreateUser: () => void;
}

function renderChosenUserGroups(view: AttachFormView) {
  const { t, chosen: account } = view;
  const accountId = view.writes.attach.values.accountId;
  if (!accountId) return nothing;
  if (!account || account.id !== accountId) return view.chosenFailed ? t.msg('otherGroupsUnknown') : view.loadingText;
  const current = account.memberships.filter((m) => periodState(m, view.today) !== 'ended');
  if (current.length === 0) return t.msg('chosenUserNoGroup', personName(account));
  return currentGroupsText(t, account, current);
}

export function renderAttachForm(view: AttachFormView) {
  const { t, group, writes } = view;
  const form = writes.attach;
  const errors = writes.attachErrors();
  const options = view.users.map((user) => ({ value: user.id, label: userOptionLabel(user) }));
  const sending = writes.attaching;
  return html`
    <section part="attach" class="attach" aria-labelledby="attach-heading">
      <h3 id="attach-heading">${t.msg('attachHeading', group.code)}</h3>
      <form
        id="attach-form"
        novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          void writes.submitAttach();
        }}
        @keydown=${submitOnEnter}
      >
        <p class="required-legend">${t.msg('requiredLegend')}</p>
        ${renderNotice(form.failure ? { variant: 'error', text: writes.refusalText(form.failure, t.msg('whatAttach', group.code)), error: form.failure } : undefined)}
        ${renderUserChoice(t, {
          name: 'accountId',
          label: t.msg('fieldUser'),
          hint: t.msg('userHint'),
          options,
          value: form.values.accountId,
          error: errors.get('accountId') ?? '',
          onChange: (value) => writes.setAttach('accountId', value),
          ...(view.canCreateUser ? { create: { onClick: view.onCreateUser } } : {}),
        })}
        <p class="chosen-groups" aria-live="polite">${renderChosenUserGroups(view)}</p>
        <div class="grid">
          ${renderDate(t, { name: 'openingDate', label: t.msg('fieldOpeningDate'), value: form.values.openingDate, required: true }, errors, (v) =>
            writes.setAttach('openingDate', v),
          )}
          ${renderDate(t, { name: 'closingDate', label: t.msg('fieldClosingDate'), value: form.values.closingDate, required: false }, errors, (v) =>
            writes.setAttach('closingDate', v),
          )}
        </div>
        <div class="actions">
          <button type="submit" class="button button--primary" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? t.msg('saving') : t.msg('attachSubmit')}
          </button>
        </div>
      </form>
    </section>
  `;
}

export interface DatesDialogView {
  t: GroupMembersWords;
  /** The kit's « Annuler ». */
  cancelLabel: string;
  group: Group;
  writes: MemberWritesController;
  /** The other current groups of the member whose dates change. */
  otherGroups: readonly MembershipOfAccount[] | undefined;
}

export function renderDatesDialog(view: DatesDialogView) {
  const { t, group, writes } = view;
  const membership = writes.editing;
  const errors = writes.editErrors();
  const values = writes.edit.values;
  const others = view.otherGroups;
  const sending = writes.savingDates;
  const close = (event: Event) => (event.currentTarget as HTMLElement).closest('dialog')?.close();
  return html`
    <dialog id="edit-dialog" aria-labelledby="edit-heading" @close=${() => writes.editClosed()}>
      ${membership
        ? html`
            <h2 id="edit-heading">${t.msg('editHeading', personName(membership), group.code)}</h2>
            <p>${group.parentCode ? t.msg('editParent', group.parentCode) : t.msg('editNoParent')}</p>
            ${others && others.length > 0 ? html`<p>${currentGroupsText(t, membership, others)}</p>` : nothing}
            ${renderNotice(writes.editNotice(membership))}
            <form
              novalidate
              @submit=${(event: SubmitEvent) => {
                event.preventDefault();
                void writes.submitEdit();
              }}
              @keydown=${submitOnEnter}
            >
              <div class="grid">
                ${renderDate(t, { name: 'openingDate', label: t.msg('fieldOpeningDate'), value: values.openingDate, required: true }, errors, (v) =>
                  writes.setEdit('openingDate', v),
                )}
                ${renderDate(t, { name: 'closingDate', label: t.msg('fieldClosingDate'), value: values.closingDate, required: false }, errors, (v) =>
                  writes.setEdit('closingDate', v),
                )}
              </div>
              <div class="actions">
                <button type="button" class="button" @click=${close}>${view.cancelLabel}</button>
                <button type="submit" class="button button--primary" aria-disabled=${sending ? 'true' : 'false'}>
                  ${sending ? t.msg('saving') : t.msg('saveChanges')}
                </button>
              </div>
            </form>
          `
        : nothing}
    </dialog>
  `;
}
