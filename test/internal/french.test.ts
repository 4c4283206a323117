import { expect } from '@open-wc/testing';
import { commandFr, countOf, deFr, feminineFr, objectEn, pluralEn, pluralFr, possessiveEn, subjectEn, subjectFr } from '../../src/internal/french.js';

describe('french: the grammar of the kit’s sentences', () => {
  it('puts 0 and 1 in the singular in French, only 1 in English', () => {
    expect([0, 1, 2, 10].map((count) => pluralFr(count, 'demande', 'demandes'))).to.deep.equal(['demande', 'demande', 'demandes', 'demandes']);
    expect([0, 1, 2, 10].map((count) => pluralEn(count, 'request', 'requests'))).to.deep.equal(['requests', 'request', 'requests', 'requests']);
  });

  it('reads the count a sentence was given once formatted for the page, in French or English', () => {
    expect(countOf('0')).to.equal(0);
    expect(countOf('1')).to.equal(1);
    expect(countOf(new Intl.NumberFormat('fr-FR').format(12345))).to.equal(12345);
    expect(countOf(new Intl.NumberFormat('en').format(12345))).to.equal(12345);
  });

  it('elides « de » before a vowel, a mute h or a y sounded as a vowel, not before a consonant', () => {
    for (const name of ['Émilie BENGA', 'Agnès PETIT-JEAN', 'Hélène SCHNEIDER-KLEIN', 'Yves MARTIN', 'Œdipe ROI']) expect(deFr(name)).to.equal(`d'${name}`);
    for (const name of ['Pierre RAYMOND', 'Yanis HOUARI']) expect(deFr(name)).to.equal(`de ${name}`);
  });

  it('agrees with the civilité, and speaks of « cette personne » or « they » when it is unknown', () => {
    expect([feminineFr('Mme'), feminineFr('M.'), feminineFr(null)]).to.deep.equal(['e', '', '']);
    expect([subjectFr('Mme'), subjectFr('M.'), subjectFr(undefined)]).to.deep.equal(['Elle', 'Il', 'Cette personne']);
    expect([commandFr('ajoutez', 'Mme'), commandFr('ajoutez', 'M.'), commandFr('ajoutez', null)]).to.deep.equal([
      'ajoutez-la',
      'ajoutez-le',
      'ajoutez cette personne',
    ]);
    expect([subjectEn('Mme'), subjectEn('M.'), subjectEn(null)]).to.deep.equal(['She', 'He', 'They']);
    expect([objectEn('Mme'), objectEn('M.'), objectEn(null)]).to.deep.equal(['her', 'him', 'them']);
    expect([possessiveEn('Mme'), possessiveEn('M.'), possessiveEn(null)]).to.deep.equal(['her', 'his', 'their']);
  });
});
