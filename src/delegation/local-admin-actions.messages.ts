/**
 * The words of naming and revoking a local administrator (guide §4, R13), loaded with their code
 * (local-admin-actions.ts). English in local-admin-actions.messages.en.ts.
 */
import { deFr, feminineFr, subjectFr, type Civility } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const localAdminActionsMessages = defineMessages({
  fr: {
    revokeHeading: (name: string) => `Retirer la délégation ${deFr(name)} ?`,
    revokeMessage: (name: string, organisme: string) =>
      `${name} ne sera plus administrateur local de ${organisme} et perdra le rôle « Administration locale ». Le retrait est inscrit dans l'historique de son compte.`,
    revokeSelfMessage: (organisme: string) =>
      `Vous ne serez plus administrateur local de ${organisme} : vous ne pourrez plus gérer les comptes ni les habilitations de votre organisme. Le retrait est inscrit dans l'historique de votre compte.`,
    revoked: (name: string, organisme: string) => `${name} n'est plus administrateur local de ${organisme}.`,
    revokeFailed: (name: string) => `La délégation ${deFr(name)} n'a pas été retirée`,
    selfRevokedHeading: 'Vous avez retiré votre propre délégation',
    selfRevoked: (organisme: string) =>
      `Vous n'êtes plus administrateur local de ${organisme} : vous ne gérez plus les comptes, les habilitations ni les délégations de votre organisme. Pour retrouver ce rôle, adressez-vous à un autre administrateur local de ${organisme}.`,
    delegationHeading: 'Délégation',
    delegationAsLocalAdmin: (civ: Civility) => `Vous êtes connecté${feminineFr(civ)} en tant qu'administrateur local.`,
    delegationAsUcanssAdmin: (civ: Civility) => `Vous êtes connecté${feminineFr(civ)} en tant qu'administrateur Ucanss.`,
    delegationText:
      "Vous pouvez, via le tableau ci-dessous, choisir une personne de votre organisme ayant déjà des droits sur le portail UCANSS pour la désigner comme « Administrateur local ». Si cette personne ne se trouve pas dans la liste, vous pouvez créer sa fiche via le bouton « Nouveau » ci-dessus, puis la sélectionner ensuite comme titulaire de délégation.",
    newAccount: 'Nouveau',
    pickerCaptionOrganisme: (organisme: string) => `Personnes de ${organisme}`,
    alreadyLocalAdmin: 'Déjà administrateur local',
    nameHeading: (name: string) => `Nommer ${name} administrateur local ?`,
    nameMessage: (name: string, email: string, organisme: string, civ: Civility) =>
      `${name} (${email}) pourra gérer les comptes et les habilitations des personnes de ${organisme} et recevra leurs demandes. ${subjectFr(civ)} reçoit le rôle « Administration locale » ; la délégation est inscrite dans l'historique de son compte.`,
    nameConfirm: 'Nommer',
    named: (name: string, organisme: string) => `${name} est désormais administrateur local de ${organisme}.`,
    nameFailed: (name: string, civ: Civility) => `${name} n'a pas été nommé${feminineFr(civ)} administrateur local`,
    accountCreated: (name: string) => `Le compte ${deFr(name)} est créé. Choisissez cette personne dans la liste pour la nommer administrateur local.`,
    createFailed: "Le compte n'a pas été créé",
    formHeading: 'Création d’un compte',
  },
  en: () => import('./local-admin-actions.messages.en.js'),
});

export type LocalAdminActionsText = LocalizeController<(typeof localAdminActionsMessages)['fr']>;
