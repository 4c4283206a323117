/**
 * `<habil-account-search>`: bulk actions on the selection (R10): confirmed with the number of
 * accounts, "Tout" meaning the whole result, a progress bar, and a report naming each account
 * refused with the reason.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/account-search/define.js';
import type { AccountsDeactivatedDetail, HabilAccountSearch, RoleChangedDetail } from '../../src/account-search/define.js';
import { generateAccounts } from '../../mocks/seed/generator.js';
import { useReferenceServer } from '../support/api.js';
import {
  $,
  $$,
  answerDeactivation,
  bulkButton,
  confirm,
  confirmPart,
  details,
  inTable,
  notice,
  pickRole,
  searchWidget,
  selectionText,
  selectRows,
  until,
  untilConfirmOpen,
  untilSettled,
} from './account-search-helpers.js';

const server = useReferenceServer();

const report = (el: HabilAccountSearch) => $(el, '[part~="bulk-report"]');
const refusedRows = (el: HabilAccountSearch) =>
  [...report(el).querySelectorAll('tbody tr')].map((tr) => [
    tr.querySelector('th')!.textContent!.trim(),
    tr.querySelector('td')!.textContent!.replace(/\s+/g, ' ').trim(),
  ]);

/** The accounts « Tout » left out, as the report lists them: « NOM Prénom : why ». */
const leftOutRows = (el: HabilAccountSearch) => [...report(el).querySelectorAll('.left-out li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

async function untilReport(el: HabilAccountSearch): Promise<void> {
  await until(() => report(el), 'the bulk action did not finish', { timeout: 8000 });
}

/** Records every value the progress bar shows from now on. */
function watchProgress(el: HabilAccountSearch): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const bar = $(el, 'progress');
    const text = $(el, '[part~="bulk-count"]')?.textContent?.trim();
    if (bar && text && seen.at(-1) !== text) seen.push(text);
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  return seen;
}

describe('habil-account-search: bulk actions (R10)', () => {
  it('deactivates the selected accounts, reports the ADD account refused by name with the reason, and tells the page', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const events = details<AccountsDeactivatedDetail>(el, 'habil-account-deactivated');
    selectRows(el, ['DONA Carole', 'RAYMOND Pierre', 'WEBER Thomas']);
    await el.updateComplete;
    expect(selectionText(el)).to.equal('3 comptes sélectionnés.');
    expect($$(el, '[part~="bulk-button"]').map((b) => b.textContent!.trim())).to.deep.equal([
      'Désactiver',
      'Affecter un rôle',
      'Supprimer un rôle',
      'Désélectionner',
    ]);

    bulkButton(el, 'Désactiver').click();
    await answerDeactivation(el, { mode: 'temporary' });
    await untilReport(el);

    expect(report(el).textContent).to.contain('Désactivation terminée : 2 réussis, 1 refusé.');
    expect(refusedRows(el)).to.deep.equal([
      ['RAYMOND Pierre', "Compte d'Agent de Direction : il est géré par le Référentiel des ADD et ne peut pas être modifié ici. Écrivez à labdd@ucanss.fr."],
    ]);
    expect($(el, 'progress').getAttribute('value')).to.equal('3');
    expect($(el, '[part~="bulk-count"]').textContent!.trim()).to.equal('3 / 3');
    expect(['c-dona', 'p-raymond', 't-weber'].map((id) => server().store.accounts.get(id)!.status)).to.deep.equal(['inactif', 'actif', 'inactif']);
    expect(events.map((e) => [e.accounts.map((a) => a.name), e.mode, e.bulk])).to.deep.equal([[['DONA Carole', 'WEBER Thomas'], 'temporary', true]]);
    await until(() => notice(el) === 'Désactivation terminée : 2 réussis, 1 refusé.', 'announced');
    await untilSettled(el);
    expect(selectionText(el)).to.equal('Aucun compte sélectionné.');
    await expect(el).to.be.accessible();
  });

  it('"Tout" applies to the whole result, listed 500 at a time, with a progress bar that moves', async () => {
    generateAccounts(server().store, 560, 5, ['carsat-am']);
    const total = [...server().store.accounts.values()].filter((a) => a.organismeId === 'carsat-am').length;
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const events = details<RoleChangedDetail>(el, 'habil-role-granted');
    inTable<HTMLInputElement>(el, '[part~="select-all"]')[0]!.click();
    await el.updateComplete;
    expect(selectionText(el)).to.equal(`Tout : les ${total} comptes du résultat sont sélectionnés.`);

    bulkButton(el, 'Affecter un rôle').click();
    await pickRole(el, 'conseil-energie-lecteur');
    await untilConfirmOpen(el);
    expect(confirmPart(el, 'heading').textContent).to.equal(`Affecter le rôle « Conseil Energie Lecteur » à ${total} comptes ?`);
    const progress = watchProgress(el);
    await confirm(el);
    await untilReport(el);

    const holders = [...server().store.accounts.values()].filter((a) => a.organismeId === 'carsat-am' && server().store.hasDirectGrant(a.id, 'conseil-energie-lecteur'));
    const refused = refusedRows(el);
    // The accounts the grant is not offered on (ADD, inactive) are left out, not sent (#14).
    const leftOut = leftOutRows(el).length;
    expect(events[0]!.accounts.length + refused.length + leftOut).to.equal(total);
    expect(holders.length).to.be.at.least(events[0]!.accounts.length);
    expect(refused.length).to.be.greaterThan(0);
    expect(refused.every(([name, reason]) => name.includes(' ') && reason.length > 10)).to.equal(true);
    expect(progress.length, progress.join(' ; ')).to.be.greaterThan(2);
    expect(progress.at(-1)).to.equal(`${total - leftOut} / ${total - leftOut}`);
    expect(events[0]).to.include({ roleId: 'conseil-energie-lecteur', roleLabel: 'Conseil Energie Lecteur', bulk: true });
  });

  it('"Arrêter" stops after the request under way, and the report says how many accounts were not handled', async () => {
    generateAccounts(server().store, 300, 9, ['carsat-am']);
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    const events = details<RoleChangedDetail>(el, 'habil-role-granted');
    inTable<HTMLInputElement>(el, '[part~="select-all"]')[0]!.click();
    await el.updateComplete;
    const total = Number(selectionText(el).replace(/\D/g, ''));
    bulkButton(el, 'Affecter un rôle').click();
    await pickRole(el, 'conseil-energie-lecteur');
    const stopped = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!$(el, '[part~="bulk-count"]')?.textContent!.trim().startsWith('50 /')) return;
        observer.disconnect();
        $$<HTMLButtonElement>(el, '[part~="bulk"] button').find((button) => button.textContent!.trim() === 'Arrêter')!.click();
        resolve();
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    });
    await confirm(el);
    await stopped;
    await untilReport(el);

    const handled = events[0]!.accounts.length + refusedRows(el).length;
    const leftOut = leftOutRows(el).length;
    expect(handled % 50, `${handled} handled`).to.equal(0);
    expect(handled).to.be.lessThan(total);
    expect(report(el).textContent!.replace(/\s+/g, ' ')).to.contain(`${total - handled - leftOut} comptes non traités : l'action a été arrêtée.`);
  });

  it('asks before applying, with the number of accounts, and changes nothing when cancelled', async () => {
    const el = await searchWidget(html`<habil-account-search active="false"></habil-account-search>`);
    inTable<HTMLInputElement>(el, '[part~="select-all"]')[0]!.click();
    await el.updateComplete;
    bulkButton(el, 'Activer').click();
    await untilConfirmOpen(el);
    expect(confirmPart(el, 'heading').textContent).to.equal('Activer 1 compte ?');
    expect(confirmPart(el, 'confirm-button').textContent!.trim()).to.equal('Appliquer aux 1 comptes');
    confirmPart(el, 'cancel-button').click();
    await el.updateComplete;
    expect(report(el)).to.equal(null);
    expect(server().store.accounts.get('l-dartagnan')!.status).to.equal('inactif');
  });
});
