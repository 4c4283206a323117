/**
 * « Historique de mes demandes » (date, role and status in the guide's words, with the date by
 * which a pending request is decided, R4, and the reason of a refusal) and « Mes contacts » (the
 * local administrators of my organisme) of `<habil-my-access>`, loaded when either first shows.
 */
import { html, nothing } from 'lit';
import type { AccessRequest, LocalAdmin } from '../domain/index.js';
import { REQUEST_STATUS_LABELS } from '../domain/labels.js';
import { renderNativeTable } from '../internal/native-table.js';
import type { HistoryContactsText } from './history-contacts.messages.js';

/** Where UCANSS administrators are reached (FAQ, "qui contacter ?"). */
const UCANSS_CONTACT = 'habilitations@ucanss.fr';

const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

export function renderRequests(t: HistoryContactsText, requests: readonly AccessRequest[]) {
  return html`<p class="hint" part="hint">${t.msg('requestsIntro')}</p>
    ${requests.length === 0
      ? html`<p class="empty">${t.msg('requestsEmpty')}</p>`
      : html`<div class="table-scroll">
          ${renderNativeTable({
            part: 'table',
            caption: t.msg('requestsCaption'),
            columns: [t.msg('colDate'), t.msg('colRole'), t.msg('colStatus')],
            body: html`<tbody>
              ${requests.map((request) => renderRequest(t, request))}
            </tbody>`,
          })}
        </div>`}`;
}

function renderRequest(t: HistoryContactsText, request: AccessRequest) {
  const decidedAt = t.formatDate(request.decidedAt);
  return html`<tr data-request-id=${request.id}>
    <td class="nowrap">${t.formatDateTime(request.requestedAt)}</td>
    <th scope="row">${request.roleLabel}<span class="secondary">${request.applicationName}</span></th>
    <td>
      <span class="status status--${request.status}" part="status">${REQUEST_STATUS_LABELS[request.status][t.lang]}</span>
      ${request.status === 'en_attente' ? html`<span class="secondary">${t.msg('deadline', t.formatDate(request.deadline))}</span>` : nothing}
      ${request.status !== 'en_attente' && decidedAt
        ? html`<span class="secondary">${request.decidedBy ? t.msg('decided', request.decidedBy.name, decidedAt) : t.msg('decidedOn', decidedAt)}</span>`
        : nothing}
      ${request.reason ? html`<span class="secondary">${t.msg('reason', request.reason)}</span>` : nothing}
    </td>
  </tr>`;
}

export function renderContacts(t: HistoryContactsText, data: { contacts: readonly LocalAdmin[]; organismeName: string }) {
  const ucanss = html`<p class="hint" part="hint">
    ${t.msg('contactsUcanss')} <a part="link" href="mailto:${UCANSS_CONTACT}">${UCANSS_CONTACT}</a>.
  </p>`;
  if (data.contacts.length === 0) return html`<p class="empty">${t.msg('contactsEmpty', data.organismeName)}</p>${ucanss}`;
  return html`<p class="hint" part="hint">${t.msg('contactsIntro')}</p>
    <ul class="contacts" role="list">
      ${[...data.contacts]
        .sort((a, b) => byFrench(`${a.nom} ${a.prenom}`, `${b.nom} ${b.prenom}`))
        .map(
        (contact) => html`<li class="contact" part="contact">
          <span class="contact-name">${contact.prenom} ${contact.nom}</span>
          ${contact.director ? html`<span class="secondary">${t.msg('director')}</span>` : nothing}
          <a part="link" href="mailto:${contact.emailPro}">${contact.emailPro}</a>
          ${contact.phone ? html`<span>${contact.phone}</span>` : nothing}
        </li>`,
      )}
    </ul>
    ${ucanss}`;
}
