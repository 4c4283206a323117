/** The responsables habilitations on screen: the convention, the Afas point, the groups and the replacement panel. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Convention, Group } from '../domain/index.js';
import { responsableColumns } from './caf-columns.js';
import type { CafView } from './caf.js';
import type { ConventionsController } from './conventions.js';
import { renderConvention } from './conventions.view.js';
import { GROUPS_TABLE, type ResponsablesController } from './responsables.js';
import { renderFlowPanel, renderHeading, renderList, renderNote, renderNotice, renderPersonPicker } from './section-parts.js';

export function renderResponsables(section: ResponsablesController, conventions: ConventionsController, view: CafView): TemplateResult {
  const { t, w } = view;
  const convention = conventions.current;
  const { canReplace, flow } = section;
  return html`
    ${renderHeading(t, 'responsables')} ${renderConvention(conventions, view)}
    <p class="hint" part="hint">${w.msg('responsablesIntro')}</p>
    ${renderNote('afas-responsable', w.msg('afasResponsableHeading'), w.msg('afasResponsable'))}
    ${canReplace ? nothing : html`<p class="note read-only" part="note">${w.msg('responsablesReadOnly')}</p>`}
    ${convention
      ? html`
          ${renderNotice(view.notice)} ${flow ? renderReplaceFlow(section, convention, flow.group, view) : nothing}
          ${renderList(t, section.list, {
            rows: section.rows,
            caption: w.msg('responsablesCaption', convention.label),
            titled: true,
            id: GROUPS_TABLE,
            columns: responsableColumns(t, w, canReplace, (group) => section.openFlow(group)),
            empty: w.msg('responsablesEmpty'),
            exportparts: 'row-button, replace-button, secondary',
          })}
        `
      : nothing}
  `;
}

function renderReplaceFlow(section: ResponsablesController, convention: Convention, group: Group, view: CafView): TemplateResult {
  const { t, w, client } = view;
  return renderFlowPanel(
    t,
    w.msg('replaceHeading', group.code),
    () => void section.closeFlow(group),
    html`<p class="guide">${w.msg('replaceText', group.responsable.name)}</p>
      ${renderNote('afas-replace', w.msg('afasReplacedHeading'), w.msg('afasReplaced'))}
      ${renderPersonPicker(view, {
        showIdentifier: true,
        client,
        scope: { conventionId: convention.id, active: true },
        caption: w.msg('pickerCaptionConvention', convention.label),
        unavailable: new Map([[group.responsable.id, w.msg('currentResponsable')]]),
        choose: (account) => void section.replace(account),
      })}`,
  );
}
