import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ACCOUNT_STATUS_LABELS } from '../domain/labels.js';
import type { ProblemCode } from '../domain/problem-codes.js';
import { PROBLEM_WORDS, problemMessage } from '../domain/problem-words.js';
import type { AccountDetail, AccountStatus, Grant, HistoryEntry } from '../domain/schemas.js';
import { HabilBaseElement } from '../internal/habil-base-element.js';
import { LocalizeController } from '../internal/localize.js';
import { renderNativeTable } from '../internal/native-table.js';
import { accountDetailsMessages } from './account-details.messages.js';
import { tableStyles } from '../ui/styles/table.styles.js';
import { accountDetailsStyles } from './account-details.styles.js';
import { noticeStyles } from './part-styles.js';

export type AccountDetailsView = 'details' | 'history';

type Messages = typeof accountDetailsMessages.fr;
/** The plain words of the catalogue (no arguments). */
type Word = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/** The changed fields of a history entry that have words of their own; the role of a grant is named by the summary. */
const CHANGE_LABELS: Partial<Record<string, Word>> = {
  status: 'status',
  closingDate: 'closingDate',
  openingDate: 'openingDate',
  organisme: 'organisme',
  emailPro: 'emailPro',
  emailContact: 'emailContact',
  phone: 'phone',
  fonction: 'fonction',
  nom: 'nom',
  prenom: 'prenom',
  nomNaissance: 'nomNaissance',
  civilite: 'civilite',
  workstyle: 'workstyle',
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An e-mail address may wrap after its "@" rather than in the middle of a word. */
function breakableEmail(value: string) {
  const at = value.indexOf('@');
  return at > 0 && !value.includes(' ') ? html`${value.slice(0, at + 1)}<wbr />${value.slice(at + 1)}` : value;
}

interface ApplicationGrants {
  name: string;
  grants: Grant[];
}

/**
 * The fiche of an account ("Détails - Accéder à la fiche") or its history ("Consulter
 * l'historique des actions sur le compte"), read only.
 *
 * - Details: identity and organisme, status, the ADD badge with the reason the account cannot
 *   be changed here (R2, in words), the CAF data (identifier, sédentaire / itinérant, opening
 *   and closing dates), the roles grouped by application with where each comes from (given
 *   directly, tacit acceptance, default role of ADD, through a user group), and the user groups
 *   of a CAF user.
 * - History: every change, newest first (R14), with its date, author, summary and the values
 *   before and after.
 *
 * The host loads the account and the history (`getAccount`, `accountHistory`) and sets
 * `loading` meanwhile; the element shows what it is given.
 *
 * @tag habil-account-details
 *
 * @csspart identity - The list of the account's data.
 * @csspart badge - A status or ADD badge.
 * @csspart read-only - The notice saying why the account cannot be changed here.
 * @csspart grants - The table of roles.
 * @csspart memberships - The table of user groups (CAF).
 * @csspart history - The table of the history.
 * @csspart empty - The text shown when there is nothing to list.
 */
export class HabilAccountDetails extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, noticeStyles, tableStyles, accountDetailsStyles];

  @property({ attribute: false })
  account?: AccountDetail;

  /** The account's history, in any order: it is shown newest first. */
  @property({ attribute: false })
  history?: HistoryEntry[];

  @property({ reflect: true })
  view: AccountDetailsView = 'details';

  /** The host is loading the account or its history. */
  @property({ type: Boolean, reflect: true })
  loading = false;

  private readonly t = new LocalizeController(this, accountDetailsMessages);

  protected override render() {
    return html`
      <div class="busy" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.loading ? html`<p class="loading" role="status">${this.locale.msg('loading')}</p>` : nothing}
        ${this.view === 'history' ? this.renderHistory() : this.renderDetails()}
      </div>
    `;
  }

  // ---- details ------------------------------------------------------------------------------

  private renderDetails() {
    const account = this.account;
    if (!account) return nothing;
    return html`
      <div class="badges">
        <span class="badge status-${account.status}" part="badge">${this.statusLabel(account.status)}</span>
        ${account.add
          ? html`<span class="badge add" part="badge"><abbr title=${this.t.msg('addLong')}>${this.t.msg('add')}</abbr>${account.addProfile
                ? html` — ${this.t.msg(account.addProfile === 'directeur' ? 'addDirecteur' : 'addAutre')}`
                : nothing}</span
            >`
          : nothing}
      </div>
      ${this.renderReadOnlyReason(account)}
      <h3>${this.t.msg('identity')}</h3>
      ${this.renderIdentity(account)}
      <h3>${this.t.msg('grants')}</h3>
      ${this.renderGrants(account)} ${account.space === 'caf' ? this.renderMemberships(account) : nothing}
    `;
  }

  /** R2 and the other reasons an account is shown read only, in the words of the problem catalogue. */
  private renderReadOnlyReason(account: AccountDetail) {
    const code = account.readOnlyReason ?? (account.add ? 'add-account-read-only' : undefined);
    if (!code || !(code in PROBLEM_WORDS)) return nothing;
    return html`
      <div class="notice" part="read-only">
        <p><strong>${this.t.msg('readOnly')}</strong> — ${problemMessage(code as ProblemCode, this.t.lang)}</p>
      </div>
    `;
  }

  private statusLabel(status: AccountStatus): string {
    return ACCOUNT_STATUS_LABELS[status][this.t.lang];
  }

  private renderIdentity(account: AccountDetail) {
    const caf = account.space === 'caf';
    // On UCANSS the professional e-mail is the identifier: one line says both.
    const emailIsIdentifier = account.identifier === account.emailPro;
    const rows: [Word, string | undefined][] = [
      ['identifier', emailIsIdentifier ? undefined : account.identifier],
      ['civilite', account.civilite],
      ['nom', account.nom],
      ['prenom', account.prenom],
      ['nomNaissance', account.nomNaissance],
      [caf ? 'emailProCaf' : emailIsIdentifier ? 'emailProIdentifier' : 'emailPro', account.emailPro],
      ['emailContact', account.emailContact],
      ['phone', account.phone],
      ['fonction', account.fonction],
      [caf ? 'organismeCaf' : 'organisme', account.organismeName],
      ['branches', caf ? undefined : account.branches.join(', ')],
      ['status', this.statusLabel(account.status)],
      ['workstyle', account.workstyle ? this.t.msg(account.workstyle) : undefined],
      ['openingDate', this.locale.formatDate(account.openingDate)],
      ['closingDate', this.locale.formatDate(account.closingDate)],
      ['createdAt', caf ? undefined : this.locale.formatDate(account.createdAt)],
    ];
    return html`
      <dl class="identity" part="identity">
        ${rows
          .filter(([, value]) => value)
          .map(
            ([key, value]) => html`
              <div class="row">
                <dt>${this.t.msg(key)}</dt>
                <dd>${breakableEmail(value!)}</dd>
              </div>
            `,
          )}
      </dl>
    `;
  }

  /** The grants by application, both in alphabetical order. */
  private grantsByApplication(grants: Grant[]): ApplicationGrants[] {
    const byName = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' });
    const groups = new Map<string, ApplicationGrants>();
    for (const grant of grants) {
      const group = groups.get(grant.applicationId) ?? { name: grant.applicationName, grants: [] };
      group.grants.push(grant);
      groups.set(grant.applicationId, group);
    }
    return [...groups.values()]
      .map((group) => ({ ...group, grants: group.grants.sort((a, b) => byName(a.roleLabel, b.roleLabel)) }))
      .sort((a, b) => byName(a.name, b.name));
  }

  private sourceOf(grant: Grant): string {
    switch (grant.source) {
      case 'direct':
        return this.t.msg('direct');
      case 'tacite':
        return this.t.msg('tacite');
      case 'defaut-add':
        return this.t.msg('defautAdd');
      case 'groupe':
        return this.t.msg('viaGroup', grant.groupCode ?? grant.groupId ?? '');
    }
  }

  private renderGrants(account: AccountDetail) {
    if (account.grants.length === 0) return html`<p class="empty" part="empty">${this.t.msg('noGrant')}</p>`;
    return html`
      <div class="scroll">
        ${renderNativeTable({
          part: 'grants',
          caption: this.t.msg('grantsCaption', account.grants.length),
          captionHidden: true,
          columns: [this.t.msg('role'), this.t.msg('source'), this.t.msg('since')],
          body: this.grantsByApplication(account.grants).map(
            (group) => html`
              <tbody>
                <tr class="application">
                  <th scope="rowgroup" colspan="3">${group.name}</th>
                </tr>
                ${group.grants.map(
                  (grant) => html`
                    <tr>
                      <th scope="row">${grant.roleLabel}</th>
                      <td>${this.sourceOf(grant)}</td>
                      <td class="date">${this.locale.formatDate(grant.grantedAt)}</td>
                    </tr>
                  `,
                )}
              </tbody>
            `,
          ),
        })}
      </div>
    `;
  }

  private renderMemberships(account: AccountDetail) {
    return html`
      <h3>${this.t.msg('memberships')}</h3>
      ${account.memberships.length === 0
        ? html`<p class="empty" part="empty">${this.t.msg('noMembership')}</p>`
        : html`<div class="scroll">
            ${renderNativeTable({
              part: 'memberships',
              caption: this.t.msg('memberships'),
              captionHidden: true,
              columns: [this.t.msg('group'), this.t.msg('openingDate'), this.t.msg('closingDate')],
              body: html`<tbody>
                ${account.memberships.map(
                  (membership) => html`
                    <tr>
                      <th scope="row">${membership.groupCode} — ${membership.groupLabel}</th>
                      <td class="date">${this.locale.formatDate(membership.openingDate)}</td>
                      <td class="date">${this.locale.formatDate(membership.closingDate)}</td>
                    </tr>
                  `,
                )}
              </tbody>`,
            })}
          </div>`}
    `;
  }

  // ---- history ------------------------------------------------------------------------------

  /** Newest first (R14), whatever order the entries came in. */
  private get sortedHistory(): HistoryEntry[] {
    return [...(this.history ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  }

  private renderHistory() {
    if (!this.history) return nothing;
    const entries = this.sortedHistory;
    if (entries.length === 0) return html`<p class="empty" part="empty">${this.t.msg('noHistory')}</p>`;
    return html`
      <div class="scroll">
        ${renderNativeTable({
          part: 'history',
          caption: this.t.msg('history'),
          columns: [this.t.msg('at'), this.t.msg('actor'), this.t.msg('action'), this.t.msg('change')],
          body: html`<tbody>
            ${entries.map(
              (entry) => html`
                <tr>
                  <td class="date"><time datetime=${entry.at}>${this.locale.formatDateTime(entry.at)}</time></td>
                  <td class="actor">${entry.actor.name}</td>
                  <th scope="row">${entry.summary}</th>
                  <td>${this.renderChanges(entry)}</td>
                </tr>
              `,
            )}
          </tbody>`,
        })}
      </div>
    `;
  }

  private renderChanges(entry: HistoryEntry) {
    const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])].filter((key) => CHANGE_LABELS[key]);
    if (keys.length === 0) return nothing;
    return html`
      <ul class="changes">
        ${keys.map(
          (key) => html`<li>
            ${this.t.msg('changed', this.t.msg(CHANGE_LABELS[key]!))} ${this.changeValue(key, entry.before?.[key])}
            <span aria-hidden="true">→</span><span class="visually-hidden">, ${this.t.msg('becomes')}</span>
            ${this.changeValue(key, entry.after?.[key])}
          </li>`,
        )}
      </ul>
    `;
  }

  private changeValue(key: string, value: unknown): string {
    if (value === undefined || value === null || value === '') return this.t.msg('none');
    const text = String(value);
    if (key === 'status' && text in ACCOUNT_STATUS_LABELS) return this.statusLabel(text as AccountStatus);
    if (key === 'workstyle' && (text === 'sedentaire' || text === 'itinerant')) return this.t.msg(text);
    if (ISO_DAY.test(text)) return this.locale.formatDate(text);
    return text;
  }
}
