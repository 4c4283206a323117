/**
 * The words of what a row's actions do in `<habil-account-search>`: their questions, their
 * outcomes, the record and the account form's dialog. They come with the actions' code
 * (actions.ts), the first time a row's menu opens or « Nouveau » is reached.
 */
import { deFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

/** The civilité of the person a sentence is about (« M. », « Mme »), when known: the words agree with it. */
export type Civ = string | null | undefined;

export const actionMessages = defineMessages({
  fr: {
    responsableFormHeading: (name: string) => `Compte ${deFr(name)} non clôturé`,
    responsableFormText: (name: string, codes: string, count: number) =>
      `${name} est responsable habilitations ${count === 1 ? `du groupe ${codes}` : `des groupes ${codes}`}, et chaque groupe garde un responsable ouvert : désignez d'abord ${
        count === 1 ? 'un autre responsable' : "d'autres responsables"
      } avec « Désactiver un responsable habilitations » (menu Actions de la ligne), qui clôture ensuite le compte. Vos saisies sont conservées.`,
    replacementsNote: (changes: string) => `Avant la clôture, les groupes changent de responsable habilitations : ${changes}.`,
    replacementItem: (code: string, name: string) => `${code} à ${name}`,
    replaced: (changes: string) => `Nouveaux responsables habilitations : ${changes}.`,
    replacementRefused: (code: string, name: string) => `Le groupe ${code} n'a pas été confié à ${name}`,
    replacedBeforeRefusal: (changes: string) => `Déjà enregistré : ${changes}. Le compte n'a pas été clôturé.`,
    nothingReplacedYet: "Rien n'a été enregistré : le compte n'a pas été clôturé.",
    closingRefusedAfterReplacement: (changes: string) => `Les groupes ont changé de responsable habilitations (${changes}), mais la clôture du compte a été refusée.`,
    noGroupToJoin: (name: string) => `${name} est déjà membre de tous les groupes ouverts que vous gérez.`,
    confirmReactivate: (name: string) => `Activer le compte ${deFr(name)} ?`,
    confirmReactivateText: (_civilite: Civ) =>
      'Le compte repasse en statut « actif » : la personne retrouve l’accès connecté au site, avec ses habilitations.',
    confirmReactivateLabel: 'Activer',
    confirmAttach: (name: string) => `Rattacher ${name} à mon organisme ?`,
    // The guide's words: « la », « celle-ci » are of « cette personne », whoever she is.
    confirmAttachText: (_civilite: Civ) =>
      'Confirmation du rattachement ? En choisissant cette personne, vous la rattachez à votre organisme, celle-ci conservera ses anciens droits, vous pourrez alors les modifier via sa fiche.',
    confirmAttachLabel: 'Rattacher',
    confirmResend: (name: string) => `Renvoyer l'identifiant ${deFr(name)} par mail ?`,
    confirmResendText: (identifier: string, email: string) => `L'identifiant ${identifier} sera envoyé à l'adresse ${email}.`,
    confirmResendLabel: 'Renvoyer',
    confirmRevokeText: 'La personne perd aussitôt l’accès que donne ce rôle. Vous pourrez le lui affecter de nouveau.',
    pickGrant: (name: string) => `Affecter un rôle à ${name}`,
    pickRevoke: (name: string) => `Supprimer un rôle ${deFr(name)}`,
    nothingToGrant: (name: string) => `${name} a déjà tous les rôles que vous pouvez affecter.`,
    nothingToRevoke: (name: string) => `${name} n'a aucun rôle que vous puissiez supprimer.`,
    reactivated: (name: string) => `Le compte ${deFr(name)} est activé.`,
    deactivatedTemporary: (name: string) => `Le compte ${deFr(name)} est désactivé (statut « inactif », réactivable).`,
    deactivatedPermanent: (name: string) => `Le compte ${deFr(name)} est supprimé définitivement.`,
    closedCaf: (name: string, date: string, civilite: Civ) =>
      civilite === 'Mme'
        ? `${name} est désactivée : date de clôture au ${date}.`
        : civilite === 'M.'
          ? `${name} est désactivé : date de clôture au ${date}.`
          : `Compte ${deFr(name)} désactivé : date de clôture au ${date}.`,
    attached: (name: string, organisme: string, civilite: Civ) =>
      civilite === 'Mme'
        ? `${name} est rattachée à ${organisme} et conserve ses droits.`
        : civilite === 'M.'
          ? `${name} est rattaché à ${organisme} et conserve ses droits.`
          : `Rattachement ${deFr(name)} à ${organisme} effectué : ses droits sont conservés.`,
    granted: (role: string, name: string) => `Rôle « ${role} » affecté à ${name}.`,
    revoked: (role: string, name: string) => `Rôle « ${role} » supprimé ${deFr(name)}.`,
    identifierSent: (name: string, email: string) => `Identifiant ${deFr(name)} renvoyé à ${email}.`,
    created: (name: string, _civilite: Civ) => `Compte ${deFr(name)} créé. Un message de confirmation lui est envoyé par mail.`,
    updated: (name: string) => `Compte ${deFr(name)} modifié.`,
    staleReloaded: (name: string) => `Le compte ${deFr(name)} a été rechargé.`,
    currentValues: 'Valeurs enregistrées entre-temps :',
    detailsHeading: (name: string) => `Fiche ${deFr(name)}`,
    historyHeading: (name: string) => `Historique du compte ${deFr(name)}`,
    viewDetails: 'Fiche',
    viewHistory: 'Historique',
    formCreateHeading: 'Nouveau compte',
    formCreateHeadingCaf: 'Créer un utilisateur partenaire',
    discardHeading: 'Abandonner la saisie ?',
    discardText: 'Les informations saisies dans le formulaire seront perdues.',
    discardConfirm: 'Abandonner la saisie',
    discardKeep: 'Continuer la saisie',
    formEditHeading: (name: string) => `Modifier le compte ${deFr(name)}`,

    // The menu of a row: its actions, and why one is left out.
    actionView: 'Détails – accéder à la fiche',
    actionGrant: 'Affecter un rôle',
    actionRevoke: 'Supprimer un rôle',
    actionHistory: "Consulter l'historique des actions sur le compte",
    actionEdit: 'Modifier',
    actionDeactivate: 'Désactiver le compte',
    actionDeactivateCaf: "Désactiver l'utilisateur (date de clôture)",
    actionReactivate: 'Activer le compte',
    actionAttach: 'Rattacher à mon organisme',
    actionResend: "Renvoyer l'identifiant par mail",
    actionAddToGroup: 'Ajouter à un groupe',
    actionManageMemberships: "Gérer l'appartenance de l'utilisateur",
    actionDeactivateResponsable: 'Désactiver un responsable habilitations',
    responsableOnlyByAdmin: (name: string, codes: string, count: number) =>
      `${name} est responsable habilitations ${count === 1 ? `du groupe ${codes}` : `des groupes ${codes}`} : seul l'administrateur partenaire peut désigner ${
        count === 1 ? 'un autre responsable' : "d'autres responsables"
      }, ce qui doit précéder la clôture de son compte.`,
    noAction: 'Aucune action possible.',
  },
  en: () => import('./actions.messages.en.js'),
});

export type ActionWords = LocalizeController<(typeof actionMessages)['fr']>;
