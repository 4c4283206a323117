/**
 * The grammar the kit's sentences need, written once for every messages file: the plural of a
 * count in French and in English, the elision of « de » before a name, and the words that agree
 * with the civilité of the person a sentence speaks of (« connectée », « Elle », « ajoutez-la »;
 * « she », « her »). No DOM: plain functions over strings.
 */
import type { Civilite } from '../domain/index.js';

/** French puts 0 and 1 in the singular: « 0 demande », « 1 demande », « 2 demandes ». */
export const pluralFr = (count: number, one: string, many: string): string => (count < 2 ? one : many);

/** English puts only 1 in the singular: « 0 requests », « 1 request », « 2 requests ». */
export const pluralEn = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** The whole number a count shows once formatted for the page (« 1 234 », « 1,234 »): its digits. */
export const countOf = (formatted: string): number => Number(formatted.replace(/\D/g, '') || 0);

/**
 * « de » before a name, elided before a vowel sound: « d'Émilie BENGA », « d'Hélène
 * SCHNEIDER-KLEIN » (an h at the start of a first name is taken as mute), « d'Yves MARTIN »;
 * but « de Pierre RAYMOND », and « de Yanis HOUARI », where the y sounds as a consonant (before
 * a vowel).
 */
export function deFr(name: string): string {
  const elided = /^([aeiouhàâäéèêëîïôöùûüÿæœ]|y[^aeiouàâäéèêëîïôöùûü])/i.test(name);
  return elided ? `d'${name}` : `de ${name}`;
}

/** The civilité of the person a sentence speaks of, when it is known. */
export type Civility = Civilite | null | undefined;

/** The feminine ending of a French participle or adjective: « nommé<e> » for Mme, nothing otherwise. */
export const feminineFr = (civ: Civility): string => (civ === 'Mme' ? 'e' : '');

/** The French subject pronoun: « Elle », « Il », or « Cette personne » when the civilité is unknown. */
export const subjectFr = (civ: Civility): string => (civ === 'Mme' ? 'Elle' : civ === 'M.' ? 'Il' : 'Cette personne');

/** A French command with its object: « ajoutez-la », « ajoutez-le », or « ajoutez cette personne ». */
export const commandFr = (verb: string, civ: Civility): string =>
  civ === 'Mme' ? `${verb}-la` : civ === 'M.' ? `${verb}-le` : `${verb} cette personne`;

/** The English subject pronoun: « She », « He », or « They » when the civilité is unknown. */
export const subjectEn = (civ: Civility): string => (civ === 'Mme' ? 'She' : civ === 'M.' ? 'He' : 'They');

/** The English object pronoun: « her », « him », or « them ». */
export const objectEn = (civ: Civility): string => (civ === 'Mme' ? 'her' : civ === 'M.' ? 'him' : 'them');

/** The English possessive: « her », « his », or « their ». */
export const possessiveEn = (civ: Civility): string => (civ === 'Mme' ? 'her' : civ === 'M.' ? 'his' : 'their');
