/**
 * The exports of `<habil-entitlements-report>`: one at a time, every page of the filters
 * applied read from the server, then the file built off the page (file-builder.ts), with the
 * progress of both, « Annuler », the failure and its retry, and what the last export came to —
 * which goes when the filters change, since it no longer describes the table beside it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { Me } from '../domain/index.js';
import { LazyPart } from '../internal/lazy-part.js';
import type { Lang } from '../internal/localize.js';
import type { ExportsText } from './exports.messages.js';
import { exportFileName, fetchWholeReport, type ExportFormat, type ReportFilters } from './report-data.js';

/** An export on its way: the persons read so far, then the file being built. */
export interface ExportRun {
  format: ExportFormat;
  /** The filters the file holds the result of. */
  filters: ReportFilters;
  done: number;
  total: number | undefined;
  /** Once every page is read: the part of the file built, from 0 to 1. */
  built: number | undefined;
  controller: AbortController;
}

export interface ExportFailure {
  format: ExportFormat;
  error: unknown;
}

export interface ExportedFile {
  format: ExportFormat;
  blob: Blob;
  fileName: string;
  rows: number;
}

export interface ReportExportsOptions {
  /** The words of the exports (exports.messages.ts), loaded in the widget's language. */
  t: ExportsText;
  client(): HabilClient;
  me(): Me | undefined;
  /** The filters applied (the table's). */
  filters(): ReportFilters;
  lang(): Lang;
  /** Hands the file over (the event, then the download unless it was cancelled). */
  deliver(file: ExportedFile): void;
  /** Says what an export came to, in the status message. */
  announce(text: string): void;
  /** Empties the status message. */
  clearStatus(): void;
  /** Puts the focus back on the button of an export (its Cancel button is gone). */
  focusExportButton(format: ExportFormat): void;
}

export const sameFilters = (a: ReportFilters, b: ReportFilters) => a.nom.trim() === b.nom.trim() && a.email.trim() === b.email.trim() && a.add === b.add;

export class ReportExports implements ReactiveController {
  run: ExportRun | undefined;
  failure: ExportFailure | undefined;
  /** The last export was built in the page: the browser refused its worker. */
  builtInPage = false;
  /** What builds the file (its worker, or the page), loaded on the first export. */
  private readonly builder: LazyPart<typeof import('./file-builder.js')>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReportExportsOptions,
  ) {
    this.builder = new LazyPart(host, () => import('./file-builder.js'));
    host.addController(this);
  }

  hostDisconnected(): void {
    this.run?.controller.abort();
  }

  private set(changes: Partial<Pick<ReportExports, 'run' | 'failure' | 'builtInPage'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Updates the run of `controller` if it is still the current one (`undefined` ends it). */
  private progress(controller: AbortController, changes: Partial<ExportRun> | undefined): void {
    if (this.run?.controller === controller) this.set({ run: changes && { ...this.run, ...changes } });
  }

  async start(format: ExportFormat): Promise<void> {
    const me = this.options.me();
    if (!me || this.run) return;
    const { t } = this.options;
    const controller = new AbortController();
    const filters = this.options.filters();
    const lang = this.options.lang();
    this.set({ failure: undefined, builtInPage: false, run: { format, filters, done: 0, total: undefined, built: undefined, controller } });
    try {
      // Loaded while the report is read.
      const builder = this.builder.load();
      const people = await fetchWholeReport(this.options.client(), filters, controller.signal, ({ done, total }) => this.progress(controller, { done, total }));
      controller.signal.throwIfAborted();
      if (!(await builder)) throw this.builder.error;
      controller.signal.throwIfAborted();
      this.progress(controller, { built: 0 });
      const blob = await this.builder.module!.buildFile(
        { format, lang, me: { organisme: me.organisme, today: me.today }, filters, people },
        {
          signal: controller.signal,
          onProgress: (built) => this.progress(controller, { built }),
          onInPage: () => this.set({ builtInPage: true }),
        },
      );
      controller.signal.throwIfAborted();
      const fileName = exportFileName(lang, me.organisme.name, me.today, format);
      this.options.deliver({ format, blob, fileName, rows: people.length });
      const count = t.formatNumber(people.length);
      // The filters changed while the file was being made: it is not the table's any more.
      const current = sameFilters(filters, this.options.filters());
      this.options.announce(t.msg(current ? 'exportDone' : 'exportDoneEarlierFilters', fileName, count, people.length));
    } catch (error) {
      if (!controller.signal.aborted) this.set({ failure: { format, error } });
    } finally {
      this.progress(controller, undefined);
    }
  }

  cancel(): void {
    const run = this.run;
    if (!run) return;
    run.controller.abort();
    this.set({ run: undefined });
    this.options.announce(this.options.t.msg('exportCancelled'));
    this.options.focusExportButton(run.format);
  }

  /** The filters applied changed: what the last export came to is not about this table. */
  filtersChanged(): void {
    this.options.clearStatus();
    // A running export goes on (its message will say which filters its file holds).
    if (!this.run) this.set({ failure: undefined, builtInPage: false });
  }
}
