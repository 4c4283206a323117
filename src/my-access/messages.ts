/**
 * The words of `<habil-my-access>`, French first (the UCANSS user's guide "Mes habilitations",
 * "Historique de vos demandes", "Mes contacts", and the FAQ); English in messages.en.ts.
 */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const myAccessMessages = defineMessages({
  fr: {
    loading: 'Chargement de vos habilitations…',
    loadFailed: 'Vos habilitations ne peuvent pas être affichées.',
    sections: 'Mes habilitations',
    tabGrants: 'Mes habilitations',
    tabCatalogue: 'Applications',
    tabRequests: 'Historique de mes demandes',
    tabContacts: 'Mes contacts',

    grantsIntro: 'La liste de vos habilitations à date, par application.',
    grantsEmpty: "Vous n'avez encore aucune habilitation. Demandez l'accès aux applications dans l'onglet « Applications ».",
    grantedDirect: 'attribuée par un administrateur',
    grantedGroup: (group: string) => `par le groupe ${group}`,
    grantedTacit: 'acceptée tacitement',
    grantedAdd: 'par défaut (Agent de Direction)',
    grantedSince: (date: string) => `depuis le ${date}`,

    catalogueIntro:
      "Les applications de l'offre de services de l'Ucanss, par thème. Celles auxquelles vous avez accès sont ouvertes ; les autres sont grisées et marquées d'un cadenas. Ouvrez une application pour lire sa description et, s'il le faut, demander l'accès.",
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    accessOpen: 'Accessible',
    accessLocked: 'Verrouillée',
    stateHeld: 'Vous y avez accès',
    stateLibre: 'Accès libre',
    statePending: 'Demande en cours',
    stateRequest: 'Sur demande',
    stateProcedure: 'Autre démarche',
    stateConvention: "Par les groupes d'utilisateurs",
    targetPublic: (text: string) => `Public cible : ${text}`,
    held: 'Vous avez ce rôle',
    openAccess: 'Accès libre : aucune demande nécessaire',
    requestAccess: (application: string) => `Demander l'accès à l'application ${application}`,
    confirmHeading: (application: string) => `Demander l'accès à l'application ${application} ?`,
    confirmMessage: (role: string, local: boolean, deadline: string) =>
      `Rôle demandé : « ${role} ». ${local ? 'Votre administrateur local décidera' : "L'Ucanss décidera"} de votre demande au plus tard le ${deadline} ; sans décision à cette date, elle sera acceptée tacitement. Vous recevrez un message en cas d'acceptation ou de refus.`,
    confirmSend: 'Envoyer la demande',
    routedLocal: 'Votre demande sera adressée à votre administrateur local.',
    routedCentral: "Votre demande sera adressée à un administrateur de l'Ucanss.",
    pending: (deadline: string) => `Demande en cours — décision attendue au plus tard le ${deadline}`,
    procedureHeading: 'Autre démarche',
    procedureContact: 'Contact :',
    noRequestAccess: "Les demandes d'accès concernent les applications du portail Ucanss : votre profil n'en permet pas.",

    requested: (role: string, local: boolean) =>
      `Votre demande d'accès au rôle « ${role} » a été envoyée ${local ? 'à votre administrateur local' : "à un administrateur de l'Ucanss"}.`,
    requestFailed: (role: string) => `La demande d'accès au rôle « ${role} » n'a pas été envoyée`,

    requestsIntro:
      'Sauf refus formel, une demande est acceptée tacitement 10 jours après sa date. Vous recevez un message en cas d’acceptation ou de refus.',
    requestsCaption: 'Historique de vos demandes',
    requestsEmpty: "Vous n'avez fait aucune demande d'habilitation.",
    colDate: 'Date',
    colRole: 'Description',
    colStatus: 'Statut',
    deadline: (date: string) => `décision attendue au plus tard le ${date}`,
    decided: (by: string, date: string) => `par ${by}, le ${date}`,
    decidedOn: (date: string) => `le ${date}`,
    reason: (text: string) => `Motif : ${text}`,

    contactsIntro:
      "La gestion des droits sur le site de l'Ucanss est en partie décentralisée au sein de votre organisme. Pour toute question relative à une demande d'habilitation, vous pouvez contacter\u00a0:",
    contactsEmpty: (organisme: string) =>
      `${organisme} n'a pas d'administrateur local : vos demandes sont traitées par l'Ucanss.`,
    contactsUcanss: "Pour les applications validées par l'Ucanss, écrivez à",
    director: "directeur de l'organisme",
  },
  en: () => import('./messages.en.js'),
});

export type MyAccessText = LocalizeController<(typeof myAccessMessages)['fr']>;
