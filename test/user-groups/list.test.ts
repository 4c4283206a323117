/**
 * `<habil-user-groups>`: the groups of a convention with their hierarchy, the filters of the
 * guide, and the states of the list; who sees what (R1, R12).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { HabilUserGroups } from '../../src/user-groups/define.js';
import { useReferenceServer } from '../support/api.js';
import { focusedElement, press } from '../ui/support.js';
import { alertsText, button, cells, deepText, emptyMessage, field, groupRow, headers, listTable, recordingClient, render, rowButton, rows, settled, shadow, text, typeInto, unavailable, waitForText } from './support.js';

const server = useReferenceServer({ persona: 'partner-admin' });

const codes = (el: HabilUserGroups) => (listTable(el) ? rows(listTable(el)) : []).map((row) => text(row.querySelector('th')).replace(/^↳ /, ''));

async function codesBecome(el: HabilUserGroups, expected: string[]): Promise<void> {
  await waitUntil(() => listTable(el) && !listTable(el).loading && JSON.stringify(codes(el)) === JSON.stringify(expected), `codes never became ${expected.join(', ')}`, { timeout: 4000 }).catch(() => {
    throw new Error(`codes never became ${expected.join(', ')} (shown: ${codes(el).join(', ')})`);
  });
}

describe('habil-user-groups: the list', () => {
  it('lists the groups of the convention with the columns of the guide, each followed by its sub-groups', async () => {
    // A third level, whose code sorts first, must still come under its parent.
    server().store.groups.set('g-nord-ouest', {
      id: 'g-nord-ouest',
      conventionId: 'conv-cd83',
      code: 'A-NORD-OUEST',
      label: 'Secteur Nord-Ouest',
      level: 3,
      parentId: 'g-cdap-t1-nord',
      openingDate: '2024-01-08',
      responsableId: 'j-blanc',
      roleIds: [],
      version: 1,
    });
    const el = await render();

    expect(text(shadow(el).querySelector('#list-heading'))).to.equal('Groupes utilisateurs');
    expect(text(shadow(el).querySelector('[part="convention"]'))).to.equal(
      'Convention sélectionnée : MCP - Conseil départemental du Var Organisme partenaire : CONSEIL DEPARTEMENTAL DU VAR',
    );
    expect(headers(listTable(el))).to.deep.equal([
      'Code',
      'Libellé',
      'Niveau',
      'Sous-groupe de',
      'Responsable habilitations',
      "Date d'ouverture",
      'Date de clôture',
      'Statut',
      'Actions',
    ]);
    expect(codes(el)).to.deep.equal(['AFAS-DEC', 'AFAS-HAB', 'BAILLEURS', 'CDAP T1', 'CDAP T1-NORD', 'A-NORD-OUEST', 'CDAP T2', 'CDAP T6', 'DGFIP']);
    expect(cells(groupRow(el, 'CDAP T1')).slice(0, 8)).to.deep.equal(['CDAP T1', 'Cdap T1', '1', '', 'Mathieu DURAND', '27/03/2018', '', 'Ouvert']);
    expect(cells(groupRow(el, 'CDAP T1-NORD')).slice(0, 5)).to.deep.equal(['↳ CDAP T1-NORD', 'Cdap T1 - Territoire Nord', '2', 'CDAP T1', 'Julie BLANC']);
    expect(cells(groupRow(el, 'A-NORD-OUEST')).slice(0, 4)).to.deep.equal(['↳ A-NORD-OUEST', 'Secteur Nord-Ouest', '3', 'CDAP T1-NORD']);
    // The indentation follows the level; the ↳ mark is for the eye, the columns say it in words.
    expect(groupRow(el, 'A-NORD-OUEST').querySelector('[part~="code"]')!.getAttribute('part')).to.equal('code indent-3');
    expect(groupRow(el, 'CDAP T1-NORD').querySelector('[part~="sub-mark"]')!.getAttribute('aria-hidden')).to.equal('true');
    // Each action names its group for screen readers.
    expect(rowButton(el, 'CDAP T1', 'close')!.getAttribute('aria-label')).to.equal('Clôturer le groupe CDAP T1');
    expect(rowButton(el, 'CDAP T1', 'details')!.getAttribute('aria-label')).to.equal('Détails du groupe CDAP T1 : membres et habilitations');
    expect(button(el, 'Créer un groupe')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('filters by code and by libellé as typed, and by user ("Sélectionner un utilisateur")', async () => {
    const el = await render();
    await typeInto(field(el, 'Code'), 'cdap');
    await codesBecome(el, ['CDAP T1', 'CDAP T1-NORD', 'CDAP T2', 'CDAP T6']);

    await typeInto(field(el, 'Code'), '');
    await typeInto(field(el, 'Libellé'), 'contrôleurs');
    await codesBecome(el, ['DGFIP']);

    await typeInto(field(el, 'Libellé'), '');
    const userFilter = field(el, 'Sélectionner un utilisateur');
    expect(userFilter.options.map((o) => o.label)).to.include('BLANC Julie (AAD1207CAU)');
    await typeInto(userFilter, 'j-blanc');
    await codesBecome(el, ['CDAP T1', 'CDAP T1-NORD']);

    await typeInto(field(el, 'Code'), 'dgfip');
    await codesBecome(el, []);
    expect(emptyMessage(listTable(el))).to.equal('Aucun groupe ne correspond à ces critères.');
    await expect(el).to.be.accessible();
  });

  it('says when the convention has no group yet', async () => {
    for (const [id, group] of server().store.groups) if (group.conventionId === 'conv-cd83') server().store.groups.delete(id);
    const el = await render();
    expect(rows(listTable(el))).to.have.length(0);
    expect(emptyMessage(listTable(el))).to.equal("Aucun groupe d'utilisateurs dans cette convention.");
    await expect(el).to.be.accessible();
  });

  it('says it is loading, then gives the server’s reason and a retry when the list fails', async () => {
    let release: () => void = () => {};
    let failures = 1;
    const { client } = recordingClient((name, _args, real) => {
      if (name === 'listConventions') return new Promise((resolve) => (release = () => resolve(real())));
      if (name === 'listGroups' && failures-- > 0) {
        return Promise.reject(unavailable('Maintenance du service des habilitations jusqu’à 10 h 30.'));
      }
      return undefined;
    });
    const el = await fixture<HabilUserGroups>(html`<habil-user-groups .client=${client}></habil-user-groups>`);
    await waitUntil(() => shadow(el).querySelector('[part="loading"]'), 'no loading state');
    expect(text(shadow(el).querySelector('[part="loading"] [role="status"]'))).to.equal('Chargement des groupes utilisateurs…');
    await expect(el).to.be.accessible();

    release();
    await waitForText(el, 'Maintenance du service des habilitations');
    expect(alertsText(el)).to.contain('Erreur du serveur');
    expect(listTable(el).hidden).to.equal(true);
    await expect(el).to.be.accessible();

    button(shadow(el).querySelector('habil-alert.filled')!, 'Recharger la liste').click();
    await settled(el);
    await codesBecome(el, ['AFAS-DEC', 'AFAS-HAB', 'BAILLEURS', 'CDAP T1', 'CDAP T1-NORD', 'CDAP T2', 'CDAP T6', 'DGFIP']);
    expect(listTable(el).hidden).to.equal(false);
  });

  it('tells a UCANSS local administrator that the groups are not his to see (forbidden)', async () => {
    server().actAs('admin-carsat');
    const el = await fixture<HabilUserGroups>(html`<habil-user-groups></habil-user-groups>`);
    await waitForText(el, 'Accès réservé aux administrateurs partenaires et aux responsables habilitations');
    expect(alertsText(el)).to.contain('Votre profil ne permet pas de les consulter.');
    expect(listTable(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets a person with several conventions pick one, and follows convention-id when the page gives it', async () => {
    const cdap = server().store.conventions.get('conv-cd83')!;
    server().store.addConvention({ id: 'conv-cd83-rsa', label: 'MCP - Var RSA', partnerId: 'cd-83', partnerName: cdap.partnerName, services: [cdap.services[0]!] });
    server().store.groups.set('g-rsa', {
      id: 'g-rsa',
      conventionId: 'conv-cd83-rsa',
      code: 'RSA-INSTR',
      label: 'Instructeurs RSA',
      level: 1,
      openingDate: '2025-01-06',
      responsableId: 'p-martin',
      roleIds: ['cdap-t6'],
      version: 1,
    });
    const el = await render();
    const picker = field(el, 'Convention');
    expect(picker.options.map((o) => o.label)).to.deep.equal(['MCP - Conseil départemental du Var', 'MCP - Var RSA']);
    expect(picker.value).to.equal('conv-cd83');
    await typeInto(picker, 'conv-cd83-rsa');
    await codesBecome(el, ['RSA-INSTR']);
    await expect(el).to.be.accessible();

    const given = await render(html`<habil-user-groups convention-id="conv-cd83-rsa"></habil-user-groups>`);
    await codesBecome(given, ['RSA-INSTR']);
    expect(shadow(given).querySelectorAll('habil-field.convention-picker')).to.have.length(0);
    expect(text(shadow(given).querySelector('[part="convention"]'))).to.contain('MCP - Var RSA');
  });

  it('shows a responsable every group of his convention, with member actions on his own only (R12)', async () => {
    server().actAs('responsable');
    const el = await render();
    expect(codes(el)).to.have.length(8);
    expect(shadow(el).querySelector('[part="create-button"]')).to.equal(null);
    for (const code of codes(el)) {
      expect(rowButton(el, code, 'edit'), code).to.equal(null);
      expect(rowButton(el, code, 'close'), code).to.equal(null);
      expect(rowButton(el, code, 'details'), code).to.exist;
    }
    expect(text(shadow(el).querySelector('.note'))).to.equal(
      "Responsable habilitations, vous rattachez et détachez les membres de vos groupes (AFAS-DEC, CDAP T1, CDAP T1-NORD) et de leurs sous-groupes. La création des groupes et l'attribution de leurs droits relèvent de l'administrateur partenaire.",
    );
    await expect(el).to.be.accessible();
  });

  it('opens the page of the group named by group-id and panel; tabs follow the arrow keys; "Retour" comes back to the list', async () => {
    const el = await fixture<HabilUserGroups>(html`<habil-user-groups group-id="g-cdap-t1-nord" panel="roles"></habil-user-groups>`);
    await waitUntil(() => shadow(el).querySelector('habil-group-roles'), 'the rights never showed');
    expect(text(shadow(el).querySelector('#group-heading'))).to.equal('Groupe CDAP T1-NORD – Cdap T1 - Territoire Nord');
    expect([...shadow(el).querySelectorAll('[part="summary"] div')].map((item) => `${text(item.querySelector('dt'))} ${text(item.querySelector('dd'))}`)).to.deep.equal([
      'Niveau 2',
      'Sous-groupe de CDAP T1',
      'Responsable habilitations Julie BLANC',
      "Date d'ouverture 27/03/2018",
      'Date de clôture Aucune',
      'Statut Ouvert',
      'Membres actuels 1',
    ]);
    const rolesTab = shadow(el).querySelector<HTMLElement>('#tab-roles')!;
    rolesTab.focus();
    await press('ArrowRight');
    await waitUntil(() => focusedElement()?.id === 'tab-members', 'the arrow did not move to the next tab');
    expect(el.panel).to.equal('members');
    expect(shadow(el).querySelector('#tab-members')!.getAttribute('aria-selected')).to.equal('true');
    await waitUntil(() => shadow(el).querySelector('habil-group-members'), 'the members never showed');
    await expect(el).to.be.accessible();

    shadow(el).querySelector<HTMLElement>('[part="back-button"]')!.click();
    await settled(el);
    expect(el.groupId).to.equal('');
    expect(el.hasAttribute('group-id')).to.equal(false);
    await waitUntil(() => focusedElement()?.id === 'list-heading', 'focus did not come back to the list');
  });

  it('explains that a group of another partner is out of scope (R1)', async () => {
    const el = await fixture<HabilUserGroups>(html`<habil-user-groups group-id="g-vh-bailleurs"></habil-user-groups>`);
    await waitForText(el, 'Cette action sort de votre périmètre');
    expect(alertsText(el)).to.contain('Action non autorisée');
    expect(text(shadow(el).querySelector('[part="back-button"]'))).to.equal('‹ Retour à la liste des groupes');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const el = await render(html`<habil-user-groups lang="en"></habil-user-groups>`);
    expect(headers(listTable(el))).to.deep.equal(['Code', 'Label', 'Level', 'Sub-group of', 'Responsable habilitations', 'Opening date', 'Closing date', 'Status', 'Actions']);
    expect(cells(groupRow(el, 'CDAP T1-NORD')).slice(0, 8)).to.deep.equal(['↳ CDAP T1-NORD', 'Cdap T1 - Territoire Nord', '2', 'CDAP T1', 'Julie BLANC', '2018-03-27', '', 'Open']);
    expect(rowButton(el, 'CDAP T1', 'details')!.getAttribute('aria-label')).to.equal('Details of group CDAP T1: members and rights');
    expect(deepText(shadow(el).querySelector('[part="convention"]'))).to.contain('Selected convention:');
    await expect(el).to.be.accessible();
  });
});
