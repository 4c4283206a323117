/**
 * The report as an .xlsx workbook, built in the export worker (or, when the page refuses
 * workers, in the page). Loaded with `import()` only when the user exports, so that the widget
 * does not carry write-excel-file for the pages that never export.
 *
 * One row per person, as on screen, with the roles one per line in their cell: the rows count
 * the persons the screen counts, and sorting or filtering the sheet by name keeps each
 * person's roles together. The header stays in view (frozen row) and a second sheet says
 * which organisme, which day and which filters, as the PDF's heading does.
 */
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/browser';
import { withInlineDeflate } from './inline-deflate.js';
import type { Pace } from './pace.js';
import type { ReportDocument } from './report-data.js';

const COLUMN_WIDTHS = [22, 18, 38, 30, 6, 70];
/** Rows turned into cells between two calls to the pace. */
const SLICE_ROWS = 1000;
/** The share of the work the rows' cells stand for; the workbook itself (written and zipped at once) is the rest. */
const CELLS_SHARE = 0.2;

export async function buildExcel(document: ReportDocument, pace: Pace): Promise<Blob> {
  const header = document.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const data: SheetData = [header];
  const total = document.rows.length;
  for (let start = 0; start < total; start += SLICE_ROWS) {
    for (const row of document.rows.slice(start, start + SLICE_ROWS)) {
      data.push(row.map((value, column) => (column === document.rolesColumn ? { value, wrap: true } : { value })) as Row);
    }
    await pace.step((Math.min(start + SLICE_ROWS, total) / total) * CELLS_SHARE);
  }
  const { words } = document;
  const criteria: SheetData = [
    [{ value: document.title, fontWeight: 'bold' as const }],
    [words.organisme, document.organisme],
    [words.editedOn, document.date],
    [words.persons, document.rows.length],
    ...document.criteria.map((criterion, index) => [index === 0 ? words.criteria : '', criterion]),
  ];
  const blob = await withInlineDeflate(() =>
    writeXlsxFile([
      { data, sheet: words.sheetData, columns: COLUMN_WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 },
      { data: criteria, sheet: words.sheetCriteria, columns: [{ width: 16 }, { width: 60 }] },
    ]).toBlob(),
  );
  await pace.step(1);
  return blob;
}
