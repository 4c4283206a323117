/** The English words of `entitlementsReportMessages` (messages.ts), loaded when an element first speaks English. */
import { pluralEn } from '../internal/french.js';

export default {
  title: 'Entitlements report',
  intro: (organisme: string) => `The people of ${organisme} who have an account, with their roles.`,
  loadingMe: 'Loading the entitlements report…',
  forbiddenHeading: 'For administrators only',
  forbidden:
    "An organisme's entitlements report is read by its local administrators and by UCANSS administrators. Your profile does not allow you to read it.",

  filters: 'Identity',
  filterNom: 'Last name:',
  filterNomHint: 'Start of the last name',
  filterEmail: 'Work e-mail:',
  filterEmailHint: 'All or part of the address',
  filterAdd: 'ADD:',
  addWith: 'With ADD',
  addWithout: 'Without ADD',
  addAny: 'Either',
  show: 'Show the report',

  caption: (organisme: string) => `Entitlements report: ${organisme}`,
  colName: 'First and last name',
  colFonction: 'Job title',
  colRoles: 'Roles',
  addBadge: 'ADD',
  noRole: 'No role',
  empty: 'Nobody matches these criteria.',
  listErrorRetry: 'Reload the report',

  exports: 'Export the result',
  exportExcel: 'Export to Excel (.xlsx)',
  exportPdf: 'Export to PDF',
  exportHint: (count: string, total: number) =>
    pluralEn(total, `The file holds the one person of the result.`, `The file holds the ${count} people of the result, every page included.`),
  pdfNotice: 'The Excel file is the accessible format: the PDF, made for printing, is not structured for screen readers.',
  exportHeadingExcel: 'Excel export in progress',
  exportHeadingPdf: 'PDF export in progress',
  exportProgress: (done: string, total: string) => `${done} / ${total} people`,
  exportBuilding: (percent: string) => `Creating the file… ${percent}`,
  cancel: 'Cancel',
  exportInPage: 'The browser refuses to run the export in the background (Web Worker) on this page: the file is created in the page, more slowly.',
  exportFailed: 'The export failed',
  exportRetry: 'Export again',
};
