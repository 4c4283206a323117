/**
 * What turns the persons read from the server into the file, the same in the export worker and,
 * when the page refuses workers, in the page: the document in the user's words, then the
 * Excel or PDF builder, loaded on first use. Everything it receives is plain data, so that it
 * can be posted to the worker.
 */
import type { EntitlementRow, Me } from '../domain/index.js';
import type { Lang } from '../internal/localize.js';
import type { Pace } from './pace.js';
import { exportsMessages } from './exports.messages.js';
import { entitlementsReportMessages } from './messages.js';
import { reportDocument, type ExportFormat, type ReportFilters } from './report-data.js';

export interface ExportRequest {
  format: ExportFormat;
  lang: Lang;
  me: Pick<Me, 'organisme' | 'today'>;
  filters: ReportFilters;
  people: EntitlementRow[];
}

/** What the export worker posts back. */
export type WorkerAnswer =
  | { kind: 'started' }
  | { kind: 'progress'; done: number }
  | { kind: 'done'; blob: Blob }
  | { kind: 'failed'; message: string };

export async function buildReportFile(request: ExportRequest, pace: Pace): Promise<Blob> {
  // In the export worker, no element has loaded the report's words yet.
  await Promise.all([entitlementsReportMessages.load(request.lang), exportsMessages.load(request.lang)]);
  const document = reportDocument(request.lang, request.me, request.filters, request.people);
  await pace.step(0);
  const build = request.format === 'xlsx' ? (await import('./export-excel.js')).buildExcel : (await import('./export-pdf.js')).buildPdf;
  return build(document, pace);
}
