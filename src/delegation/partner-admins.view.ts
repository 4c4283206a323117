/** The partner administrators on screen: the convention, the count and the limit (R12), "Désigner" and its panel, the list. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Convention } from '../domain/index.js';
import { MAX_PARTNER_ADMINS } from '../domain/index.js';
import { partnerAdminColumns } from './caf-columns.js';
import type { CafView } from './caf.js';
import type { ConventionsController } from './conventions.js';
import { renderConvention } from './conventions.view.js';
import { PARTNER_ADMINS_TABLE, type PartnerAdminsController } from './partner-admins.js';
import { renderFlowPanel, renderHeading, renderList, renderNotice, renderPersonPicker } from './section-parts.js';

export function renderPartnerAdmins(section: PartnerAdminsController, conventions: ConventionsController, view: CafView): TemplateResult {
  const { t, w } = view;
  const convention = conventions.current;
  return html`
    ${renderHeading(t, 'partner-admins')} ${renderConvention(conventions, view)}
    <p class="hint" part="hint">${w.msg('partnerAdminsIntro')}</p>
    ${convention ? renderPartnerList(section, convention, view) : nothing}
  `;
}

function renderPartnerList(section: PartnerAdminsController, convention: Convention, view: CafView): TemplateResult {
  const { t, w } = view;
  const { rows, loaded, atLimit, canAppoint, flow } = section;
  const max = t.formatNumber(MAX_PARTNER_ADMINS);
  return html`
    <p class="count" part="count" id="partner-count">
      ${loaded ? w.msg('partnerAdminsCount', t.formatNumber(rows.length), max, rows.length) : nothing}
      ${canAppoint && atLimit ? html`<span class="limit">${w.msg('partnerAdminsLimit', max, MAX_PARTNER_ADMINS)}</span>` : nothing}
    </p>
    ${canAppoint
      ? html`<div class="toolbar" part="toolbar">
          <button
            type="button"
            id="appoint"
            class="button button--primary"
            aria-disabled=${atLimit || !loaded ? 'true' : 'false'}
            aria-describedby="partner-count"
            aria-expanded=${flow ? 'true' : 'false'}
            aria-controls=${flow ? 'flow' : nothing}
            @click=${() => section.openFlow()}
          >
            ${w.msg('appoint')}
          </button>
        </div>`
      : html`<p class="note read-only" part="note">${w.msg('partnerAdminsReadOnly')}</p>`}
    ${renderNotice(view.notice)} ${flow ? renderAppointFlow(section, convention, view) : nothing}
    ${renderList(t, section.list, {
      rows,
      caption: w.msg('partnerAdminsCaption', convention.partnerName),
      titled: true,
      columns: partnerAdminColumns(t, w, canAppoint, (row) => void section.withdraw(row)),
      empty: w.msg('partnerAdminsEmpty'),
      exportparts: 'row-button, withdraw-button, link',
      rowKey: 'accountId',
      id: PARTNER_ADMINS_TABLE,
    })}
  `;
}

function renderAppointFlow(section: PartnerAdminsController, convention: Convention, view: CafView): TemplateResult {
  const { t, w, client } = view;
  return renderFlowPanel(
    t,
    w.msg('appointHeading'),
    () => void section.closeFlow(),
    html`<p class="guide">${w.msg('appointText', convention.partnerName)}</p>
      ${renderPersonPicker(view, {
        showIdentifier: true,
        client,
        scope: { conventionId: convention.id, active: true },
        caption: w.msg('pickerCaptionConvention', convention.label),
        unavailable: section.unavailable,
        choose: (account) => void section.appoint(account),
      })}`,
  );
}
