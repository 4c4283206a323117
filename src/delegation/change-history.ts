import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HistoryEntry, PersonRef } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { LocalizeController } from '../internal/localize.js';
import { historyMessages } from './change-history.messages.js';

export { historyMessages };

/** The change just made is the newest entry; a few more give its context without a long list. */
const ENTRIES_SHOWN = 5;

interface Loaded {
  entries?: HistoryEntry[];
  error?: unknown;
}

/**
 * The history of the accounts a change involved (R14): one disclosure button per account
 * ("Voir l'historique du compte de …"), which reads the account's history from the server when
 * opened and shows its latest entries, newest first — the change just made at the top.
 *
 * @tag habil-delegation-history
 *
 * @csspart toggle - Each disclosure button.
 * @csspart entries - Each list of entries.
 */
export class HabilDelegationHistory extends HabilElement {
  static override styles = [
    HabilElement.styles,
    css`
      .account + .account {
        margin-block-start: var(--_habil-space-s);
      }

      .toggle {
        min-height: 2.25rem;
        padding: var(--_habil-space-xs) var(--_habil-space-s);
      }

      .toggle svg {
        width: 0.75rem;
        height: 0.75rem;
        transition: transform 0.15s;
      }

      .toggle[aria-expanded='true'] svg {
        transform: rotate(90deg);
      }

      @media (prefers-reduced-motion: reduce) {
        .toggle svg {
          transition: none;
        }
      }

      .panel p {
        margin: var(--_habil-space-s) 0 var(--_habil-space-xs);
        color: var(--_habil-text-muted);
        font-size: var(--_habil-font-size-small);
      }

      ol {
        margin: 0;
        padding-inline-start: var(--_habil-space-l);
      }

      li + li {
        margin-block-start: var(--_habil-space-xs);
      }

      .when,
      .who {
        color: var(--_habil-text-muted);
        font-size: var(--_habil-font-size-small);
      }
    `,
  ];

  /** The accounts the change involved. */
  @property({ attribute: false })
  accounts: readonly PersonRef[] = [];

  @state()
  private open = new Set<string>();

  @state()
  private loaded = new Map<string, Loaded>();

  private readonly t = new LocalizeController(this, historyMessages);

  private async toggle(account: PersonRef): Promise<void> {
    const open = new Set(this.open);
    if (open.has(account.id)) {
      open.delete(account.id);
      this.open = open;
      return;
    }
    open.add(account.id);
    this.open = open;
    await this.load(account.id);
  }

  private async load(id: string): Promise<void> {
    this.loaded = new Map(this.loaded).set(id, {});
    let result: Loaded;
    try {
      result = { entries: await this.api.call('accountHistory', { params: { id } }) };
    } catch (error) {
      result = { error };
    }
    this.loaded = new Map(this.loaded).set(id, result);
  }

  protected override render() {
    return html`${this.accounts.map((account) => this.renderAccount(account))}`;
  }

  private renderAccount(account: PersonRef) {
    const expanded = this.open.has(account.id);
    const panelId = `history-${account.id}`;
    return html`<div class="account">
      <button
        type="button"
        class="button toggle"
        part="toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${panelId}
        data-account-id=${account.id}
        @click=${() => void this.toggle(account)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M5 2l7 6-7 6z"></path></svg>
        ${this.t.msg('showHistory', account.name)}
      </button>
      <div id=${panelId} class="panel" role="region" aria-label=${this.t.msg('historyOf', account.name)} ?hidden=${!expanded}>
        ${expanded ? this.renderEntries(account.id) : nothing}
      </div>
    </div>`;
  }

  private renderEntries(id: string) {
    const loaded = this.loaded.get(id);
    if (!loaded || (!loaded.entries && !loaded.error)) return html`<p role="status">${this.locale.msg('loading')}</p>`;
    if (loaded.error !== undefined) {
      return html`<habil-alert .error=${loaded.error} retryable @habil-retry=${() => void this.load(id)}></habil-alert>`;
    }
    const entries = loaded.entries!.slice(0, ENTRIES_SHOWN);
    if (!entries.length) return html`<p>${this.t.msg('historyEmpty')}</p>`;
    return html`<p>${this.t.msg('historyLatest', this.t.formatNumber(entries.length), entries.length)}</p>
      <ol part="entries">
        ${entries.map(
          (entry) => html`<li>
            <span class="when">${this.t.formatDateTime(entry.at)}</span> — ${entry.summary}
            <span class="who">${this.t.msg('historyBy', entry.actor.name)}</span>
          </li>`,
        )}
      </ol>`;
  }
}
