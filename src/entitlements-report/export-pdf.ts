/**
 * The report as a landscape A4 PDF, for printing. Loaded with `import()` only when the user
 * exports (jsPDF and its table plugin weigh far more than the widget).
 *
 * jsPDF writes untagged PDFs: screen readers get no table structure from them, which is why
 * the widget says that the Excel file is the accessible format.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { ReportDocument } from './report-data.js';

const MARGIN_MM = 12;
const TEXT_RGB: [number, number, number] = [33, 37, 41];
const MUTED_RGB: [number, number, number] = [84, 90, 98];
const HEAD_RGB: [number, number, number] = [0, 62, 120];

/**
 * The 14 standard PDF fonts only know the Windows-1252 letters; a name such as « Żak » would
 * come out as garbage. Such letters lose their accent in the PDF only (the Excel file keeps
 * every character); what has no plain letter becomes « ? ».
 */
const WINDOWS_1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
function printable(text: string): string {
  return [...text]
    .map((char) => {
      if (char === '\n' || (char >= ' ' && char <= 'ÿ') || WINDOWS_1252_EXTRAS.includes(char)) return char;
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return base.length === 1 && base <= 'ÿ' ? base : '?';
    })
    .join('');
}

export async function buildPdf(document: ReportDocument): Promise<Blob> {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
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

  autoTable(pdf, {
    startY: MARGIN_MM + 23,
    margin: { left: MARGIN_MM, right: MARGIN_MM, top: MARGIN_MM, bottom: MARGIN_MM + 4 },
    head: [document.headers.map(printable)],
    body: document.rows.map((row) => row.map(printable)),
    theme: 'grid',
    styles: { font: 'helvetica', fontSize: 8, cellPadding: 1.5, textColor: TEXT_RGB, lineColor: [190, 196, 204], lineWidth: 0.1, valign: 'top' },
    headStyles: { fillColor: HEAD_RGB, textColor: [255, 255, 255], fontStyle: 'bold' },
    alternateRowStyles: { fillColor: [244, 246, 248] },
    columnStyles: { 0: { cellWidth: 32 }, 1: { cellWidth: 26 }, 2: { cellWidth: 56 }, 3: { cellWidth: 38 }, 4: { cellWidth: 11 } },
    rowPageBreak: 'avoid',
  });

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
  return pdf.output('blob');
}
