/**
 * `<habil-user-groups>`: the rights of a group by service — only the convention's roles
 * (R11) —, saved one by one with the group's version (R15); read-only for a responsable (R12).
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { GroupRoleChangeDetail, HabilGroupRoles, HabilUserGroups } from '../../src/user-groups/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { recordEvents } from '../ui/support.js';
import { announced, button, confirm, confirmationText, deepText, recordingClient, render, rolesShown, rowButton, shadow, text } from './support.js';

const server = useReferenceServer({ persona: 'partner-admin' });

async function openRoles(el: HabilUserGroups, code: string): Promise<HabilGroupRoles> {
  rowButton(el, code, 'details')!.click();
  await waitUntil(() => shadow(el).querySelector('#tab-roles'), 'the group page never opened');
  shadow(el).querySelector<HTMLElement>('#tab-roles')!.click();
  return rolesShown(el);
}

function services(part: HabilGroupRoles): { service: string; roles: string[]; checked: string[] }[] {
  return [...shadow(part).querySelectorAll('fieldset.service')].map((fieldset) => ({
    service: text(fieldset.querySelector('legend')),
    roles: [...fieldset.querySelectorAll('label')].map((label) => text(label)),
    checked: [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => text(input.closest('label'))),
  }));
}

function box(part: HabilGroupRoles, label: string): HTMLInputElement {
  const found = [...shadow(part).querySelectorAll('label')].find((l) => text(l).startsWith(label));
  if (!found) throw new Error(`no role "${label}"`);
  return found.querySelector('input')!;
}

async function toggle(part: HabilGroupRoles, label: string): Promise<void> {
  box(part, label).click();
  await part.updateComplete;
}

function reportLines(part: HabilGroupRoles): string[] {
  return [...shadow(part).querySelectorAll('.report-row')].map((li) => text(li).replace(/^[✓✗–] /, ''));
}

async function reportDone(part: HabilGroupRoles): Promise<void> {
  await waitUntil(() => [...shadow(part).querySelectorAll('.report button')].some((b) => text(b) === 'Fermer le compte rendu'), 'the save never finished');
}

describe('habil-user-groups: rights of a group', () => {
  it('offers, by service, only the roles the convention grants, checked when the group holds them', async () => {
    const el = await render();
    const part = await openRoles(el, 'CDAP T1');
    expect(text(shadow(el).querySelector('#tab-roles'))).to.equal('Habilitations (2)');
    expect(shadow(el).querySelector('#tab-roles')!.getAttribute('aria-selected')).to.equal('true');
    expect(services(part)).to.deep.equal([
      {
        service: 'Consulter Dossier',
        roles: ['T1 - Assistants service social', 'T1 - CESF', 'T2 - Prestataires services sociaux', 'T4 - Service', 'T6 - Services instructeurs RSA'],
        checked: ['T1 - Assistants service social', 'T1 - CESF'],
      },
      { service: 'Afas', roles: ['Afas - Déclarer', 'Afas - Habiliter'], checked: [] },
      { service: 'Offre bailleur', roles: ['Offre bailleur - Logements privés', 'Offre bailleur - Logements conventionnés'], checked: [] },
      { service: 'Dgfip', roles: ['Dgfip - Contrôleurs publics'], checked: [] },
    ]);
    // R11: T8 exists in the catalogue, but this convention does not grant it.
    expect(deepText(part)).not.to.contain('T8');
    await expect(el).to.be.accessible();
  });

  it('assigns and removes one role at a time with the version just read, reports role by role, and tells the host', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-user-groups .client=${client}></habil-user-groups>`);
    const assigned = recordEvents<CustomEvent<GroupRoleChangeDetail>>(el, 'habil-group-role-assigned');
    const removed = recordEvents<CustomEvent<GroupRoleChangeDetail>>(el, 'habil-group-role-removed');
    const part = await openRoles(el, 'CDAP T1');
    await toggle(part, 'T4 - Service');
    await toggle(part, 'T1 - CESF');
    expect(text(box(part, 'T4 - Service').closest('label'))).to.equal('T4 - Service (à assigner)');
    expect(text(box(part, 'T1 - CESF').closest('label'))).to.equal('T1 - CESF (à retirer)');
    expect(text(shadow(part).querySelector('.status'))).to.equal('1 rôle à assigner, 1 rôle à retirer.');

    button(part, 'Enregistrer les modifications').click();
    const asked = await confirmationText(part);
    expect(asked.heading).to.equal('Retirer un rôle du groupe CDAP T1 ?');
    expect(asked.message).to.equal("T1 - CESF : ses 2 membres perdent ce droit, sauf s'ils le tiennent d'un autre groupe. Leurs comptes restent ouverts.");
    await confirm(part);

    await announced(part, '2 modifications enregistrées.');
    await reportDone(part);
    expect(reportLines(part)).to.deep.equal(['T1 - CESF : retiré', 'T4 - Service : assigné']);
    const sent = calls.filter((c) => c.name === 'assignGroupRole' || c.name === 'removeGroupRole').map((c) => [c.name, c.args.ifMatch]);
    expect(sent).to.deep.equal([
      ['removeGroupRole', 1],
      ['assignGroupRole', 2],
    ]);
    expect(server().store.groups.get('g-cdap-t1')!.roleIds).to.deep.equal(['cdap-t1-ass', 'cdap-t4']);
    expect(assigned.map((e) => [e.detail.roleId, e.detail.roleLabel, e.detail.group.version])).to.deep.equal([['cdap-t4', 'T4 - Service', 3]]);
    expect(removed.map((e) => [e.detail.roleId, e.detail.group.code])).to.deep.equal([['cdap-t1-cesf', 'CDAP T1']]);
    await waitUntil(() => text(shadow(el).querySelector('#tab-roles')) === 'Habilitations (2)' && !text(shadow(part).querySelector('.status')), 'the group was not refreshed');

    // The members hold the new right through the group.
    const blanc = expectOk(await api('GET', '/accounts/j-blanc'));
    expect(blanc.grants.some((g: { roleId: string; groupId?: string }) => g.roleId === 'cdap-t4' && g.groupId === 'g-cdap-t1')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('R15: when someone else changed the group, it is reloaded, the rest is not sent, and the choices stay to be saved again', async () => {
    const el = await render();
    const part = await openRoles(el, 'DGFIP');
    await toggle(part, 'Afas - Déclarer');
    await toggle(part, 'T6 - Services instructeurs RSA');
    // Someone else assigns a role first.
    const record = server().store.groups.get('g-dgfip')!;
    record.roleIds = [...record.roleIds, 'cdap-t2'];
    record.version += 1;
    button(part, 'Enregistrer les modifications').click();

    await reportDone(part);
    expect(deepText(shadow(part).querySelector('.report'))).to.contain("Quelqu'un d'autre a modifié ce groupe entre-temps : ses droits ont été rechargés");
    expect(reportLines(part)[0]).to.match(/^T6 - Services instructeurs RSA : non assigné/);
    expect(reportLines(part)[1]).to.equal('Afas - Déclarer : non envoyé');
    await waitUntil(() => box(part, 'T2 - Prestataires services sociaux').checked, 'the other change was not shown');
    expect(box(part, 'Afas - Déclarer').checked).to.equal(true);
    expect(box(part, 'T6 - Services instructeurs RSA').checked).to.equal(true);
    await expect(el).to.be.accessible();

    button(part, 'Enregistrer les modifications').click();
    await announced(part, '2 modifications enregistrées.');
    expect(record.roleIds).to.have.members(['dgfip-controleurs', 'cdap-t2', 'cdap-t6', 'afas-declarer']);
  });

  it('lets a responsable read the rights of any group, without a checkbox, and says who assigns them (R12)', async () => {
    server().actAs('responsable');
    const el = await render();
    const part = await openRoles(el, 'CDAP T1');
    expect(shadow(part).querySelectorAll('input[type="checkbox"]')).to.have.length(0);
    expect(text(shadow(part).querySelector('.note'))).to.equal(
      "Rôles assignés au groupe, par service. Seul l'administrateur partenaire assigne et retire les droits des groupes (« Synthèse » du guide).",
    );
    expect([...shadow(part).querySelectorAll('.service li')].map((li) => text(li))).to.deep.equal(['T1 - Assistants service social', 'T1 - CESF']);
    await expect(el).to.be.accessible();
  });

  it('explains an assignment the server refuses to a responsable (R12)', async () => {
    const el = await render();
    const part = await openRoles(el, 'CDAP T6');
    server().actAs('responsable');
    await toggle(part, 'T4 - Service');
    button(part, 'Enregistrer les modifications').click();
    await reportDone(part);
    expect(reportLines(part)).to.deep.equal([
      "T4 - Service : non assigné Seul l'administrateur partenaire assigne et retire les droits des groupes (« Synthèse » du guide).",
    ]);
    await announced(part, '0 modification enregistrée, 1 refusée.');
    expect(server().store.groups.get('g-cdap-t6')!.roleIds).to.deep.equal(['cdap-t6']);
  });

  it('in English, from the group’s page', async () => {
    const el = await render(html`<habil-user-groups lang="en"></habil-user-groups>`);
    const part = await openRoles(el, 'BAILLEURS');
    expect(text(shadow(part).querySelector('h3'))).to.equal('Rights of group BAILLEURS');
    await toggle(part, 'Offre bailleur - Logements privés');
    expect(text(shadow(part).querySelector('.status'))).to.equal('1 role to remove.');
    button(part, 'Save changes').click();
    const asked = await confirmationText(part);
    expect(asked.message).to.equal('Offre bailleur - Logements privés: its member loses this right, unless another group gives it. Their accounts stay open.');
    await confirm(part);
    await announced(part, '1 change saved.');
  });
});
