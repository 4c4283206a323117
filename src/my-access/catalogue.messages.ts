/**
 * The words of the catalogue of `<habil-my-access>` (its applications, its requests and their
 * confirmation), loaded with the catalogue when its tab first shows; English in
 * catalogue.messages.en.ts.
 */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const catalogueMessages = defineMessages({
  fr: {
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
  },
  en: () => import('./catalogue.messages.en.js'),
});

export type CatalogueText = LocalizeController<(typeof catalogueMessages)['fr']>;
