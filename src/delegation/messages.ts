/**
 * The words of `<habil-delegation>` up front: its tabs, what it says while it loads or when the
 * person may see nothing, "Vos contacts" and the list of "Vos administrateurs locaux" (the UCANSS
 * administrator's guide §4, the UCANSS FAQ). Each part loaded on demand brings its own (its
 * *.messages.ts). English in messages.en.ts.
 */
import { deFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const delegationMessages = defineMessages({
  fr: {
    loadingMe: 'Chargement des délégations…',
    sections: 'Délégations',
    tabLocalAdmins: 'Vos administrateurs locaux',
    tabAllLocalAdmins: 'Tous les administrateurs locaux',
    tabPartnerAdmins: 'Administrateurs partenaires',
    tabResponsables: 'Responsables habilitations',
    listErrorRetry: 'Recharger la liste',
    forbiddenHeading: 'Accès réservé aux administrateurs',
    forbidden:
      "Les délégations sont gérées par les administrateurs locaux (le directeur de l'organisme et ses délégataires) et les administrateurs Ucanss ; côté Caf, par l'administrateur partenaire, les responsables habilitations et la Caf. Votre profil ne permet pas de les consulter.",
    forbiddenView: (section: string) => `Votre profil ne permet pas de consulter « ${section} ».`,
    contactsHeading: 'Vos contacts',
    contactsIntro: (organisme: string) =>
      `Les administrateurs locaux de ${organisme} traitent vos demandes d'habilitation : adressez-vous à eux.`,
    contactsEmpty: "Votre organisme n'a pas d'administrateur local : vos demandes sont traitées par l'Ucanss (habilitations@ucanss.fr).",
    mineCaption: 'Liste des administrateurs locaux de votre organisme',
    mineIntro: (organisme: string) =>
      `Les personnes de ${organisme} habilitées à l'administration locale des rôles : le directeur, administrateur local par défaut, et les personnes à qui délégation a été donnée. Un organisme garde toujours au moins un administrateur local.`,
    mineEmpty: "Votre organisme n'a aucun administrateur local.",
    newLocalAdmin: 'Nouvel administrateur local',
    colNom: 'Nom',
    colPrenom: 'Prénom',
    colEmail: 'E-mail',
    colPhone: 'Téléphone',
    colSince: 'Depuis le',
    colNamedBy: 'Nommé par',
    colAction: 'Action',
    directorByDefault: 'Directeur (par défaut)',
    lastLocalAdmin: 'Dernier administrateur local',
    lastLocalAdminHint: 'Un organisme garde au moins un administrateur local : désignez-en un autre avant de retirer celui-ci.',
    revoke: 'Retirer',
    revokeOf: (name: string) => `Retirer la délégation ${deFr(name)}`,
    closeFlow: 'Fermer',
    lastChange: 'Dernière modification',
  },
  en: () => import('./messages.en.js'),
});

export type DelegationText = LocalizeController<(typeof delegationMessages)['fr']>;
