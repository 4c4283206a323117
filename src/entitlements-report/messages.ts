/** The words of `<habil-entitlements-report>` on screen, French first (the guide's; English in messages.en.ts); those of its exports and files are exports.messages.ts's. */
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
    exportInPage:
      'Le navigateur refuse de lancer l’export en arrière-plan (Web Worker) sur cette page : le fichier est créé dans la page, plus lentement.',
    exportFailed: "L'export n'a pas abouti",
    exportRetry: "Relancer l'export",
  },
  en: () => import('./messages.en.js'),
});

export type EntitlementsReportCatalog = typeof entitlementsReportMessages.fr;
export type EntitlementsReportText = LocalizeController<EntitlementsReportCatalog>;
