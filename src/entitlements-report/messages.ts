/** The words of `<habil-entitlements-report>` and of its exported files, French first (the guide's; English in messages.en.ts). */
import { pluralFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const entitlementsReportMessages = defineMessages({
  fr: {
    title: 'État des habilitations',
    intro: (organisme: string) => `Les personnes de ${organisme} ayant un compte, avec leurs rôles.`,
    loadingMe: 'Chargement de l’état des habilitations…',
    forbiddenHeading: 'Accès réservé aux administrateurs',
    forbidden:
      "L'état des habilitations d'un organisme est consulté par ses administrateurs locaux et par les administrateurs Ucanss. Votre profil ne permet pas de le consulter.",

    filters: 'Identité',
    filterNom: 'Nom :',
    filterNomHint: 'Début du nom',
    filterEmail: 'Email pro :',
    filterEmailHint: 'Tout ou partie de l’adresse',
    filterAdd: 'ADD :',
    addWith: 'Avec ADD',
    addWithout: 'Sans ADD',
    addAny: 'Indifférent',
    show: "Afficher l'état",

    caption: (organisme: string) => `État des habilitations : ${organisme}`,
    colName: 'Prénom Nom',
    colFonction: 'Fonction',
    colRoles: 'Rôles',
    addBadge: 'ADD',
    noRole: 'Aucun rôle',
    empty: 'Aucune personne ne correspond à ces critères.',
    listErrorRetry: "Recharger l'état",

    exports: 'Exporter le résultat',
    exportExcel: 'Exporter en Excel (.xlsx)',
    exportPdf: 'Exporter en PDF',
    exportHint: (count: string, total: number) =>
      pluralFr(total, `Le fichier contient la seule personne du résultat.`, `Le fichier contient les ${count} personnes du résultat, toutes pages comprises.`),
    pdfNotice:
      'Le fichier Excel est le format accessible : le PDF, fait pour l’impression, n’est pas structuré pour les lecteurs d’écran.',
    exportHeadingExcel: 'Export Excel en cours',
    exportHeadingPdf: 'Export PDF en cours',
    exportProgress: (done: string, total: string) => `${done} / ${total} personnes`,
    exportBuilding: (percent: string) => `Création du fichier… ${percent}`,
    cancel: 'Annuler',
    exportCancelled: 'Export annulé : aucun fichier n’a été créé.',
    exportDone: (fileName: string, count: string, total: number) =>
      pluralFr(total, `Fichier ${fileName} créé (${count} personne).`, `Fichier ${fileName} créé (${count} personnes).`),
    exportDoneEarlierFilters: (fileName: string, count: string, total: number) =>
      pluralFr(
        total,
        `Fichier ${fileName} créé (${count} personne) selon les critères d’avant leur changement.`,
        `Fichier ${fileName} créé (${count} personnes) selon les critères d’avant leur changement.`,
      ),
    exportInPage:
      'Le navigateur refuse de lancer l’export en arrière-plan (Web Worker) sur cette page : le fichier est créé dans la page, plus lentement.',
    exportFailed: "L'export n'a pas abouti",
    exportRetry: "Relancer l'export",

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
  en: () => import('./messages.en.js'),
});

export type EntitlementsReportCatalog = typeof entitlementsReportMessages.fr;
export type EntitlementsReportText = LocalizeController<EntitlementsReportCatalog>;
