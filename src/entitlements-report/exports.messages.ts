/**
 * The words of the exports of `<habil-entitlements-report>`: what an export came to, and the
 * exported file's own (its name, sheets, headers, criteria, summary), loaded with the exports
 * (and in the export worker). English in exports.messages.en.ts.
 */
import { pluralFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const exportsMessages = defineMessages({
  fr: {
    exportCancelled: 'Export annulé : aucun fichier n’a été créé.',
    exportDone: (fileName: string, count: string, total: number) =>
      pluralFr(total, `Fichier ${fileName} créé (${count} personne).`, `Fichier ${fileName} créé (${count} personnes).`),
    exportDoneEarlierFilters: (fileName: string, count: string, total: number) =>
      pluralFr(
        total,
        `Fichier ${fileName} créé (${count} personne) selon les critères d’avant leur changement.`,
        `Fichier ${fileName} créé (${count} personnes) selon les critères d’avant leur changement.`,
      ),
    fileName: 'etat-des-habilitations',
    sheetData: 'Habilitations',
    sheetCriteria: 'Critères',
    headNom: 'Nom',
    headPrenom: 'Prénom',
    headEmail: 'Email',
    headFonction: 'Fonction',
    headAdd: 'ADD',
    headRoles: 'Rôles',
    yes: 'Oui',
    no: 'Non',
    roleLine: (application: string, role: string) => `${application} : ${role}`,
    documentTitle: (organisme: string) => `État des habilitations – ${organisme}`,
    criteria: 'Critères',
    criteriaNone: 'aucun (toutes les personnes de l’organisme)',
    criteriaLine: (list: string) => `Critères : ${list}`,
    criterionNom: (value: string) => `Nom commençant par « ${value} »`,
    criterionEmail: (value: string) => `Email pro contenant « ${value} »`,
    criterionAdd: (withAdd: boolean) => (withAdd ? 'Avec ADD' : 'Sans ADD'),
    organisme: 'Organisme',
    editedOn: 'Édité le',
    persons: 'Personnes',
    documentSummary: (date: string, count: string, total: number) =>
      pluralFr(total, `Édité le ${date} – ${count} personne`, `Édité le ${date} – ${count} personnes`),
    pageNumber: (page: number, pages: number) => `Page ${page} / ${pages}`,
  },
  en: () => import('./exports.messages.en.js'),
});

export type ExportsCatalog = typeof exportsMessages.fr;
export type ExportsText = LocalizeController<ExportsCatalog>;
