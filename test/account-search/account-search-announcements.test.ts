/**
 * `<habil-account-search>`: what a screen reader hears once an action went through — its outcome
 * first and alone (the page read again after it says nothing: no « Chargement des résultats… »,
 * no « Lignes 1 à … sur … »), and chatter such as a selection count or a bulk action starting
 * never spoken over an outcome the user has not moved on from. Checked in the live regions' DOM.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/account-search/define.js';
import type { HabilAccountSearch } from '../../src/account-search/define.js';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import { useReferenceServer } from '../support/api.js';
import { text } from '../support/dom.js';
import { recordSpoken } from '../support/speech.js';
import {
  $,
  answerDeactivation,
  bulkButton,
  chooseAction,
  confirm,
  notice,
  openAccountForm,
  pickRole,
  press,
  rowNames,
  searchWidget,
  selectRows,
  table,
  until,
  untilSettled,
} from './account-search-helpers.js';

useReferenceServer();

const outcomeRegion = (el: HabilAccountSearch) => $(el, '#announcer').shadowRoot!.querySelector('[part="region"]')!;
const tableRegion = (el: HabilAccountSearch) => table(el).shadowRoot!.querySelector('[role="status"]')!;

/** Every text the widget's live regions (its outcome, the table's status) come to hold from now on. */
const recordSpeech = (el: HabilAccountSearch) =>
  recordSpoken([
    ['outcome', outcomeRegion(el)],
    ['table', tableRegion(el)],
  ] as const);

/** Counts the loads of the table from now on (its `loading` attribute set). */
function countLoads(el: HabilAccountSearch): () => number {
  let count = 0;
  const observer = new MutationObserver((records) => {
    count += records.filter((record) => record.oldValue === null && table(el).hasAttribute('loading')).length;
  });
  observer.observe(table(el), { attributes: true, attributeOldValue: true, attributeFilter: ['loading'] });
  after(() => observer.disconnect());
  return () => count;
}

/** The page was read again after the action (the table loaded, and drew the answer). */
async function untilReread(el: HabilAccountSearch, loads: () => number, before: number): Promise<void> {
  await until(() => loads() > before, 'the page was not read again');
  await untilSettled(el);
  await (table(el) as HabilDataTable).updateComplete;
}

/**
 * Listens to the widget from now on: `after(outcome, act)` runs `act`, then waits until the
 * widget said `outcome` and read the page again after it; `stop()` ends the record and gives
 * every text its live regions came to hold.
 */
function listen(el: HabilAccountSearch) {
  const { spoken, stop } = recordSpeech(el);
  const loads = countLoads(el);
  return {
    async after(outcome: string, act: () => Promise<void>): Promise<void> {
      const before = loads();
      await act();
      await until(() => notice(el) === outcome, `« ${outcome} » was not said`);
      await untilReread(el, loads, before);
    },
    stop() {
      stop();
      return spoken;
    },
  };
}

/** What the widget said while `act` ran, until it said `outcome` and read the page again after it. */
async function spokenUntil(el: HabilAccountSearch, outcome: string, act: () => Promise<void>) {
  const speech = listen(el);
  await speech.after(outcome, act);
  return speech.stop();
}

describe('habil-account-search: the outcome is said first, and the page read again says nothing', () => {
  it('after a deactivation: the outcome alone; the table says nothing of its reload', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    expect(text(tableRegion(el))).to.equal('Lignes 1 à 9 sur 9, page 1 sur 1.');
    const spoken = await spokenUntil(el, 'Le compte de DONA Carole est désactivé (statut « inactif », réactivable).', async () => {
      await chooseAction(el, 'DONA Carole', 'Désactiver le compte');
      await answerDeactivation(el, { mode: 'temporary' });
    });
    expect(spoken).to.deep.equal([{ from: 'outcome', text: 'Le compte de DONA Carole est désactivé (statut « inactif », réactivable).' }]);
    // The region was emptied, silently: neither « Chargement des résultats… » nor the rows counted again.
    expect(text(tableRegion(el))).to.equal('');
  });

  it('after a reactivation, in English: the outcome alone', async () => {
    const el = await searchWidget(html`<habil-account-search lang="en" active="false"></habil-account-search>`);
    const spoken = await spokenUntil(el, "The account of D'ARTAGNAN Louis is active.", async () => {
      await chooseAction(el, "D'ARTAGNAN Louis", 'Activate the account');
      await confirm(el);
    });
    expect(spoken).to.deep.equal([{ from: 'outcome', text: "The account of D'ARTAGNAN Louis is active." }]);
  });

  it('after an attachment that takes the row out of the result: the outcome alone, not « Aucun résultat »', async () => {
    const el = await searchWidget(html`<habil-account-search in-my-organisme="false" nom="tologue"></habil-account-search>`);
    const spoken = await spokenUntil(el, 'TOLOGUE Déon est rattaché à CARSAT ALSACE-MOSELLE et conserve ses droits.', async () => {
      await chooseAction(el, 'TOLOGUE Déon', 'Rattacher à mon organisme');
      await confirm(el);
    });
    expect(rowNames(el)).to.deep.equal([]);
    expect(spoken).to.deep.equal([{ from: 'outcome', text: 'TOLOGUE Déon est rattaché à CARSAT ALSACE-MOSELLE et conserve ses droits.' }]);
  });

  it('after a role is assigned, and after « Modifier » saved: each outcome alone', async () => {
    const el = await searchWidget(html`<habil-account-search nom="ahova"></habil-account-search>`);
    const speech = listen(el);
    await speech.after('Rôle « Grève - Déclaration des mouvements » affecté à AHOVA Emma.', async () => {
      await chooseAction(el, 'AHOVA Emma', 'Affecter un rôle');
      await pickRole(el, 'greve-declaration');
    });

    await speech.after("Compte d'AHOVA Emma modifié.", async () => {
      const { form } = await openAccountForm(el, 'AHOVA Emma');
      const fonction = form.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('habil-field[name="fonction"]')!;
      await fonction.updateComplete;
      const input = fonction.shadowRoot!.querySelector('input')!;
      input.value = 'Juriste principale';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    });
    expect(speech.stop()).to.deep.equal([
      { from: 'outcome', text: 'Rôle « Grève - Déclaration des mouvements » affecté à AHOVA Emma.' },
      { from: 'outcome', text: "Compte d'AHOVA Emma modifié." },
    ]);
  });

  it('a bulk run: its start and its outcome, the selection emptied and the page read again saying nothing', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    selectRows(el, ['DONA Carole', 'WEBER Thomas']);
    await el.updateComplete;
    const spoken = await spokenUntil(el, 'Désactivation terminée : 2 réussis, 0 refusé.', async () => {
      bulkButton(el, 'Désactiver').click();
      await answerDeactivation(el, { mode: 'temporary' });
    });
    expect(spoken).to.deep.equal([
      { from: 'outcome', text: 'Désactivation de 2 comptes en cours…' },
      { from: 'outcome', text: 'Désactivation terminée : 2 réussis, 0 refusé.' },
    ]);
  });

  it('the selection count is chatter: not said over an outcome until the user acts again', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    await chooseAction(el, 'DONA Carole', 'Désactiver le compte');
    await answerDeactivation(el, { mode: 'temporary' });
    const outcome = 'Le compte de DONA Carole est désactivé (statut « inactif », réactivable).';
    await until(() => notice(el) === outcome, 'the outcome was not said');
    await untilSettled(el);
    const selectAll = () => table(el).shadowRoot!.querySelector<HTMLInputElement>('[part~="select-all"]')!;
    const { spoken, stop } = recordSpeech(el);

    // The page changes the selection without the user having pressed a key or a button since the outcome.
    selectAll().click();
    await el.updateComplete;
    await $<HTMLElement & { updateComplete: Promise<unknown> }>(el, '#announcer').updateComplete;
    expect(text(outcomeRegion(el))).to.equal(outcome);

    // Once the user acts, the selection is said again.
    await press('Shift');
    selectAll().click();
    await until(() => text(outcomeRegion(el)) === 'Aucun compte sélectionné.', 'the selection was not said once the user acted');
    stop();
    expect(spoken).to.deep.equal([{ from: 'outcome', text: 'Aucun compte sélectionné.' }]);
  });
});
