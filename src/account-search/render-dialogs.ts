/**
 * The dialogs of `<habil-account-search>` drawn: the record and history, the account form, what
 * changed meanwhile, and on CAF those of a user's groups, once their parts are loaded.
 */
import { html, nothing } from 'lit';
import type { HabilEventMap } from '../internal/events.js';
import { keyed } from 'lit/directives/keyed.js';
import type { AccountDialogsController } from './account-dialogs.js';
import type { ActionWords } from './actions.messages.js';
import { grantableApplications } from './roles.js';
import { nameOf, type SearchContext } from './search-context.js';
import type { AccountSearchWidget } from './widget.js';

/** CAF: « Ajouter à un groupe », « Gérer l'appartenance » and the new responsables of a responsable's groups. */
export function renderCafDialogs(widget: AccountSearchWidget, { parts }: AccountDialogsController) {
  // Fired again by the account search, as its own.
  type MemberEvent = HabilEventMap['habil-member-added'];
  const relay = (type: 'habil-member-added' | 'habil-member-updated' | 'habil-member-removed') => (event: MemberEvent) => widget.emit(type, event.detail);
  return html`
    ${parts.memberships.loaded
      ? html`<habil-user-memberships
          id="memberships"
          exportparts="dialog: memberships-dialog"
          .client=${widget.api()}
          @habil-member-added=${relay('habil-member-added')}
          @habil-member-updated=${relay('habil-member-updated')}
          @habil-member-removed=${relay('habil-member-removed')}
        ></habil-user-memberships>`
      : nothing}
    ${parts.responsable.loaded ? html`<habil-responsable-dialog id="responsable" exportparts="dialog: responsable-dialog"></habil-responsable-dialog>` : nothing}
  `;
}

/** After a stale write (R15): the values another person saved meanwhile. */
export function renderChangedMeanwhile(t: ActionWords, changes: [string, string][]) {
  return html`<p>${t.msg('currentValues')}</p>
    <ul>
      ${changes.map(([field, value]) => html`<li>${field} : ${value}</li>`)}
    </ul>`;
}

export function renderDetailsDialog(t: ActionWords, closeLabel: string, dialogs: AccountDialogsController) {
  const details = dialogs.details;
  const name = details?.row.name ?? '';
  const canHistory = details?.row.actions.includes('history') ?? false;
  return html`
    <dialog id="details-dialog" part="details-dialog" aria-labelledby="details-heading" @close=${() => dialogs.onDetailsClosed()}>
      ${details
        ? html`
            <div class="dialog-header">
              <h2 id="details-heading">${t.msg(details.view === 'details' ? 'detailsHeading' : 'historyHeading', name)}</h2>
              <button type="button" class="button" @click=${() => dialogs.closeDetails()}>${closeLabel}</button>
            </div>
            ${canHistory
              ? html`<div class="view-switch" role="group" aria-label=${name}>
                  <button type="button" class="button" aria-pressed=${details.view === 'details' ? 'true' : 'false'} @click=${() => dialogs.loadDetails('details')}>
                    ${t.msg('viewDetails')}
                  </button>
                  <button type="button" class="button" aria-pressed=${details.view === 'history' ? 'true' : 'false'} @click=${() => dialogs.loadDetails('history')}>
                    ${t.msg('viewHistory')}
                  </button>
                </div>`
              : nothing}
            <habil-alert class=${details.error ? 'spoken' : ''} .error=${details.error}></habil-alert>
            <habil-account-details
              .account=${details.account}
              .history=${details.history}
              .view=${details.view}
              ?loading=${!details.error && (!details.account || (details.view === 'history' && !details.history))}
            ></habil-account-details>
          `
        : nothing}
    </dialog>
  `;
}

export function renderFormDialog(t: ActionWords, dialogs: AccountDialogsController, context: SearchContext | undefined) {
  const form = dialogs.form;
  const caf = context?.space === 'caf';
  const heading = !form
    ? ''
    : form.mode === 'create'
      ? t.msg(caf ? 'formCreateHeadingCaf' : 'formCreateHeading')
      : t.msg('formEditHeading', form.account ? nameOf(form.account) : '');
  return html`
    <dialog id="form-dialog" part="form-dialog" aria-labelledby="form-heading" @close=${() => dialogs.onFormClosed()} @cancel=${(event: Event) => void dialogs.cancelForm(event)}>
      ${form && context
        ? html`
            <div class="dialog-header">
              <h2 id="form-heading">${heading}</h2>
            </div>
            <habil-alert class=${form.error || form.message ? 'spoken' : ''} .error=${form.error} heading=${form.errorHeading ?? ''}>
              ${form.changedMeanwhile?.length ? renderChangedMeanwhile(t, form.changedMeanwhile) : nothing}
              ${form.message ? html`<p>${form.message}</p>` : nothing}
            </habil-alert>
            ${keyed(
              dialogs.formSerial,
              html`<habil-account-form
                mode=${form.mode}
                space=${context.space}
                .account=${form.account}
                .conventionId=${context.convention?.id}
                .applications=${form.mode === 'create' ? grantableApplications(context) : []}
                today=${context.me.today}
                ?submitting=${dialogs.submitting}
                .serverErrors=${form.serverErrors}
                @habil-account-form-submit=${(event: Parameters<AccountDialogsController['onFormSubmit']>[0]) => void dialogs.onFormSubmit(event)}
                @habil-account-form-cancel=${() => void dialogs.cancelForm()}
              ></habil-account-form>`,
            )}
          `
        : nothing}
    </dialog>
  `;
}
