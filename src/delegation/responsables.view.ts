/** The responsables habilitations on screen: the convention, the Afas point, the groups and the replacement panel. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Convention, Group } from '../domain/index.js';
import { responsableColumns } from './columns.js';
import type { ConventionsController } from './conventions.js';
import { renderConvention } from './conventions.view.js';
import { GROUPS_TABLE, type ResponsablesController } from './responsables.js';
import { renderFlowPanel, renderHeading, renderList, renderNote, renderNotice, renderPersonPicker, type SectionView } from './section-parts.js';

export function renderResponsables(section: ResponsablesController, conventions: ConventionsController, view: SectionView): TemplateResult {
  const { t } = view;
  const convention = conventions.current;
  const { canReplace, flow } = section;
  return html`
    ${renderHeading(t, 'responsables')} ${renderConvention(conventions, view)}
    <p class="hint" part="hint">${t.msg('responsablesIntro')}</p>
    ${renderNote('afas-responsable', t.msg('afasResponsableHeading'), t.msg('afasResponsable'))}
    ${canReplace ? nothing : html`<p class="note read-only" part="note">${t.msg('responsablesReadOnly')}</p>`}
    ${convention
      ? html`
          ${renderNotice(view.notice)} ${flow ? renderReplaceFlow(section, convention, flow.group, view) : nothing}
          ${renderList(t, section.list, {
            rows: section.rows,
            caption: t.msg('responsablesCaption', convention.label),
            titled: true,
            id: GROUPS_TABLE,
            columns: responsableColumns(t, canReplace, (group) => section.openFlow(group)),
            empty: t.msg('responsablesEmpty'),
            exportparts: 'row-button, replace-button, secondary',
          })}
        `
      : nothing}
  `;
}

function renderReplaceFlow(section: ResponsablesController, convention: Convention, group: Group, view: SectionView): TemplateResult {
  const { t, client } = view;
  return renderFlowPanel(
    t,
    t.msg('replaceHeading', group.code),
    () => void section.closeFlow(group),
    html`<p class="guide">${t.msg('replaceText', group.responsable.name)}</p>
      ${renderNote('afas-replace', t.msg('afasReplacedHeading'), t.msg('afasReplaced'))}
      ${renderPersonPicker(view, {
        showIdentifier: true,
        client,
        scope: { conventionId: convention.id, active: true },
        caption: t.msg('pickerCaptionConvention', convention.label),
        unavailable: new Map([[group.responsable.id, t.msg('currentResponsable')]]),
        choose: (account) => void section.replace(account),
      })}`,
  );
}
