import { expect } from '@open-wc/testing';
import { NetworkError, ProblemError, TimeoutError } from '../../src/client/errors.js';
import { PROBLEMS } from '../../src/domain/problems.js';
import { describeError, describeProblem, loadProblemWords } from '../../src/internal/problem-text.js';

// The words of the refusals load on first use: a page (or an integrator) that says refusals itself loads them first.
before(() => loadProblemWords());

describe('describeProblem', () => {
  it('explains a refusal of the kit in the user’s language, with the server’s own detail', () => {
    const problem = {
      type: '/problems/already-decided',
      code: 'already-decided',
      status: 409,
      title: 'Demande déjà traitée',
      detail: 'Acceptée par Marie Dupont le 28/05/2025.',
    };
    expect(describeProblem(problem, 'fr')).to.deep.equal({
      title: 'Action impossible',
      message: PROBLEMS['already-decided'].fr,
      detail: 'Acceptée par Marie Dupont le 28/05/2025.',
    });
    expect(describeProblem(problem, 'en')).to.include({
      title: 'Action not possible',
      message: PROBLEMS['already-decided'].en,
    });
  });

  it('does not repeat the French explanation as a detail of the English one', () => {
    const problem = { code: 'add-account-read-only', status: 403, detail: PROBLEMS['add-account-read-only'].fr };
    expect(describeProblem(problem, 'en')).to.deep.equal({
      title: 'Action not allowed',
      message: PROBLEMS['add-account-read-only'].en,
    });
  });

  it('finds the refusal from its type URI when the code is absent', () => {
    expect(describeProblem({ type: '/problems/stale-write', status: 412 }, 'fr').message).to.equal(PROBLEMS['stale-write'].fr);
  });

  it('says something useful about a failure that is not one of the kit’s refusals', () => {
    expect(describeProblem({ status: 502, title: 'Bad Gateway' }, 'fr')).to.deep.equal({
      title: 'Erreur du serveur',
      message: 'Le serveur a rencontré une erreur. Réessayez dans quelques instants.',
    });
    expect(describeProblem({}, 'en').title).to.equal('Server unreachable');
  });
});

describe('describeError', () => {
  it('reads every kind of failure of a client call', () => {
    const refusal = ProblemError.fromResponse(403, { type: '/problems/out-of-scope', title: 'Hors périmètre', status: 403 });
    expect(describeError(refusal, 'fr').message).to.equal(PROBLEMS['out-of-scope'].fr);
    expect(describeError(new NetworkError(), 'fr').title).to.equal('Serveur injoignable');
    expect(describeError(new TimeoutError(), 'en').message).to.contain('may have gone through');
    expect(describeError(new TypeError('x is undefined'), 'fr')).to.deep.equal({ title: 'Erreur', message: "L'action n'a pas abouti." });
  });
});
