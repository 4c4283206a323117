/** The words of `<habil-entitlements-report>` and of its exported files, French first (the guide's), then English. */
import { pluralEn, pluralFr } from '../internal/french.js';
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
  en: {
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
    exportCancelled: 'Export cancelled: no file was created.',
    exportDone: (fileName: string, count: string, total: number) =>
      pluralEn(total, `File ${fileName} created (${count} person).`, `File ${fileName} created (${count} people).`),
    exportDoneEarlierFilters: (fileName: string, count: string, total: number) =>
      pluralEn(
        total,
        `File ${fileName} created (${count} person) with the criteria as they were before they changed.`,
        `File ${fileName} created (${count} people) with the criteria as they were before they changed.`,
      ),
    exportInPage: 'The browser refuses to run the export in the background (Web Worker) on this page: the file is created in the page, more slowly.',
    exportFailed: 'The export failed',
    exportRetry: 'Export again',

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
  },
});

export type EntitlementsReportCatalog = typeof entitlementsReportMessages.fr;
export type EntitlementsReportText = LocalizeController<EntitlementsReportCatalog>;
