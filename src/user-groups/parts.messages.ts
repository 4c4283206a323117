/**
 * The words that several parts of `<habil-user-groups>` say (a group's page, the group form, the
 * writes, the members, the rights): each part's catalogue spreads them over its own, so that they
 * are written once and travel with the first part that loads. English in parts.messages.en.ts,
 * checked in each catalogue that spreads it (same keys, same arguments).
 */
import type { LocalizeController } from '../internal/localize.js';

export const partWordsFr = {
  colon: ' : ',
  noParent: "N'a pas de parent",
  closeGroup: 'Clôturer le groupe',
  requiredLegend: 'Les champs marqués * sont obligatoires.',
  chooseUser: '— Sélectionner un utilisateur —',
  createUser: 'Créer un utilisateur…',
  fieldOpeningDate: "Date d'ouverture",
  fieldClosingDate: 'Date de clôture',
  closingDateHint: "Facultative ; aujourd'hui ou plus tard.",
  closingDateKept: 'Une date de clôture ne peut pas être effacée : choisissez une autre date.',
  fieldRefused: 'Valeur refusée par le serveur.',
  saving: 'Enregistrement…',
  saveChanges: 'Enregistrer les modifications',
  conflictHeading: 'Modifié entre-temps',
};

/** A part's words, whichever part: what the helpers the parts share (form-support.ts, stale-write.ts) speak with. */
export type PartWords = LocalizeController<typeof partWordsFr>;
