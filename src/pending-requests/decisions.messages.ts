/** The words of a decision (its dialogs, what is said once it is applied or refused, the report of a selection), loaded with its code (decisions.ts). */
import { deFr, pluralFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const decisionMessages = defineMessages({
  fr: {
    accept: 'Accepter',
    confirmAcceptHeading: (name: string) => `Accepter la demande ${deFr(name)} ?`,
    confirmAcceptMessage: (role: string, application: string, name: string) =>
      `Le rôle « ${role} » (${application}) sera attribué à ${name} ; un e-mail l'en informera. La décision est définitive.`,
    confirmAcceptMany: (n: string, count: number) => pluralFr(count, `Accepter ${n} demande ?`, `Accepter ${n} demandes ?`),
    confirmAcceptManyMessage: (n: string, count: number) =>
      pluralFr(
        count,
        'Le rôle demandé sera attribué et le demandeur en sera informé par e-mail. La décision est définitive.',
        `Les ${n} rôles demandés seront attribués et chaque demandeur en sera informé par e-mail. Les décisions sont définitives ; le résultat sera indiqué demande par demande.`,
      ),
    refuseHeading: (name: string) => `Refuser la demande ${deFr(name)} ?`,
    refuseMessage: (role: string, application: string) =>
      `Rôle demandé : « ${role} » (${application}). Le demandeur sera informé du refus par e-mail. La décision est définitive.`,
    refuseMany: (n: string, count: number) => pluralFr(count, `Refuser ${n} demande ?`, `Refuser ${n} demandes ?`),
    refuseManyMessage: (n: string, count: number) =>
      pluralFr(
        count,
        'Le demandeur sera informé du refus par e-mail. La décision est définitive.',
        `Les ${n} demandeurs seront informés du refus par e-mail, avec le même motif. Les décisions sont définitives ; le résultat sera indiqué demande par demande.`,
      ),
    acceptAccountHeading: (name: string) => `Créer le compte ${deFr(name)} ?`,
    acceptAccountMessage: (email: string) =>
      `Le compte sera créé avec l'identifiant ${email} ; un message de confirmation sera envoyé à cette adresse. La décision est définitive.`,
    acceptAccountExternal:
      "Compte externe : la personne a déclaré ne pas travailler pour l'Institution, son adresse n'est donc pas d'un domaine de l'Institution. Vérifiez qu'elle doit avoir accès au site.",
    createAccount: 'Créer le compte',
    refuseAccountHeading: (name: string) => `Refuser la demande de compte ${deFr(name)} ?`,
    refuseAccountMessage: (email: string) => `Un message sera envoyé à ${email} pour l'informer du refus. La décision est définitive.`,

    accepted: (name: string, role: string) => `Demande ${deFr(name)} acceptée : ${role}`,
    refused: (name: string, role: string) => `Demande ${deFr(name)} refusée : ${role}`,
    accountCreated: (name: string, email: string) => `Compte ${deFr(name)} créé (identifiant ${email}).`,
    accountRefused: (name: string) => `Demande de compte ${deFr(name)} refusée.`,

    alreadyDecidedHeading: 'Demande déjà traitée',
    alreadyDecidedBy: (what: string, by: string, when: string) =>
      `${what} a déjà été traitée par ${by}${when ? ` le ${when}` : ''}. La décision est définitive ; la demande a quitté la liste.`,
    alreadyDecidedTacitly: (what: string, when: string) =>
      `${what} a été acceptée tacitement${when ? ` le ${when}` : ''}, faute de décision dans les 10 jours. La demande a quitté la liste.`,
    alreadyDecidedUnknown: (what: string) => `${what} a déjà été traitée. La décision est définitive ; la demande a quitté la liste.`,
    whatAccess: (name: string, role: string) => `La demande ${deFr(name)} (${role})`,
    whatAccount: (name: string) => `La demande de compte ${deFr(name)}`,
    decisionFailed: (what: string) => `${what} n'a pas été traitée.`,
    selectionUnread: "Les demandes sélectionnées n'ont pas pu être relues : aucune décision n'a été envoyée.",

    bulkHeadingAccept: (n: string, count: number) => pluralFr(count, `Acceptation de ${n} demande`, `Acceptation de ${n} demandes`),
    bulkHeadingRefuse: (n: string, count: number) => pluralFr(count, `Refus de ${n} demande`, `Refus de ${n} demandes`),
    bulkCollecting: 'Recherche des demandes sélectionnées…',
    bulkProgress: (done: string, total: string) => `Traitement : ${done} sur ${total}`,
    bulkAccepted: (n: string, count: number) => pluralFr(count, `${n} demande acceptée`, `${n} demandes acceptées`),
    bulkRefused: (n: string, count: number) => pluralFr(count, `${n} demande refusée`, `${n} demandes refusées`),
    bulkFailed: (n: string, count: number) => pluralFr(count, `${n} non traitée par le serveur`, `${n} non traitées par le serveur`),
    bulkNotSent: (n: string, count: number) => pluralFr(count, `${n} non envoyée`, `${n} non envoyées`),
    bulkItemAccepted: 'acceptée',
    bulkItemRefused: 'refusée',
    bulkItemFailed: 'non traitée',
    bulkItemNotSent: 'non envoyée',
    bulkInterrupted: "L'envoi s'est interrompu : les demandes non envoyées sont toujours en attente.",
    bulkResume: 'Reprendre l’envoi',
    bulkClose: 'Fermer le compte rendu',
    bulkReport: 'Compte rendu par demande',
    colon: ' : ',
    sending: 'Envoi…',
    retryDecision: 'Renvoyer la décision',
  },
  en: () => import('./decisions.messages.en.js'),
});

export type DecisionText = LocalizeController<typeof decisionMessages.fr>;
