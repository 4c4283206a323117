/** "Vos contacts" on screen: the local administrators of the person's organisme, to write to. */
import { html, type TemplateResult } from 'lit';
import { contactColumns } from './columns.js';
import type { ContactsController } from './contacts.js';
import { renderList, type SectionView } from './section-parts.js';

export function renderContacts(section: ContactsController, { t, me }: SectionView): TemplateResult {
  const task = section.list;
  return html`<section class="panel" aria-labelledby="contacts-heading">
    <h2 id="contacts-heading" class="heading" part="heading">${t.msg('contactsHeading')}</h2>
    <p class="hint" part="hint">${t.msg('contactsIntro', me.organisme.name)}</p>
    ${renderList(t, task, { rows: section.rows, caption: t.msg('contactsHeading'), columns: contactColumns(t), empty: t.msg('contactsEmpty'), exportparts: 'link', rowKey: 'accountId' })}
  </section>`;
}
