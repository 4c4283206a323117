/** "Tous les administrateurs locaux" on screen: the organisme filter and the read-only list. */
import { html, type TemplateResult } from 'lit';
import type { HabilField } from '../ui/field/field.js';
import type { AllLocalAdminsController } from './all-local-admins.js';
import { allColumns } from './columns.js';
import { renderHeading, renderList, type SectionView } from './section-parts.js';

export function renderAllLocalAdmins(section: AllLocalAdminsController, { t }: SectionView): TemplateResult {
  const task = section.list;
  return html`
    ${renderHeading(t, 'all-local-admins')}
    <p class="hint" part="hint">${t.msg('allIntro')}</p>
    <div class="toolbar" part="toolbar">
      <habil-field
        class="filter"
        type="select"
        label=${t.msg('organismeFilter')}
        empty-option-label=${t.msg('allOrganismes')}
        .options=${section.organismeOptions}
        .value=${section.organismeId}
        @change=${(event: Event) => section.filter((event.target as HabilField).value)}
      ></habil-field>
    </div>
    ${renderList(t, task, { rows: section.rows, caption: t.msg('allCaption'), columns: allColumns(t), empty: t.msg('allEmpty'), exportparts: 'link', rowKey: 'accountId' })}
  `;
}
