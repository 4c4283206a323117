/**
 * The words of the CAF sections of `<habil-delegation>` (the "Mon Compte Partenaire" guide,
 * fiches 14–16): the convention, the partner administrators and the responsables habilitations,
 * loaded with them. English in caf.messages.en.ts.
 */
import { commandFr, deFr, feminineFr, pluralFr, type Civility } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const cafMessages = defineMessages({
  fr: {
    convention: 'Convention',
    conventionOf: (label: string, partner: string) => `Convention : ${label} — Organisme partenaire : ${partner}`,
    noConvention: "Vous n'êtes rattaché à aucune convention.",
    partnerAdminsCaption: (partner: string) => `Administrateurs partenaires de ${partner}`,
    partnerAdminsIntro:
      "L'administrateur partenaire représente le partenaire lié à la Caf par la convention : il crée les utilisateurs et leur attribue les habilitations conférées par la convention. Il ne possède pas par défaut les rôles métier : il faut l'ajouter à des groupes d'utilisateurs pour qu'il en bénéficie.",
    partnerAdminsCount: (n: string, max: string, count: number) =>
      `${pluralFr(count, `${n} administrateur partenaire`, `${n} administrateurs partenaires`)} sur ${max} au plus.`,
    partnerAdminsLimit: (max: string, count: number) =>
      `Ce partenaire a déjà ${pluralFr(count, `${max} administrateur partenaire`, `${max} administrateurs partenaires`)}, le maximum : retirez-en un avant d'en désigner un autre.`,
    partnerAdminsReadOnly: "C'est la Caf qui attribue et retire le rôle d'administrateur partenaire : cette liste est en lecture seule pour vous.",
    partnerAdminsEmpty: "Ce partenaire n'a aucun administrateur partenaire.",
    appoint: 'Désigner un administrateur partenaire',
    colIdentifier: 'Identifiant',
    colMail: 'Adresse mail',
    appointHeading: 'Désigner un administrateur partenaire',
    appointText: (partner: string) =>
      `Choisissez l'administrateur partenaire parmi les utilisateurs de la convention de ${partner}. La personne choisie doit déjà avoir un compte ouvert.`,
    pickerCaptionConvention: (label: string) => `Utilisateurs de la convention ${label}`,
    alreadyPartnerAdmin: 'Déjà administrateur partenaire',
    appointConfirmHeading: (name: string, partner: string) => `Désigner ${name} administrateur partenaire de ${partner} ?`,
    appointConfirmMessage: (name: string, civ: Civility) =>
      `${name} pourra créer les utilisateurs, administrer les groupes d'utilisateurs et habiliter les responsables habilitations. Ce profil ne donne aucun rôle métier : ${commandFr('ajoutez', civ)} à des groupes d'utilisateurs pour cela. La désignation est inscrite dans l'historique de son compte.`,
    appointConfirm: 'Désigner',
    appointed: (name: string, partner: string) => `${name} est désormais administrateur partenaire de ${partner}.`,
    appointFailed: (name: string, civ: Civility) => `${name} n'a pas été désigné${feminineFr(civ)} administrateur partenaire`,
    withdrawOf: (name: string) => `Retirer le rôle d'administrateur partenaire à ${name}`,
    withdrawHeading: (name: string) => `Retirer le rôle d'administrateur partenaire à ${name} ?`,
    withdrawMessage: (name: string, partner: string) =>
      `${name} ne sera plus administrateur partenaire de ${partner}. Son compte reste ouvert, avec les droits de ses groupes. Le retrait est inscrit dans l'historique de son compte.`,
    withdrawn: (name: string, partner: string) => `${name} n'est plus administrateur partenaire de ${partner}.`,
    withdrawFailed: (name: string) => `Le rôle d'administrateur partenaire ${deFr(name)} n'a pas été retiré`,
    responsablesCaption: (label: string) => `Responsables habilitations des groupes de la convention ${label}`,
    responsablesIntro:
      "Un seul utilisateur peut être désigné responsable habilitations de chaque groupe d'utilisateurs. Il gère les utilisateurs et leurs habilitations dans la limite de ce qui lui est confié.",
    afasResponsableHeading: 'Point spécifique Afas',
    afasResponsable:
      "Être désigné responsable habilitations ne suffit pas pour gérer les habilitations du service Afas : l'utilisateur doit aussi être affecté à un groupe d'utilisateurs qui dispose du rôle « Afas - Habiliter ».",
    responsablesReadOnly:
      "Seul l'administrateur partenaire enregistre, remplace ou désactive un responsable habilitations (Synthèse du guide Mon Compte Partenaire) : cette liste est en lecture seule pour vous.",
    responsablesEmpty: "Cette convention n'a aucun groupe d'utilisateurs.",
    colCode: 'Code',
    colLabel: 'Libellé',
    colStatus: 'Statut',
    colResponsable: 'Responsable habilitations',
    subGroupOf: (code: string) => `Sous-groupe de ${code}`,
    replace: 'Remplacer le responsable',
    replaceOf: (code: string) => `Remplacer le responsable habilitations du groupe ${code}`,
    replaceHeading: (code: string) => `Remplacer le responsable habilitations du groupe ${code}`,
    replaceText: (name: string) =>
      `Responsable actuel : ${name}. Choisissez le nouveau responsable parmi les utilisateurs de la convention. Il est indispensable que la personne choisie ait déjà un compte ouvert ; sinon, créez d'abord son compte (fiche n°1 : créer un utilisateur).`,
    currentResponsable: 'Responsable actuel',
    replaceConfirmHeading: (previous: string, next: string) => `Remplacer ${previous} par ${next} ?`,
    replaceConfirmMessage: (next: string, code: string, label: string, civ: Civility) =>
      `${next} devient ${civ === 'Mme' ? 'la ' : civ === 'M.' ? 'le ' : ''}responsable habilitations du groupe ${code} (${label}). Le changement est inscrit dans l'historique des deux comptes.`,
    replaceConfirm: 'Remplacer',
    replaced: (previous: string, next: string, code: string) => `${next} remplace ${previous} comme responsable habilitations du groupe ${code}.`,
    replaceFailed: (code: string) => `Le responsable habilitations du groupe ${code} n'a pas été remplacé`,
    replaceForbidden:
      "Seul l'administrateur partenaire peut remplacer un responsable habilitations (Synthèse du guide Mon Compte Partenaire).",
    staleGroupHeading: (code: string) => `Le groupe ${code} a été modifié entre-temps`,
    staleGroup: (name: string) => `Son responsable habilitations est maintenant ${name}.`,
    afasReplacedHeading: 'Point spécifique Afas',
    afasReplaced:
      "Pour finaliser l'opération, si le responsable habilitations que vous avez remplacé ne doit plus administrer les droits, détachez-le aussi du groupe d'utilisateurs qui porte le rôle « Habiliter ».",
  },
  en: () => import('./caf.messages.en.js'),
});

export type CafText = LocalizeController<(typeof cafMessages)['fr']>;
