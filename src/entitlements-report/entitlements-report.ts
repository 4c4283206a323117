import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ProblemError } from '../client/errors.js';
import type { EntitlementRow, Me } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { MeController } from '../internal/me.js';
import { loadingStyles } from '../internal/loading-styles.js';
import { LazyPart } from '../internal/lazy-part.js';
import { LocalizeController, partWords } from '../internal/localize.js';
import { renderNotice } from '../internal/notice.js';
import type { DataTableColumn, PageChangeDetail } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import { cellStyles } from '../ui/styles/cell.styles.js';
import { inlineChoiceStyles } from '../ui/styles/choice.styles.js';
import { statusStyles } from '../ui/styles/status.styles.js';
import { entitlementsReportStyles } from './entitlements-report.styles.js';
import type { ExportFailure, ExportRun } from './export-controller.js';
import { entitlementsReportMessages, type EntitlementsReportText } from './messages.js';
import { reportQuery, rolesByApplication, type ExportFormat, type ReportFilters } from './report-query.js';

export type { ExportFormat, ReportFilters } from './report-query.js';

export interface ReportExportedDetail {
  format: ExportFormat;
  /** The file, to keep, upload or show; the widget downloads it unless the event is cancelled. */
  blob: Blob;
  fileName: string;
  /** The number of persons in the file. */
  rows: number;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-report-exported': CustomEvent<ReportExportedDetail>;
  }
}


/** A Blob URL must outlive the click for the download to start; a minute is plenty, then it is freed. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * Reads the yes/no attribute `add`: absent is "Indifférent"; "false", "non", "no" and "0" are
 * "Sans ADD"; anything else, the empty value included, is "Avec ADD".
 */
const yesNoConverter = {
  fromAttribute(value: string | null): boolean | undefined {
    if (value === null) return undefined;
    return !['false', 'non', 'no', '0'].includes(value.trim().toLowerCase());
  },
  toAttribute(value: boolean | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};

/**
 * "État des habilitations" of the UCANSS local administrator's guide: the persons of my
 * organisme who have an account, with their function and their roles grouped by application,
 * filtered by name, professional e-mail and ADD, paged by the server. "Le résultat est
 * exportable sur un fichier Excel ou PDF": the exports hold every page of the result of the
 * filters applied (the ones shown by "Afficher l'état"), read from the server 500 persons at a
 * time with a progress bar and a Cancel button.
 *
 * The file is built off the page, in a module worker of the package (`export-worker.js`, which
 * the site's bundler emits as a file: no `blob:` URL, so a strict Content-Security-Policy needs
 * only `worker-src 'self'`), with its progress; Cancel stops it at once. Where the browser
 * refuses the worker, the widget says so and builds the file in the page, a slice at a time,
 * so that the page keeps answering. What the last export came to goes when the filters change.
 *
 * The Excel and PDF libraries are loaded with `import()` on the first export only. The PDF is
 * for printing (jsPDF writes untagged PDFs); the widget says so and points to the Excel file as
 * the accessible format. The file name holds the organisme and the server's day
 * (`etat-des-habilitations-CARSAT-ALSACE-MOSELLE-2025-06-02.xlsx`).
 *
 * Only local administrators and UCANSS administrators read the report (`Me.actions` has
 * `entitlements-report`); anyone else is told so.
 *
 * @tag habil-entitlements-report
 *
 * @fires habil-report-exported - A file was built at the user's request: `detail: { format: 'xlsx' | 'pdf', blob, fileName, rows }`. Cancelable: `preventDefault()` keeps the widget from downloading it (to upload it instead, for instance).
 *
 * @csspart heading - The title of the report.
 * @csspart intro - The sentence under the title.
 * @csspart filters - The filter form ("Identité").
 * @csspart show-button - "Afficher l'état".
 * @csspart exports - The export buttons and their notes.
 * @csspart export-button - Each export button (with `export-excel` or `export-pdf`).
 * @csspart export-excel - "Exporter en Excel (.xlsx)".
 * @csspart export-pdf - "Exporter en PDF".
 * @csspart export-note - The note saying that the Excel file is the accessible format.
 * @csspart progress-panel - The progress of an export and its Cancel button.
 * @csspart progress - The `<progress>` of an export.
 * @csspart cancel-button - "Annuler" of an export.
 * @csspart status-message - What became of the last export (a visible live region).
 * @csspart export-notice - Says that the browser refused the export worker and that the file is built in the page.
 * @csspart table - The `habil-data-table` of the persons.
 * @csspart person - The name cell's name.
 * @csspart email - The professional e-mail under the name.
 * @csspart add-badge - The "ADD" mark of a senior executive.
 * @csspart roles - The list of a person's applications.
 * @csspart application - One application of a person, with its roles.
 * @csspart application-name - The name of the application.
 * @csspart role-list - The roles held in one application.
 * @csspart role - One role.
 * @csspart no-role - "Aucun rôle", for a person with an account and no role.
 * @csspart loading - What is shown while the widget asks the server who is connected.
 *
 * @cssprop [--habil-color-highlight] - The rule beside each application of the roles column.
 */
export class HabilEntitlementsReport extends HabilElement {
  static override styles = [HabilElement.styles, loadingStyles, inlineChoiceStyles, statusStyles, cellStyles, entitlementsReportStyles];

  /** Filter "Nom": the start of the last name (accents and case ignored by the server). */
  @property()
  nom = '';

  /** Filter "Email pro": part of the professional e-mail. */
  @property()
  email = '';

  /** Filter "ADD": `true` (Avec ADD), `false` (Sans ADD), absent for either. */
  @property({ converter: yesNoConverter })
  add?: boolean;

  /** Persons per page on screen (the exports always hold every page). */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 25;

  @state()
  private page = 1;

  @state()
  private announced = false;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  private readonly t: EntitlementsReportText = new LocalizeController(this, entitlementsReportMessages);

  /**
   * The exports (export-controller.ts: every page read, then the file built) and their words, loaded on the
   * first export, or as soon as the pointer or the focus reaches the export buttons.
   */
  private readonly exports = new LazyPart(this, async () => {
    const [{ ReportExports }, { exportsMessages }] = await Promise.all([import('./export-controller.js'), import('./exports.messages.js')]);
    return new ReportExports(this, {
      t: await partWords(this, exportsMessages),
      client: () => this.api,
      me: () => this.me,
      filters: () => this.filters,
      lang: () => this.t.lang,
      deliver: ({ format, blob, fileName, rows }) => {
        const exported = this.emit('habil-report-exported', { format, blob, fileName, rows }, { cancelable: true });
        if (!exported.defaultPrevented) this.download(blob, fileName);
      },
      announce: (text) => this.announce(text),
      clearStatus: () => {
        this.announced = false;
        this.liveRegion?.clear();
      },
      focusExportButton: (format) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-format="${format}"]`)?.focus()),
    });
  });

  /** The exports could not be loaded: said as a failed export, retried the same way. */
  @state()
  private exportsLoadFailure: ExportFailure | undefined;

  private readonly meSource = new MeController(this, () => this.api);

  private readonly reportTask = new Task(this, {
    task: async ([client, me, nom, email, add, page, pageSize], { signal }) => {
      if (!me?.actions.includes('entitlements-report')) return initialState;
      return client.call('entitlementsReport', { query: { ...reportQuery({ nom, email, add }), page, pageSize } }, { signal });
    },
    args: () => [this.api, this.meSource.value, this.nom, this.email, this.add, this.page, this.pageSize] as const,
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('nom') || changed.has('email') || changed.has('add'))) {
      this.exportsLoadFailure = undefined;
      this.exports.module?.filtersChanged();
    }
  }

  private get me(): Me | undefined {
    return this.meSource.value;
  }

  private get filters(): ReportFilters {
    return { nom: this.nom, email: this.email, add: this.add };
  }

  // ---- filters and pages ------------------------------------------------------------------

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => this.renderRoot.querySelector<HabilField>(`habil-field[name="${name}"]`)?.value ?? '';
    const add = new FormData(form).get('add');
    const next: ReportFilters = { nom: value('nom'), email: value('email'), add: add === 'avec' ? true : add === 'sans' ? false : undefined };
    const unchanged = next.nom === this.nom && next.email === this.email && next.add === this.add && this.page === 1;
    Object.assign(this, next);
    this.page = 1;
    // "Afficher l'état" with the same filters reads the report again: someone may have changed it.
    if (unchanged) void this.reportTask.run();
  }

  /** Enter in a field sends the form, as in a native one (the input sits in the field's own shadow root). */
  private onFormKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || (event.target as Element).localName !== 'habil-field') return;
    event.preventDefault();
    (event.currentTarget as HTMLFormElement).requestSubmit();
  }

  private onPageChange(event: CustomEvent<PageChangeDetail>): void {
    this.page = event.detail.page;
    this.pageSize = event.detail.pageSize;
  }

  // ---- exports ----------------------------------------------------------------------------

  /** An export was asked for and waits for the export code (fetched ahead or not): another press is not a second export. */
  private exportAsked = false;

  private async startExport(format: ExportFormat): Promise<void> {
    if (this.exportAsked) return;
    this.exportAsked = true;
    this.exportsLoadFailure = undefined;
    try {
      if (await this.exports.load()) void this.exports.module!.start(format);
      else this.exportsLoadFailure = { format, error: this.exports.error };
    } finally {
      this.exportAsked = false;
    }
  }

  private readonly prefetchExports = (): void => {
    this.exports.prefetch();
  };

  private download(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
  }

  private announce(text: string): void {
    this.announced = true;
    void this.liveRegion.announce(text);
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render() {
    return html`
      ${this.meSource.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (error) => html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.meSource.retry()}></habil-alert>`,
        complete: (me) => (me.actions.includes('entitlements-report') ? this.renderReport(me) : this.renderForbidden()),
      })}
    `;
  }

  private renderLoading() {
    return html`<div class="loading" part="loading">
      <div class="loading-bar" aria-hidden="true"></div>
      <p role="status">${this.t.msg('loadingMe')}</p>
    </div>`;
  }

  private renderForbidden() {
    return html`<habil-alert class="filled" variant="warning" heading=${this.t.msg('forbiddenHeading')}>${this.t.msg('forbidden')}</habil-alert>`;
  }

  private renderReport(me: Me) {
    const error = this.reportTask.error;
    // The server has the last word: a person whose rights changed since the page loaded is refused.
    if (error instanceof ProblemError && error.code === 'forbidden') return this.renderForbidden();
    const page = this.reportTask.value;
    const loading = this.reportTask.status === TaskStatus.PENDING;
    return html`
      <h2 part="heading" class="heading">${this.t.msg('title')}</h2>
      <p part="intro" class="intro">${this.t.msg('intro', me.organisme.name)}</p>
      ${this.renderFilters()} ${this.renderExports(page?.total)}
      <habil-alert
        class=${error ? 'filled' : ''}
        .error=${error}
        retryable
        retry-label=${this.t.msg('listErrorRetry')}
        @habil-retry=${() => void this.reportTask.run()}
      ></habil-alert>
      <habil-data-table
        part="table"
        caption=${this.t.msg('caption', me.organisme.name)}
        caption-hidden
        row-key="accountId"
        .columns=${this.columns()}
        .rows=${page?.items ?? []}
        .total=${page?.total}
        .page=${this.page}
        .pageSize=${this.pageSize}
        ?loading=${loading || !page}
        ?hidden=${error !== undefined}
        @habil-page-change=${this.onPageChange}
      >
        <span slot="empty">${this.t.msg('empty')}</span>
      </habil-data-table>
    `;
  }

  private renderFilters() {
    const choice = (value: string, label: string, checked: boolean) =>
      html`<label class="choice"><input type="radio" name="add" value=${value} .checked=${checked} /> ${label}</label>`;
    return html`<form part="filters" class="filters" @submit=${this.onSubmit} @keydown=${this.onFormKeydown}>
      <fieldset class="identity">
        <legend class="legend">${this.t.msg('filters')}</legend>
        <div class="fields">
          <habil-field name="nom" label=${this.t.msg('filterNom')} hint=${this.t.msg('filterNomHint')} autocomplete="off" .value=${this.nom}></habil-field>
          <habil-field name="email" label=${this.t.msg('filterEmail')} hint=${this.t.msg('filterEmailHint')} autocomplete="off" .value=${this.email}></habil-field>
          <fieldset class="add-choice">
            <legend>${this.t.msg('filterAdd')}</legend>
            ${choice('avec', this.t.msg('addWith'), this.add === true)} ${choice('sans', this.t.msg('addWithout'), this.add === false)}
            ${choice('', this.t.msg('addAny'), this.add === undefined)}
          </fieldset>
        </div>
      </fieldset>
      <button type="submit" part="show-button" class="button button--primary">${this.t.msg('show')}</button>
    </form>`;
  }

  private renderExports(total: number | undefined) {
    const exports = this.exports.module;
    const run = exports?.run;
    const failure = exports?.failure ?? this.exportsLoadFailure;
    // An export runs, or there is nothing to export. While the code fetched ahead is on its way, a
    // press still exports once it is there; the button says it waits only for an export asked for.
    const unavailable = Boolean(run) || !total;
    const waiting = this.exportAsked && this.exports.busy;
    const button = (format: ExportFormat, label: string) => html`<button
      type="button"
      part="export-button export-${format === 'xlsx' ? 'excel' : 'pdf'}"
      class="button"
      data-format=${format}
      aria-disabled=${unavailable || waiting ? 'true' : 'false'}
      aria-describedby="export-hint${format === 'pdf' ? ' export-note' : ''}"
      @click=${() => {
        if (!unavailable) void this.startExport(format);
      }}
    >
      ${label}
    </button>`;
    return html`<section part="exports" class="exports" aria-labelledby="exports-heading" @focusin=${this.prefetchExports} @pointerover=${this.prefetchExports}>
      <h3 id="exports-heading" class="visually-hidden">${this.t.msg('exports')}</h3>
      <div class="export-buttons">${button('xlsx', this.t.msg('exportExcel'))} ${button('pdf', this.t.msg('exportPdf'))}</div>
      <p id="export-hint" class="export-hint">${total ? this.t.msg('exportHint', this.t.formatNumber(total), total) : ''}</p>
      <p id="export-note" part="export-note" class="export-note">${this.t.msg('pdfNotice')}</p>
      <habil-live-region part="status-message" class=${this.announced ? 'announced' : ''} visible></habil-live-region>
      ${run ? this.renderProgress(run) : nothing}
      ${failure
        ? html`<habil-alert
            class="filled"
            heading=${this.t.msg('exportFailed')}
            .error=${failure.error}
            retryable
            retry-label=${this.t.msg('exportRetry')}
            @habil-retry=${() => void this.startExport(failure.format)}
          ></habil-alert>`
        : nothing}
    </section>
    ${renderNotice(exports?.builtInPage ? { variant: 'warning', text: this.t.msg('exportInPage') } : undefined, { part: 'export-notice' })}`;
  }

  private renderProgress(run: ExportRun) {
    const total = run.total ?? 0;
    const label = run.total === undefined ? '' : this.t.msg('exportProgress', this.t.formatNumber(run.done), this.t.formatNumber(total));
    const built = run.built;
    // While the pages are read the bar counts the persons; then it shows the part of the file built.
    const [value, max] = built === undefined ? [run.done, Math.max(total, 1)] : [Math.round(built * 100), 100];
    return html`<div part="progress-panel" class="progress-panel" role="group" aria-labelledby="progress-heading">
      <p id="progress-heading" class="progress-heading">${this.t.msg(run.format === 'xlsx' ? 'exportHeadingExcel' : 'exportHeadingPdf')}</p>
      <label for="export-progress" class="progress-label"
        >${label}${built === undefined ? nothing : html` – ${this.t.msg('exportBuilding', this.formatPercent(built))}`}</label
      >
      <progress id="export-progress" part="progress" max=${max} .value=${value}></progress>
      <button type="button" part="cancel-button" class="button" @click=${() => this.exports.module?.cancel()}>${this.t.msg('cancel')}</button>
    </div>`;
  }

  private formatPercent(part: number): string {
    return new Intl.NumberFormat(this.t.locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.floor(part * 100) / 100);
  }

  private columns(): DataTableColumn<EntitlementRow>[] {
    return [
      {
        key: 'nom',
        header: this.t.msg('colName'),
        rowHeader: true,
        render: (row) => html`<span part="person">${row.prenom} ${row.nom}</span>
          ${row.add ? html`<span part="add-badge">${this.t.msg('addBadge')}</span>` : nothing}
          <span part="email">${row.emailPro}</span>`,
      },
      { key: 'fonction', header: this.t.msg('colFonction'), render: (row) => row.fonction ?? '' },
      { key: 'roles', header: this.t.msg('colRoles'), render: (row) => this.renderRoles(row) },
    ];
  }

  private renderRoles(row: EntitlementRow) {
    const applications = rolesByApplication(row);
    if (applications.length === 0) return html`<span part="no-role">${this.t.msg('noRole')}</span>`;
    return html`<ul part="roles">
      ${applications.map(
        ({ application, roles }) => html`<li part="application">
          <span part="application-name">${application}</span>
          <ul part="role-list">
            ${roles.map((role) => html`<li part="role">${role}</li>`)}
          </ul>
        </li>`,
      )}
    </ul>`;
  }
}
