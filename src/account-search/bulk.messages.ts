/**
 * The words of a bulk action of `<habil-account-search>` (R10): its questions, its progress and
 * its report. They come with its code (bulk-questions.ts), prefetched when a first row is selected.
 */
import { countOf, pluralFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

// As the widget's catalogue writes it (messages.ts): that one stays out of this part's code.
const fr = (count: string, one: string, many: string) => pluralFr(countOf(count), one, many);

export const bulkMessages = defineMessages({
  fr: {
    responsableLeftOut: (codes: string, count: number) =>
      `Responsable habilitations ${count === 1 ? `du groupe ${codes}` : `des groupes ${codes}`} : « Désactiver un responsable habilitations » désigne d'abord qui le ou la remplace.`,
    pickGrantBulk: (count: string) => `Affecter un rôle à ${count} ${fr(count, 'compte', 'comptes')}`,
    pickRevokeBulk: (count: string) => `Supprimer un rôle de ${count} ${fr(count, 'compte', 'comptes')}`,
    confirmBulkReactivate: (count: string) => `Activer ${count} ${fr(count, 'compte', 'comptes')} ?`,
    confirmBulkGrant: (role: string, count: string) => `Affecter le rôle « ${role} » à ${count} ${fr(count, 'compte', 'comptes')} ?`,
    confirmBulkRevoke: (role: string, count: string) => `Supprimer le rôle « ${role} » de ${count} ${fr(count, 'compte', 'comptes')} ?`,
    confirmBulkResend: (count: string) => `Renvoyer l'identifiant de ${count} ${fr(count, 'utilisateur', 'utilisateurs')} par mail ?`,
    confirmBulkText:
      'Chaque compte est traité séparément : ceux que le serveur refuse sont listés avec la raison, les autres sont modifiés.',
    confirmBulkLabel: (count: string) => `Appliquer aux ${count} comptes`,
    leftOutBefore:
      'Les comptes du résultat sur lesquels cette action n’est pas possible (comptes ADD en lecture seule, par exemple) seront laissés de côté ; le rapport dira combien.',
    leftOutBeforeKnown: (n: string, count: number) =>
      count === 1
        ? '1 compte du résultat ne permet pas cette action (compte en lecture seule, par exemple) : il sera laissé de côté.'
        : `${n} comptes du résultat ne permettent pas cette action (comptes en lecture seule, par exemple) : ils seront laissés de côté.`,
    leftOutNotOffered: (status: string) => `Cette action n’est pas proposée pour ce compte (statut « ${status} »).`,
    bulkHeadingDeactivate: 'Désactivation',
    bulkHeadingReactivate: 'Activation',
    bulkHeadingGrant: 'Affectation de rôle',
    bulkHeadingRevoke: 'Suppression de rôle',
    bulkHeadingResend: "Renvoi de l'identifiant",
    bulkCollecting: (done: string, total: string) => `Recensement des comptes du résultat : ${done} / ${total}`,
    bulkProgress: (done: string, total: string) => `${done} / ${total}`,
    bulkStop: 'Arrêter',
    bulkStarted: (action: string, count: string) => `${action} de ${count} ${fr(count, 'compte', 'comptes')} en cours…`,
    bulkDone: (action: string, ok: string, failed: string) => `${action} terminée : ${ok} ${fr(ok, 'réussi', 'réussis')}, ${failed} ${fr(failed, 'refusé', 'refusés')}.`,
    bulkStopped: (count: string) => `${count} ${fr(count, 'compte non traité', 'comptes non traités')} : l'action a été arrêtée.`,
    bulkLeftOut: (count: string) => `${count} ${fr(count, 'compte laissé', 'comptes laissés')} de côté : cette action n’y est pas possible.`,
    bulkLeftOutSummary: (count: string) => `Comptes laissés de côté (${count})`,
    bulkLeftOutItem: (name: string, reason: string) => `${name} : ${reason}`,
    bulkRefusedCaption: 'Comptes refusés, avec la raison',
    bulkSucceededSummary: (count: string) => `Comptes traités (${count})`,
    bulkReason: 'Raison',
    bulkAccount: 'Compte',
    bulkClose: 'Fermer le rapport',
  },
  en: () => import('./bulk.messages.en.js'),
});

export type BulkWords = LocalizeController<(typeof bulkMessages)['fr']>;
