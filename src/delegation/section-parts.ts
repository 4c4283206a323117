/**
 * The pieces every section of `<habil-delegation>` renders: its title, the notice of the last
 * action, a list's error alert and its table, a reminder of the guides, and the panel where a
 * person is chosen.
 */
import { renderNotice as renderAlert } from '../internal/notice.js';
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HabilClient } from '../client/types.js';
import type { AccountSummary, Me } from '../domain/index.js';
import type { LazyPart } from '../internal/lazy-part.js';
import { renderPart } from '../internal/lazy-part-view.js';
import { renderLoading } from '../internal/loading-styles.js';
import type { Notice } from './change-report.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { DelegationText } from './messages.js';
import type { PersonChooseDetail, PickerScope } from './person-picker.js';
import { sectionLabel, type DelegationSection } from './sections.js';

/** What every section's view is given by the host. */
export interface SectionView {
  t: DelegationText;
  /** The client the host calls the server with, for the person picker. */
  client: HabilClient;
  me: Me;
  /** The refusal of the last action. */
  notice: Notice | undefined;
  /** The kit's word for a list being read. */
  loading: string;
  /** The parts of the panels, loaded when a panel first shows them: the person picker, the account form. */
  parts: { picker: LazyPart; accountForm: LazyPart };
}

/** What a list's error alert needs of its task. */
export interface ListTask {
  readonly status: TaskStatus;
  readonly error: unknown;
  run(): Promise<void>;
}

export function renderHeading(t: DelegationText, section: DelegationSection): TemplateResult {
  return html`<h2 id="heading" class="heading" part="heading" tabindex="-1">${sectionLabel(t, section)}</h2>`;
}

/** The alert about the last action; it is there, empty, before it speaks. */
export function renderNotice(notice: Notice | undefined): TemplateResult {
  return renderAlert(notice, { part: 'notice' });
}

export interface ListOptions<Row extends object> {
  rows: readonly Row[];
  /** The table's caption, for screen readers. */
  caption: string;
  /** Shows the caption as a title above the table too. */
  titled?: boolean;
  columns: readonly DataTableColumn<Row>[];
  /** What the table says when the list is empty. */
  empty: string;
  /** The parts of the table's cells the host passes on. */
  exportparts: string;
  rowKey?: string;
  id?: string;
}

/**
 * A list: the alert that says why it could not be read (with a retry), and its table under its
 * title (shown outside the table, so that it stays in view when a narrow table scrolls
 * sideways). No table while the list failed: an empty table would say that there is nobody.
 */
export function renderList<Row extends object>(t: DelegationText, task: ListTask, options: ListOptions<Row>): TemplateResult {
  return html`${renderListError(t, task)} ${task.status === TaskStatus.ERROR ? nothing : renderTable(task, options)}`;
}

function renderTable<Row extends object>(task: ListTask, options: ListOptions<Row>): TemplateResult {
  // The template cannot name the table's row type: the rows and their columns, which agree by
  // the signature, are bound as the element's default one.
  const { rows, columns } = options as unknown as ListOptions<Record<string, unknown>>;
  return html`${options.titled ? html`<h3 class="table-heading" part="table-heading">${options.caption}</h3>` : nothing}<habil-data-table
      part="table"
      id=${ifDefined(options.id)}
      exportparts=${options.exportparts}
      caption=${options.caption}
      caption-hidden
      row-key=${ifDefined(options.rowKey)}
      .columns=${columns}
      .rows=${rows}
      ?loading=${task.status === TaskStatus.PENDING}
    >
      <span slot="empty">${options.empty}</span>
    </habil-data-table>`;
}

export function renderListError(t: DelegationText, task: ListTask): TemplateResult {
  const error = task.status === TaskStatus.ERROR ? task.error : undefined;
  return html`<habil-alert
    class=${error === undefined ? '' : 'filled'}
    .error=${error}
    retryable
    retry-label=${t.msg('listErrorRetry')}
    @habil-retry=${() => void task.run()}
  ></habil-alert>`;
}

/** A reminder of the guides (the Afas points), named by its heading. */
export function renderNote(id: string, heading: string, text: string): TemplateResult {
  return html`<div class="note" part="note" role="note" aria-labelledby=${id}>
    <p id=${id} class="note-heading">${heading}</p>
    <p>${text}</p>
  </div>`;
}

/** The panel where a person is chosen: its title (which takes focus), "Fermer", then its content. */
export function renderFlowPanel(t: DelegationText, heading: string, close: () => void, content: TemplateResult): TemplateResult {
  return html`<section id="flow" class="flow" part="flow" aria-labelledby="flow-heading">
    <div class="flow-header">
      <h3 id="flow-heading" tabindex="-1">${heading}</h3>
      <button type="button" class="button" @click=${close}>${t.msg('closeFlow')}</button>
    </div>
    ${content}
  </section>`;
}

export interface PickerOptions {
  client: HabilClient;
  scope: PickerScope;
  caption: string;
  /** People who cannot be chosen, with the reason. */
  unavailable: ReadonlyMap<string, string>;
  choose: (account: AccountSummary) => void;
  showIdentifier?: boolean;
  hidden?: boolean;
}

export function renderPersonPicker(view: SectionView, options: PickerOptions): unknown {
  return renderPart(
    view.parts.picker,
    () =>
      html`<habil-person-picker
        ?hidden=${options.hidden ?? false}
        ?show-identifier=${options.showIdentifier ?? false}
        .client=${options.client}
        .scope=${options.scope}
        caption=${options.caption}
        .unavailable=${options.unavailable}
        @habil-person-choose=${(event: CustomEvent<PersonChooseDetail>) => options.choose(event.detail.account)}
      ></habil-person-picker>`,
    () => (options.hidden ? nothing : renderLoading(view.loading)),
  );
}
