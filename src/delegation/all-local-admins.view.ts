/**
 * "Tous les administrateurs locaux" on screen: the organisme filter and the read-only list.
 * Loaded with its words when its tab first shows (or is about to: the tab list reached).
 */
import { html, type TemplateResult } from 'lit';
import type { LocalAdmin } from '../domain/index.js';
import { partWords } from '../internal/localize.js';
import '../ui/field/define.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import { AllLocalAdminsController } from './all-local-admins.js';
import { allLocalAdminsMessages, type AllLocalAdminsText } from './all-local-admins.messages.js';
import { delegationColumns, identityColumns } from './columns.js';
import type { DelegationText } from './messages.js';
import type { DelegationContext } from './section-context.js';
import { renderHeading, renderList, type SectionView } from './section-parts.js';
import { addSectionPartStyles } from './section-parts.styles.js';

/** The section, its list read from now on while it shows, and its words. */
export async function createAllLocalAdmins(context: DelegationContext): Promise<(view: SectionView) => TemplateResult> {
  const section = new AllLocalAdminsController(context);
  const w = await partWords(context.host, allLocalAdminsMessages);
  addSectionPartStyles(context.host);
  return (view) => renderAllLocalAdmins(section, w, view);
}

/** Read-only, organisme first. */
function allColumns(t: DelegationText, w: AllLocalAdminsText): DataTableColumn<LocalAdmin>[] {
  return [{ key: 'organismeName', header: w.msg('colOrganisme') }, ...identityColumns(t), ...delegationColumns(t)];
}

function renderAllLocalAdmins(section: AllLocalAdminsController, w: AllLocalAdminsText, { t }: SectionView): TemplateResult {
  const task = section.list;
  return html`
    ${renderHeading(t, 'all-local-admins')}
    <p class="hint" part="hint">${w.msg('allIntro')}</p>
    <div class="toolbar" part="toolbar">
      <habil-field
        class="filter"
        type="select"
        label=${w.msg('organismeFilter')}
        empty-option-label=${w.msg('allOrganismes')}
        .options=${section.organismeOptions}
        .value=${section.organismeId}
        @change=${(event: Event) => section.filter((event.target as HabilField).value)}
      ></habil-field>
    </div>
    ${renderList(t, task, { rows: section.rows, caption: w.msg('allCaption'), columns: allColumns(t, w), empty: w.msg('allEmpty'), exportparts: 'link', rowKey: 'accountId' })}
  `;
}
