/** The convention a CAF section is about: named when there is one, chosen when the person works under several. */
import { TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import '../ui/field/define.js';
import type { HabilField } from '../ui/field/field.js';
import type { CafView } from './caf.js';
import type { ConventionsController } from './conventions.js';
import { renderListError } from './section-parts.js';

export function renderConvention(conventions: ConventionsController, { t, w, loading }: CafView): TemplateResult {
  const task = conventions.list;
  if (task.status === TaskStatus.ERROR) return renderListError(t, task);
  const all = conventions.all;
  const current = conventions.current;
  if (!current) {
    return task.status === TaskStatus.PENDING ? html`<p class="hint" role="status">${loading}</p>` : html`<p class="hint">${w.msg('noConvention')}</p>`;
  }
  if (all.length === 1) return html`<p class="convention" part="convention">${w.msg('conventionOf', current.label, current.partnerName)}</p>`;
  return html`<div class="toolbar" part="toolbar convention">
    <habil-field
      class="filter"
      type="select"
      label=${w.msg('convention')}
      .options=${all.map((c) => ({ value: c.id, label: `${c.label} — ${c.partnerName}` }))}
      .value=${current.id}
      @change=${(event: Event) => conventions.choose((event.target as HabilField).value)}
    ></habil-field>
  </div>`;
}
