/** The English words of `exportsMessages` (exports.messages.ts), loaded when an export is first made in English. */
import { pluralEn } from '../internal/french.js';

export default {
  exportCancelled: 'Export cancelled: no file was created.',
  exportDone: (fileName: string, count: string, total: number) =>
    pluralEn(total, `File ${fileName} created (${count} person).`, `File ${fileName} created (${count} people).`),
  exportDoneEarlierFilters: (fileName: string, count: string, total: number) =>
    pluralEn(
      total,
      `File ${fileName} created (${count} person) with the criteria as they were before they changed.`,
      `File ${fileName} created (${count} people) with the criteria as they were before they changed.`,
    ),
  fileName: 'entitlements-report',
  sheetData: 'Entitlements',
  sheetCriteria: 'Criteria',
  headNom: 'Last name',
  headPrenom: 'First name',
  headEmail: 'E-mail',
  headFonction: 'Job title',
  headAdd: 'ADD',
  headRoles: 'Roles',
  yes: 'Yes',
  no: 'No',
  roleLine: (application: string, role: string) => `${application}: ${role}`,
  documentTitle: (organisme: string) => `Entitlements report – ${organisme}`,
  criteria: 'Criteria',
  criteriaNone: 'none (everybody in the organisme)',
  criteriaLine: (list: string) => `Criteria: ${list}`,
  criterionNom: (value: string) => `Last name starting with “${value}”`,
  criterionEmail: (value: string) => `Work e-mail containing “${value}”`,
  criterionAdd: (withAdd: boolean) => (withAdd ? 'With ADD' : 'Without ADD'),
  organisme: 'Organisme',
  editedOn: 'Created on',
  persons: 'People',
  documentSummary: (date: string, count: string, total: number) =>
    pluralEn(total, `Created on ${date} – ${count} person`, `Created on ${date} – ${count} people`),
  pageNumber: (page: number, pages: number) => `Page ${page} of ${pages}`,
};
