/**
 * `<habil-account-search>` explains R16: a privileged account reads as such and offers nothing
 * to change; the roles offered are those the server would give.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/account-search/define.js';
import { PROBLEMS } from '../../src/domain/problems.js';
import { afterAttributeChange } from '../ui/support.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { $, chooseAction, menuLabels, offeredRoles, openMenu, press, rowText, searchWidget, untilSettled } from './account-search-helpers.js';

const server = useReferenceServer();

describe('habil-account-search: R16 in words', () => {
  it('a responsable sees the partner administrator he attached to his group read-only, and why, in French and English', async () => {
    server().actAs('responsable');
    expectOk(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'p-martin' } }), 201);
    const el = await searchWidget(html`<habil-account-search nom="martin"></habil-account-search>`);
    expect(rowText(el, 'MARTIN')).to.contain('Lecture seule : compte d’administration');
    await openMenu(el, 'MARTIN');
    // Nothing to change on his account; his groups are the responsable's to manage (the members of his groups, R12).
    expect(menuLabels(el)).to.deep.equal([
      'Détails – accéder à la fiche',
      "Consulter l'historique des actions sur le compte",
      'Ajouter à un groupe',
      "Gérer l'appartenance de l'utilisateur",
    ]);
    expect($(el, '.menu-reason').textContent).to.equal(PROBLEMS['privileged-account'].fr);
    await expect(el).to.be.accessible();
    await press('Escape');

    el.lang = 'en';
    await afterAttributeChange(el);
    await untilSettled(el);
    expect(rowText(el, 'MARTIN')).to.contain('Read only: administration account');
    await openMenu(el, 'MARTIN');
    expect($(el, '.menu-reason').textContent).to.equal(PROBLEMS['privileged-account'].en);
  });

  it('a responsable without « Afas - Habiliter » is not offered to remove an Afas profile', async () => {
    server().actAs('responsable');
    const el = await searchWidget(html`<habil-account-search nom="roux"></habil-account-search>`);
    await openMenu(el, 'ROUX');
    expect(menuLabels(el)).not.to.include('Supprimer un rôle');
    expect(menuLabels(el)).not.to.include('Affecter un rôle');
  });

  it('a local administrator is offered the roles he may give: none UCANSS approves, none by another procedure', async () => {
    const el = await searchWidget(html`<habil-account-search nom="dona"></habil-account-search>`);
    await chooseAction(el, 'DONA Carole', 'Affecter un rôle');
    const offered = await offeredRoles(el);
    expect(offered).to.include.members(['conseil-energie-lecteur', 'contentieux-organisme']);
    expect(offered).not.to.include.members(['annuaire-add-lecteur', 'edrh-dires', 'administration-locale', 'afas-declarer']);
  });
});
