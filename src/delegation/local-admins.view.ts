/** "Vos administrateurs locaux" on screen: the list, its toolbar, and the panel where a person is named. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderPart } from '../internal/lazy-part-view.js';
import { renderLoading } from '../internal/loading-styles.js';
import type { AccountFormSubmitDetail } from '../account-parts/account-form.js';
import { mineColumns } from './columns.js';
import type { FlowOf } from './flow.js';
import { LOCAL_ADMINS_TABLE, type LocalAdminsController } from './local-admins.js';
import { renderFlowPanel, renderHeading, renderList, renderNotice, renderPersonPicker, type SectionView } from './section-parts.js';

export function renderLocalAdmins(section: LocalAdminsController, view: SectionView): TemplateResult {
  const { t, me } = view;
  const task = section.list;
  const rows = section.rows;
  const flow = section.flow;
  return html`
    ${renderHeading(t, 'local-admins')}
    <p class="hint" part="hint">${t.msg('mineIntro', me.organisme.name)}</p>
    <div class="toolbar" part="toolbar">
      <button
        type="button"
        id="new-local-admin"
        class="button button--primary"
        aria-expanded=${flow ? 'true' : 'false'}
        aria-controls=${flow ? 'flow' : nothing}
        @click=${() => section.openFlow()}
      >
        ${t.msg('newLocalAdmin')}
      </button>
    </div>
    ${renderNotice(view.notice)} ${flow ? renderNameFlow(section, view, flow) : nothing} ${renderList(t, task, {
      rows,
      caption: t.msg('mineCaption'),
      titled: true,
      columns: mineColumns(t, rows, (row) => void section.revoke(row)),
      empty: t.msg('mineEmpty'),
      exportparts: 'row-button, revoke-button, row-note, link',
      rowKey: 'accountId',
      id: LOCAL_ADMINS_TABLE,
    })}
    ${rows.length === 1 && !rows[0]!.actions.includes('revoke') ? html`<p class="hint" part="hint">${t.msg('lastLocalAdminHint')}</p>` : nothing}
  `;
}

function renderNameFlow(section: LocalAdminsController, view: SectionView, flow: FlowOf<'name-local-admin'>): TemplateResult {
  const { t, client, me } = view;
  const creating = flow.step === 'create';
  return renderFlowPanel(
    t,
    t.msg(creating ? 'formHeading' : 'delegationHeading'),
    () => void section.closeFlow(),
    html`${creating
      ? renderPart(
          view.parts.accountForm,
          () =>
            html`<habil-account-form
              mode="create"
              space="ucanss"
              today=${me.today}
              ?submitting=${section.creatingAccount}
              .serverErrors=${flow.serverErrors}
              @habil-account-form-submit=${(event: CustomEvent<AccountFormSubmitDetail>) => {
                if (event.detail.draft) void section.createAccount(event.detail.draft);
              }}
              @habil-account-form-cancel=${() => void section.goToStep('choose')}
            ></habil-account-form>`,
          () => renderLoading(view.loading),
        )
      : html`<div class="flow-actions">
            <button type="button" id="new-account" class="button" @click=${() => void section.goToStep('create')}>
              ${t.msg('newAccount')}
            </button>
          </div>
          <p class="guide">
            <em
              >${t.msg(me.roles.includes('local-admin') ? 'delegationAsLocalAdmin' : 'delegationAsUcanssAdmin', me.account.civilite)}
              ${t.msg('delegationText')}</em
            >
          </p>`}
    ${renderPersonPicker(view, {
      hidden: creating,
      client,
      scope: { inMyOrganisme: true, active: true },
      caption: t.msg('pickerCaptionOrganisme', me.organisme.name),
      unavailable: section.unavailable,
      choose: (account) => void section.name(account),
    })}`,
  );
}
