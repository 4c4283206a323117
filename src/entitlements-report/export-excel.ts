/**
 * The report as an .xlsx workbook. Loaded with `import()` only when the user exports, so that
 * the widget does not carry write-excel-file for the pages that never export.
 *
 * One row per person, as on screen, with the roles one per line in their cell: the rows count
 * the persons the screen counts, and sorting or filtering the sheet by name keeps each
 * person's roles together. The header stays in view (frozen row) and a second sheet says
 * which organisme, which day and which filters, as the PDF's heading does.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import type { ReportDocument } from './report-data.js';

const COLUMN_WIDTHS = [22, 18, 38, 30, 6, 70];

export async function buildExcel(document: ReportDocument): Promise<Blob> {
  const header = document.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const data: SheetData = [
    header,
    ...document.rows.map((row) => row.map((value, column) => (column === document.rolesColumn ? { value, wrap: true } : { value }))),
  ];
  const { words } = document;
  const criteria: SheetData = [
    [{ value: document.title, fontWeight: 'bold' as const }],
    [words.organisme, document.organisme],
    [words.editedOn, document.date],
    [words.persons, document.rows.length],
    ...document.criteria.map((criterion, index) => [index === 0 ? words.criteria : '', criterion]),
  ];
  return writeXlsxFile([
    { data, sheet: words.sheetData, columns: COLUMN_WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 },
    { data: criteria, sheet: words.sheetCriteria, columns: [{ width: 16 }, { width: 60 }] },
  ]).toBlob();
}
