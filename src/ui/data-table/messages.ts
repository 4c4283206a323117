/** The words of `<habil-data-table>`, French first, then English. */
import { pluralEn, pluralFr } from '../../internal/french.js';
import { defineMessages } from '../../internal/localize.js';
import type { SortDirection } from './data-table.js';

export const dataTableMessages = defineMessages({
  fr: {
    all: 'Tout',
    selectAll: (total: string, count: number) => `Tout sélectionner (${total} ${pluralFr(count, 'résultat', 'résultats')})`,
    selectRow: (label: string) => `Sélectionner ${label}`,
    selection: 'Sélection',
    empty: 'Aucun résultat.',
    loadingRows: 'Chargement des résultats…',
    pagination: (caption: string) => (caption ? `Pagination : ${caption}` : 'Pagination'),
    pageSize: 'Lignes par page',
    previous: 'Précédent',
    next: 'Suivant',
    range: (first: string, last: string, total: string) => (first === last ? `${first} sur ${total}` : `${first}–${last} sur ${total}`),
    pageOf: (page: string, pages: string) => `Page ${page} sur ${pages}`,
    status: (first: string, last: string, total: string, page: string, pages: string) =>
      first === last ? `Ligne ${first} sur ${total}, page ${page} sur ${pages}.` : `Lignes ${first} à ${last} sur ${total}, page ${page} sur ${pages}.`,
    statusEmpty: 'Aucun résultat.',
    statusRows: (n: string, count: number) => pluralFr(count, `${n} ligne.`, `${n} lignes.`),
    sorted: (column: string, direction: SortDirection) => `Trié par ${column}, ordre ${direction === 'ascending' ? 'croissant' : 'décroissant'}.`,
  },
  en: {
    all: 'All',
    selectAll: (total: string, count: number) => `All: select the ${total} ${pluralEn(count, 'result', 'results')}`,
    selectRow: (label: string) => `Select ${label}`,
    selection: 'Selection',
    empty: 'No results.',
    loadingRows: 'Loading results…',
    pagination: (caption: string) => (caption ? `Pagination: ${caption}` : 'Pagination'),
    pageSize: 'Rows per page',
    previous: 'Previous',
    next: 'Next',
    range: (first: string, last: string, total: string) => (first === last ? `${first} of ${total}` : `${first}–${last} of ${total}`),
    pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
    status: (first: string, last: string, total: string, page: string, pages: string) =>
      first === last ? `Row ${first} of ${total}, page ${page} of ${pages}.` : `Rows ${first} to ${last} of ${total}, page ${page} of ${pages}.`,
    statusEmpty: 'No results.',
    statusRows: (n: string, count: number) => pluralEn(count, `${n} row.`, `${n} rows.`),
    sorted: (column: string, direction: SortDirection) => `Sorted by ${column}, ${direction}.`,
  },
});
