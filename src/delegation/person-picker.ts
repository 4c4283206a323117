import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HabilClient } from '../client/types.js';
import type { AccountQuery, AccountSummary, PageOf } from '../domain/index.js';
import { DebounceController } from '../internal/debounce.js';
import { HabilElement } from '../internal/habil-element.js';
import { LocalizeController } from '../internal/localize.js';
import type { DataTableColumn, PageChangeDetail } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import { toolbarStyles } from '../ui/styles/toolbar.styles.js';
import '../ui/field/define.js';
import { personPickerMessages } from './person-picker.messages.js';

export { personPickerMessages };

export interface PersonChooseDetail {
  account: AccountSummary;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-person-choose': CustomEvent<PersonChooseDetail>;
  }
}

/** The criteria of the search that the picker never lets the user change (organisme, convention, active accounts). */
export type PickerScope = Pick<AccountQuery, 'inMyOrganisme' | 'conventionId' | 'active'>;

const PAGE_SIZE = 10;

interface Criteria {
  nom: string;
  prenom: string;
  page: number;
  pageSize: number;
}

interface PersonRow extends AccountSummary {
  /** "NOM Prénom", the way the guide's "Délégation" table writes it. */
  name: string;
}

/**
 * Chooses one person among the accounts the server lets the user see, searched on the server
 * by the start of the last and first names (a whole organisme or convention is never loaded),
 * a page at a time. Each row has a "Choisir" button, or the reason why the person cannot be
 * chosen (already local administrator, current responsable…).
 *
 * A part of `<habil-delegation>`: the widget gives it the fixed criteria (`scope`) and
 * answers `habil-person-choose`.
 *
 * @tag habil-person-picker
 *
 * @fires habil-person-choose - The user chose a person: `detail: { account }`.
 *
 * @csspart search - The search fields.
 * @csspart table-heading - The caption, shown above the table.
 * @csspart table - The `habil-data-table` of people.
 * @csspart choose-button - Each "Choisir" button.
 * @csspart unavailable - Why a person cannot be chosen.
 */
export class HabilPersonPicker extends HabilElement {
  static override styles = [
    HabilElement.styles,
    toolbarStyles('.search'),
    css`
      .search {
        margin: 0 0 var(--_habil-space-m);
        padding: 0;
        border: 0;
        min-width: 0;
      }

      .search habil-field {
        flex: 1 1 12rem;
        max-width: 20rem;
      }

      .table-heading {
        margin: 0 0 var(--_habil-space-s);
        font-size: var(--_habil-font-size);
        font-weight: 700;
      }

      habil-data-table::part(choose-button) {
        min-height: 2.25rem;
        padding: var(--_habil-space-xs) var(--_habil-space-m);
      }

      habil-data-table::part(unavailable) {
        color: var(--_habil-text-muted);
        font-size: var(--_habil-font-size-small);
      }

      /* Long e-mails break anywhere, so that "Choisir" stays in view on a narrow screen. */
      habil-data-table::part(secondary) {
        display: block;
        overflow-wrap: anywhere;
        color: var(--_habil-text-muted);
        font-size: var(--_habil-font-size-small);
        font-weight: 400;
      }
    `,
  ];

  /** The fixed criteria: `{ inMyOrganisme: true, active: true }`, `{ conventionId, active: true }`. */
  @property({ attribute: false })
  scope: PickerScope = {};

  /** The caption of the table of people. */
  @property()
  caption = '';

  /** People who cannot be chosen, with the reason shown in place of "Choisir". */
  @property({ attribute: false })
  unavailable: ReadonlyMap<string, string> = new Map();

  /** Shows the CAF identifier under each name. */
  @property({ type: Boolean, attribute: 'show-identifier' })
  showIdentifier = false;

  /** What the user typed, ahead of the debounced criteria. */
  @state()
  private typed = { nom: '', prenom: '' };

  @state()
  private criteria: Criteria = { nom: '', prenom: '', page: 1, pageSize: PAGE_SIZE };

  private readonly t = new LocalizeController(this, personPickerMessages);
  /** The search follows what is typed once the user pauses. */
  private readonly typing = new DebounceController(this);

  private readonly people = new Task(this, {
    task: ([client, inMyOrganisme, conventionId, active, criteria], { signal }): Promise<PageOf<AccountSummary>> =>
      client.call(
        'searchAccounts',
        {
          query: {
            ...(inMyOrganisme !== undefined ? { inMyOrganisme } : {}),
            ...(conventionId ? { conventionId } : {}),
            ...(active !== undefined ? { active } : {}),
            ...(criteria.nom ? { nom: criteria.nom } : {}),
            ...(criteria.prenom ? { prenom: criteria.prenom } : {}),
            page: criteria.page,
            pageSize: criteria.pageSize,
          },
        },
        { signal },
      ),
    // The scope's values, not the object: a host rendering a new object with the same criteria does not search again.
    args: () =>
      [this.api, this.scope.inMyOrganisme, this.scope.conventionId, this.scope.active, this.criteria] as [
        HabilClient,
        boolean | undefined,
        string | undefined,
        boolean | undefined,
        Criteria,
      ],
  });

  /**
   * Shows these names at once, without waiting for typing to pause (after "Nouveau" created
   * the person), and resolves when the result is on screen.
   */
  async searchFor(nom: string, prenom: string): Promise<void> {
    this.typing.cancel();
    this.typed = { nom, prenom };
    this.criteria = { ...this.criteria, nom: nom.trim(), prenom: prenom.trim(), page: 1 };
    await this.updateComplete;
    await this.people.taskComplete;
    await this.updateComplete;
  }

  /** Moves focus to the "Choisir" button of this person, when he is on the page shown. */
  async focusChoice(accountId: string): Promise<boolean> {
    const table = this.renderRoot.querySelector('habil-data-table');
    await table?.updateComplete;
    const button = table?.shadowRoot?.querySelector<HTMLButtonElement>(`[data-account-id="${CSS.escape(accountId)}"]`);
    button?.focus();
    return Boolean(button);
  }

  /** Reads the current page again (after a refusal, the people may have changed). */
  reload(): Promise<void> {
    return this.people.run();
  }

  private onType(field: 'nom' | 'prenom', event: Event): void {
    this.typed = { ...this.typed, [field]: (event.target as HabilField).value };
    this.typing.schedule(() => {
      const nom = this.typed.nom.trim();
      const prenom = this.typed.prenom.trim();
      if (nom === this.criteria.nom && prenom === this.criteria.prenom) return;
      this.criteria = { ...this.criteria, nom, prenom, page: 1 };
    });
  }

  private onPage(event: CustomEvent<PageChangeDetail>): void {
    this.criteria = { ...this.criteria, page: event.detail.page, pageSize: event.detail.pageSize };
  }

  /**
   * The guide's "Nom, Mail, Action", with the e-mail (and the CAF identifier) under the name:
   * two columns keep "Choisir" in view on a narrow screen.
   */
  private get columns(): DataTableColumn<PersonRow>[] {
    return [
      {
        key: 'name',
        header: this.t.msg('colPerson'),
        rowHeader: true,
        render: (row) =>
          html`${row.name} <span part="secondary">${this.showIdentifier ? `${row.identifier} · ${row.emailPro}` : row.emailPro}</span>`,
      },
      { key: 'action', header: this.t.msg('colAction'), render: (row) => this.renderChoice(row) },
    ];
  }

  private renderChoice(row: PersonRow) {
    const reason = this.unavailable.get(row.id);
    if (reason) return html`<span part="unavailable">${reason}</span>`;
    const name = `${row.prenom} ${row.nom}`;
    return html`<button
      type="button"
      class="button"
      part="choose-button"
      data-account-id=${row.id}
      aria-label=${this.t.msg('chooseOf', name)}
      @click=${() => this.emit('habil-person-choose', { account: row })}
    >
      ${this.t.msg('choose')}
    </button>`;
  }

  protected override render() {
    const page = this.people.value;
    const rows: PersonRow[] = (page?.items ?? []).map((account) => ({ ...account, name: `${account.nom} ${account.prenom}` }));
    return html`
      <fieldset class="search" part="search">
        <legend class="visually-hidden">${this.t.msg('searchPeople')}</legend>
        <habil-field
          type="search"
          label=${this.t.msg('searchNom')}
          hint=${this.t.msg('searchHint')}
          autocomplete="off"
          .value=${this.typed.nom}
          @input=${(event: Event) => this.onType('nom', event)}
        ></habil-field>
        <habil-field
          type="search"
          label=${this.t.msg('searchPrenom')}
          autocomplete="off"
          .value=${this.typed.prenom}
          @input=${(event: Event) => this.onType('prenom', event)}
        ></habil-field>
      </fieldset>
      ${this.people.status === TaskStatus.ERROR
        ? html`<habil-alert .error=${this.people.error} retryable retry-label=${this.t.msg('listErrorRetry')} @habil-retry=${() => void this.reload()}></habil-alert>`
        : nothing}
      <h4 class="table-heading" part="table-heading">${this.caption}</h4>
      <habil-data-table
        part="table"
        exportparts="choose-button, unavailable, secondary"
        caption=${this.caption}
        caption-hidden
        .columns=${this.columns}
        .rows=${rows}
        .total=${page?.total}
        .page=${this.criteria.page}
        .pageSize=${this.criteria.pageSize}
        ?loading=${this.people.status === TaskStatus.PENDING}
        @habil-page-change=${this.onPage}
      >
        <span slot="empty">${this.t.msg('pickerEmpty')}</span>
      </habil-data-table>
    `;
  }
}
