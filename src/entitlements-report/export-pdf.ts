/**
 * The report as a landscape A4 PDF, for printing, built in the export worker (or, when the page
 * refuses workers, in the page). Loaded with `import()` only when the user exports (jsPDF and
 * its table plugin weigh far more than the widget).
 *
 * jsPDF writes untagged PDFs: screen readers get no table structure from them, which is why
 * the widget says that the Excel file is the accessible format. The page streams are
 * compressed: 10,000 persons make a file of about 1.5 MB (18 MB uncompressed).
 */
import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import type { Pace } from './pace.js';
import type { ReportDocument } from './report-data.js';

const MARGIN_MM = 12;
const TABLE_TOP_MM = MARGIN_MM + 23;
const TEXT_RGB: [number, number, number] = [33, 37, 41];
const MUTED_RGB: [number, number, number] = [84, 90, 98];
const HEAD_RGB: [number, number, number] = [0, 62, 120];
/**
 * Rows laid out between two calls to the pace: one table of the plugin each, the next one going
 * on where the last ended. Even, so that the striped rows keep alternating across slices.
 */
const SLICE_ROWS = 40;
/** The share of the work the rows stand for; the page footers and the file's bytes are the rest. */
const ROWS_SHARE = 0.9;

/**
 * The 14 standard PDF fonts only know the Windows-1252 letters; a name such as « Żak » would
 * come out as garbage. Such letters lose their accent in the PDF only (the Excel file keeps
 * every character); what has no plain letter becomes « ? ».
 */
const WINDOWS_1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const LATIN_1 = /^[\n\x20-\xff]*$/;
function printable(text: string): string {
  if (LATIN_1.test(text)) return text;
  return [...text]
    .map((char) => {
      // The narrow no-break space of French numbers (« 1 370 personnes ») and its kin.
      if (char === '\u202f' || char === '\u2007') return '\u00a0';
      if (/\p{Zs}/u.test(char)) return ' ';
      if (char === '\n' || (char >= ' ' && char <= 'ÿ') || WINDOWS_1252_EXTRAS.includes(char)) return char;
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return base.length === 1 && base <= 'ÿ' ? base : '?';
    })
    .join('');
}

export async function buildPdf(document: ReportDocument, pace: Pace): Promise<Blob> {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true, floatPrecision: 2 });
  pdf.setProperties({ title: printable(document.title), subject: printable(document.summary), creator: 'habil' });
  pdf.setLanguage(document.lang === 'fr' ? 'fr' : 'en-GB');

  pdf.setTextColor(...TEXT_RGB);
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(16);
  pdf.text(printable(document.title), MARGIN_MM, MARGIN_MM + 6);
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(10);
  pdf.setTextColor(...MUTED_RGB);
  pdf.text(printable(document.criteriaLine), MARGIN_MM, MARGIN_MM + 13);
  pdf.text(printable(document.summary), MARGIN_MM, MARGIN_MM + 18);

  const head = [document.headers.map(printable)];
  const total = document.rows.length;
  let endY = TABLE_TOP_MM;
  let headHeight = 0;
  for (let start = 0; start === 0 || start < total; start += SLICE_ROWS) {
    const goesOn = start > 0;
    autoTable(pdf, {
      // A slice that goes on from the previous one starts where it ended; its head row, drawn on
      // the pages it adds, is not drawn there (it would cut the table), so it starts one head
      // higher, in room the previous slice's rows have already filled.
      startY: goesOn ? endY - headHeight : TABLE_TOP_MM,
      margin: { left: MARGIN_MM, right: MARGIN_MM, top: MARGIN_MM, bottom: MARGIN_MM + 4 },
      head,
      body: document.rows.slice(start, start + SLICE_ROWS).map((row) => row.map(printable)),
      showHead: 'everyPage',
      theme: 'grid',
      styles: { font: 'helvetica', fontSize: 8, cellPadding: 1.5, textColor: TEXT_RGB, lineColor: [190, 196, 204], lineWidth: 0.1, valign: 'top' },
      headStyles: { fillColor: HEAD_RGB, textColor: [255, 255, 255], fontStyle: 'bold' },
      alternateRowStyles: { fillColor: [244, 246, 248] },
      columnStyles: { 0: { cellWidth: 32 }, 1: { cellWidth: 26 }, 2: { cellWidth: 56 }, 3: { cellWidth: 38 }, 4: { cellWidth: 11 } },
      rowPageBreak: 'avoid',
      willDrawCell: (data: CellHookData) => {
        if (data.section !== 'head') return;
        headHeight = data.row.height;
        if (goesOn && data.cell.y > MARGIN_MM + 0.01) return false;
      },
    });
    endY = (pdf as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
    await pace.step((Math.min(start + SLICE_ROWS, total) / Math.max(total, 1)) * ROWS_SHARE);
  }

  const pages = pdf.getNumberOfPages();
  const width = pdf.internal.pageSize.getWidth();
  const height = pdf.internal.pageSize.getHeight();
  pdf.setFontSize(8);
  pdf.setTextColor(...MUTED_RGB);
  for (let page = 1; page <= pages; page += 1) {
    pdf.setPage(page);
    pdf.text(printable(document.title), MARGIN_MM, height - MARGIN_MM + 4);
    pdf.text(printable(document.words.pageNumber(page, pages)), width - MARGIN_MM, height - MARGIN_MM + 4, { align: 'right' });
  }
  await pace.step(ROWS_SHARE + (1 - ROWS_SHARE) / 2);
  const blob = pdf.output('blob');
  await pace.step(1);
  return blob;
}
