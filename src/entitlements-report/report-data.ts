/**
 * What the exports read and write: the whole result read page by page, the document (title,
 * criteria, rows of text) the lazily loaded Excel and PDF builders turn into a file, and its
 * name. The filters and the roles by application, which the screen shares, are report-query.ts's.
 */
import type { HabilClient } from '../client/types.js';
import type { EntitlementRow, Me } from '../domain/index.js';
import { formatDate } from '../domain/dates.js';
import { translate, type Lang, type MessageArgs } from '../internal/localize.js';
import { readAllPages } from '../internal/read-pages.js';
import { exportsMessages, type ExportsCatalog } from './exports.messages.js';
import { entitlementsReportMessages } from './messages.js';
import { reportQuery, rolesByApplication, type ExportFormat, type ReportFilters } from './report-query.js';

export { reportQuery, rolesByApplication, type ApplicationRoles, type ExportFormat, type ReportFilters } from './report-query.js';

/** The largest page the contract serves: an export reads the whole result with it. */
export const EXPORT_PAGE_SIZE = 500;

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Every row of the result, page after page of {@link EXPORT_PAGE_SIZE}. Pages are read one at
 * a time, so that a cancelled export stops after the page on its way; the total of the first
 * answer is the one reported (rows added meanwhile do not make the bar run past its end).
 */
export async function fetchWholeReport(
  client: HabilClient,
  filters: ReportFilters,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<EntitlementRow[]> {
  const whole = await readAllPages(
    (page) => client.call('entitlementsReport', { query: { ...reportQuery(filters), page, pageSize: EXPORT_PAGE_SIZE } }, { signal }),
    {
      pageSize: EXPORT_PAGE_SIZE,
      // The whole report is exported: « Annuler » aborts the signal.
      maxItems: Number.POSITIVE_INFINITY,
      onPage: (read) => onProgress({ done: read.items.length, total: Math.max(read.total, read.items.length) }),
    },
  );
  return whole.items;
}

/** An exported report as text, in the user's language: what the Excel and PDF builders lay out. */
export interface ReportDocument {
  lang: Lang;
  title: string;
  organisme: string;
  /** The server's day, formatted for the language. */
  date: string;
  /** "Édité le 02/06/2025 – 12 personnes". */
  summary: string;
  /** The filters applied, in words ("Nom commençant par « sch »"), or the words for none. */
  criteria: string[];
  /** "Critères : Nom commençant par « sch » ; Sans ADD". */
  criteriaLine: string;
  headers: string[];
  /** One row per person; the roles cell holds one "Application : Rôle" per line, or "Aucun rôle" as on screen. */
  rows: string[][];
  /** Index of the roles column in {@link headers}. */
  rolesColumn: number;
  words: {
    sheetData: string;
    sheetCriteria: string;
    criteria: string;
    organisme: string;
    editedOn: string;
    persons: string;
    pageNumber: (page: number, pages: number) => string;
  };
}

export function reportDocument(lang: Lang, me: Pick<Me, 'organisme' | 'today'>, filters: ReportFilters, people: EntitlementRow[]): ReportDocument {
  const t = <K extends keyof ExportsCatalog & string>(key: K, ...args: MessageArgs<ExportsCatalog, K>) => translate(exportsMessages, lang, key, ...args);
  const query = reportQuery(filters);
  const criteria = [
    ...(query.nom ? [t('criterionNom', query.nom)] : []),
    ...(query.email ? [t('criterionEmail', query.email)] : []),
    ...(query.add === undefined ? [] : [t('criterionAdd', query.add)]),
  ];
  const date = formatDate(me.today, lang);
  const count = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(people.length);
  return {
    lang,
    title: t('documentTitle', me.organisme.name),
    organisme: me.organisme.name,
    date,
    summary: t('documentSummary', date, count, people.length),
    criteria: criteria.length ? criteria : [t('criteriaNone')],
    criteriaLine: t('criteriaLine', criteria.length ? criteria.join(' ; ') : t('criteriaNone')),
    headers: [t('headNom'), t('headPrenom'), t('headEmail'), t('headFonction'), t('headAdd'), t('headRoles')],
    rows: people.map((person) => [
      person.nom,
      person.prenom,
      person.emailPro,
      person.fonction ?? '',
      person.add ? t('yes') : t('no'),
      person.roles.length
        ? rolesByApplication(person)
            .flatMap(({ application, roles }) => roles.map((role) => t('roleLine', application, role)))
            .join('\n')
        : translate(entitlementsReportMessages, lang, 'noRole'),
    ]),
    rolesColumn: 5,
    words: {
      sheetData: t('sheetData'),
      sheetCriteria: t('sheetCriteria'),
      criteria: t('criteria'),
      organisme: t('organisme'),
      editedOn: t('editedOn'),
      persons: t('persons'),
      pageNumber: (page, pages) => t('pageNumber', page, pages),
    },
  };
}

/** `etat-des-habilitations-CARSAT-ALSACE-MOSELLE-2025-06-02.xlsx`: accents and spaces out, so that every system keeps the name. */
export function exportFileName(lang: Lang, organisme: string, today: string, format: ExportFormat): string {
  const organismePart = organisme
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${translate(exportsMessages, lang, 'fileName')}-${organismePart}-${today}.${format}`;
}
