/** What naming and revoking a local administrator show: the panel where a person is named, and what happened after revoking one's own delegation. */
import { html, type TemplateResult } from 'lit';
import type { AccountFormSubmitDetail } from '../account-parts/account-form.js';
import { renderPart } from '../internal/lazy-part-view.js';
import { renderLoading } from '../internal/loading-styles.js';
import type { FlowOf } from './flow.js';
import type { LocalAdminActions } from './local-admin-actions.js';
import type { LocalAdminActionsText } from './local-admin-actions.messages.js';
import type { LocalAdminsController } from './local-admins.js';
import { renderFlowPanel, renderPersonPicker, type SectionView } from './section-parts.js';

/** What takes focus once the user revoked his own delegation: what happened, in words. */
export const SELF_REVOKED = '#self-revoked';

export function renderNameFlow(section: LocalAdminsController, actions: LocalAdminActions, view: SectionView, flow: FlowOf<'name-local-admin'>): TemplateResult {
  const { t, client, me } = view;
  const w = actions.w;
  const creating = flow.step === 'create';
  return renderFlowPanel(
    t,
    w.msg(creating ? 'formHeading' : 'delegationHeading'),
    () => void section.closeFlow(),
    html`${creating
      ? renderPart(
          view.parts.accountForm,
          () =>
            html`<habil-account-form
              mode="create"
              space="ucanss"
              today=${me.today}
              ?submitting=${actions.creatingAccount}
              .serverErrors=${flow.serverErrors}
              @habil-account-form-submit=${(event: CustomEvent<AccountFormSubmitDetail>) => {
                if (event.detail.draft) void actions.createAccount(event.detail.draft);
              }}
              @habil-account-form-cancel=${() => void actions.goToStep('choose')}
            ></habil-account-form>`,
          () => renderLoading(view.loading),
        )
      : html`<div class="flow-actions">
            <button type="button" id="new-account" class="button" @click=${() => void actions.goToStep('create')}>
              ${w.msg('newAccount')}
            </button>
          </div>
          <p class="guide">
            <em
              >${w.msg(me.roles.includes('local-admin') ? 'delegationAsLocalAdmin' : 'delegationAsUcanssAdmin', me.account.civilite)}
              ${w.msg('delegationText')}</em
            >
          </p>`}
    ${renderPersonPicker(view, {
      hidden: creating,
      client,
      scope: { inMyOrganisme: true, active: true },
      caption: w.msg('pickerCaptionOrganisme', me.organisme.name),
      unavailable: actions.unavailable,
      choose: (account) => void actions.name(account),
    })}`,
  );
}

/**
 * The user revoked his own delegation: where the section he managed was, what happened and
 * what it means, under a title that takes focus (the button he pressed went with the section).
 */
export function renderOwnDelegationRevoked(w: LocalAdminActionsText, organisme: string): TemplateResult {
  return html`<section class="self-revoked" part="self-revoked" aria-labelledby="self-revoked">
    <h2 id="self-revoked" class="heading" tabindex="-1">${w.msg('selfRevokedHeading')}</h2>
    <p>${w.msg('selfRevoked', organisme)}</p>
  </section>`;
}
