import { expect } from '@open-wc/testing';
import {
  isInstitutionEmail,
  isRetroactive,
  isTacitlyDue,
  tacitDeadline,
  validateAccountDraft,
  validateSignup,
  subGroupLevel,
} from '../../src/domain/index.js';

const NOW = new Date('2025-06-02T10:00:00+02:00');

describe('domain rules', () => {
  it('R8: recognises the institution domains and their sub-domains only', () => {
    expect(isInstitutionEmail('a.charenne@lassuranceretraite.fr')).to.equal(true);
    expect(isInstitutionEmail('Jean-Francois.Dupont@CPAM-Lyon.Assurance-Maladie.fr')).to.equal(true);
    expect(isInstitutionEmail('deontologue@extension.fr')).to.equal(false);
    expect(isInstitutionEmail('x@fakeurssaf.fr')).to.equal(false);
  });

  it('R8: the sign-up refuses a non-institutional e-mail unless the account is external', () => {
    const draft = { civilite: 'Mme', nom: 'Living', prenom: 'Coralie', emailPro: 'co.living@gmail.com', organismeId: 'o', acceptsTerms: true } as const;
    expect(validateSignup({ ...draft, worksForInstitution: true })).to.deep.equal([{ field: 'emailPro', code: 'email-not-institutional' }]);
    expect(validateSignup({ ...draft, worksForInstitution: false })).to.deep.equal([]);
  });

  it('R4: the tacit deadline is ten days after the request', () => {
    expect(tacitDeadline('2025-05-28T09:00:00Z')).to.equal('2025-06-07');
    expect(isTacitlyDue('2025-05-28T09:00:00Z', NOW)).to.equal(false);
    expect(isTacitlyDue('2025-05-20T09:00:00Z', NOW)).to.equal(true);
  });

  it('R6: a closing date before today is retroactive, today is not', () => {
    expect(isRetroactive('2025-06-01', NOW)).to.equal(true);
    expect(isRetroactive('2025-06-02', NOW)).to.equal(false);
  });

  it('R7: starred fields are required and e-mails well formed', () => {
    const problems = validateAccountDraft({ civilite: 'M.', nom: ' ', emailPro: 'pas-un-email' }, NOW);
    expect(problems).to.deep.include({ field: 'nom', code: 'required' });
    expect(problems).to.deep.include({ field: 'prenom', code: 'required' });
    expect(problems).to.deep.include({ field: 'emailPro', code: 'email' });
  });

  it('R11: a sub-group is one level under its parent', () => {
    expect(subGroupLevel(undefined)).to.equal(1);
    expect(subGroupLevel(2)).to.equal(3);
  });
});

describe('tacit deadline in Paris time', () => {
  it('R4: counts from the Paris date of the request, even just after midnight', () => {
    // 00:30 in Paris on 2 June is still 1 June in UTC.
    expect(tacitDeadline('2025-06-01T22:30:00Z')).to.equal('2025-06-12');
  });
});
