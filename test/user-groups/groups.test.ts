/**
 * `<habil-user-groups>`: creating, changing and closing a group (R11), as the partner
 * administrator; what a responsable may not do (R12); someone else's change (R15).
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { GroupChangeDetail, GroupUpdatedDetail, HabilUserGroups } from '../../src/user-groups/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import { alertsText, announced, button, confirm, confirmByKeyboard, confirmationText, control, createUser, dialogOpened, field, fieldError, formShown, groupForm, groupRow, newUserDialog, recordingClient, render, rowButton, shadow, text, typeInto, waitForText } from './support.js';

const server = useReferenceServer({ persona: 'partner-admin' });

async function openCreate(el: HabilUserGroups) {
  button(el, 'Créer un groupe').click();
  return formShown(el);
}

async function fillGroup(el: HabilUserGroups, values: { code?: string; label?: string; responsableId?: string; parentId?: string; closingDate?: string }) {
  const form = groupForm(el);
  if (values.code !== undefined) await typeInto(field(form, 'Code'), values.code);
  if (values.label !== undefined) await typeInto(field(form, 'Libellé'), values.label);
  if (values.responsableId !== undefined) await typeInto(field(form, 'Responsable habilitations'), values.responsableId);
  if (values.parentId !== undefined) await typeInto(field(form, 'Sous-groupe de'), values.parentId);
  if (values.closingDate !== undefined) await typeInto(field(form, 'Date de clôture'), values.closingDate);
}

/** Closes the group `code` from its row and confirms; the server refuses: the page says `words`, and group `id` stays open. */
async function expectClosingRefused(el: HabilUserGroups, code: string, id: string, words: string): Promise<void> {
  rowButton(el, code, 'close')!.click();
  await confirm(el);
  await waitForText(el, words);
  expect(server().store.groups.get(id)!.closingDate).to.equal(undefined);
}

function submit(el: HabilUserGroups, label = 'Créer le groupe') {
  button(groupForm(el), label).click();
}

const groupByCode = (code: string) => [...server().store.groups.values()].find((g) => g.code === code && g.conventionId === 'conv-cd83');

describe('habil-user-groups: creating a group (R11)', () => {
  it('creates a group opened today, with a responsable among the users of the convention, then opens its rights', async () => {
    const el = await render();
    const created = recordEvents<CustomEvent<GroupChangeDetail>>(el, 'habil-group-created');
    const leaked = recordEvents(document, 'habil-group-form-submit');
    const form = await openCreate(el);
    expect(text(shadow(el).querySelector('#form-heading'))).to.equal('Créer un groupe utilisateurs');
    expect(field(form, "Date d'ouverture").value).to.equal('2025-06-02');
    const responsables = field(form, 'Responsable habilitations').options.map((o) => o.label);
    expect(responsables).to.include('BLANC Julie (AAD1207CAU)');
    expect(responsables.some((label) => label.includes('PRÉVOST')), 'a user of another convention').to.equal(false);
    expect(field(form, 'Sous-groupe de').hint).to.equal('Sans groupe parent, le groupe sera au niveau 1.');
    await expect(el).to.be.accessible();

    await fillGroup(el, { code: 'CDAP T4', label: 'Cdap T4', responsableId: 'j-blanc' });
    submit(el);

    await announced(el, 'Groupe CDAP T4 créé. Assignez-lui ses droits, puis rattachez ses membres.');
    const stored = groupByCode('CDAP T4')!;
    expect(stored).to.include({ label: 'Cdap T4', level: 1, openingDate: '2025-06-02', responsableId: 'j-blanc' });
    expect(created).to.have.length(1);
    expect(created[0]!.detail.group).to.include({ id: stored.id, code: 'CDAP T4' });
    expect(created[0]!.bubbles && created[0]!.composed).to.equal(true);
    expect(leaked).to.have.length(0);
    expect(el.groupId).to.equal(stored.id);
    expect(el.panel).to.equal('roles');
    await waitUntil(() => focusedElement()?.id === 'group-heading', 'focus did not move to the new group');
    expect(text(shadow(el).querySelector('#group-heading'))).to.equal('Groupe CDAP T4 – Cdap T4');
  });

  it('places a sub-group, created from its parent’s page, one level under it, and says so before it is created', async () => {
    const el = await render();
    rowButton(el, 'CDAP T1-NORD', 'details')!.click();
    await waitUntil(() => shadow(el).querySelector('#group-heading'), 'the group page never opened');
    button(el, 'Créer un sous-groupe').click();
    const form = await formShown(el);
    expect(text(shadow(el).querySelector('#form-heading'))).to.equal('Créer un sous-groupe de CDAP T1-NORD');
    expect(field(form, 'Sous-groupe de').value).to.equal('g-cdap-t1-nord');
    expect(field(form, 'Sous-groupe de').hint).to.equal('Le groupe sera au niveau 3, un de plus que CDAP T1-NORD.');
    await fillGroup(el, { code: 'T1-NORD-EST', label: 'Nord-Est', responsableId: 'j-blanc' });
    submit(el);
    await announced(el, 'Groupe T1-NORD-EST créé.');
    expect(groupByCode('T1-NORD-EST')).to.include({ level: 3, parentId: 'g-cdap-t1-nord' });
  });

  it('checks code, libellé and responsable before sending anything', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-user-groups .client=${client}></habil-user-groups>`);
    await openCreate(el);
    submit(el);
    await groupForm(el).updateComplete;
    const form = groupForm(el);
    for (const label of ['Code', 'Libellé', 'Responsable habilitations']) expect(fieldError(field(form, label)), label).to.equal('Ce champ est obligatoire.');
    await waitUntil(() => focusedElement() === control(field(form, 'Code')), 'focus did not go to the first field to correct');
    expect(calls.filter((c) => c.name === 'createGroup')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says on the code field that the code is taken in the convention, and keeps what was typed', async () => {
    const el = await render();
    await openCreate(el);
    await fillGroup(el, { code: 'cdap t1', label: 'Doublon', responsableId: 'j-blanc' });
    submit(el);
    const form = groupForm(el);
    await waitUntil(() => fieldError(field(form, 'Code')), 'no error on the code');
    expect(fieldError(field(form, 'Code'))).to.equal('Ce code est déjà utilisé dans la convention.');
    expect(alertsText(el)).to.contain('Un groupe porte déjà ce code dans cette convention.');
    expect(field(form, 'Libellé').value).to.equal('Doublon');
    expect(field(form, 'Responsable habilitations').value).to.equal('j-blanc');
    await expect(el).to.be.accessible();

    // Changing the code lifts the server's error until the next answer.
    await typeInto(field(form, 'Code'), 'CDAP T1-BIS');
    expect(fieldError(field(form, 'Code'))).to.equal('');
  });

  it('refuses a responsable who is no longer a user of the convention; one created on the spot is chosen, and the group created', async () => {
    const el = await render();
    await openCreate(el);
    await fillGroup(el, { code: 'DGFIP-2', label: 'Contrôleurs 2', responsableId: 'g-lemaitre' });
    // Meanwhile, Grégoire Lemaître's account closed.
    server().store.accounts.get('g-lemaitre')!.closingDate = '2025-06-01';
    submit(el);
    const form = groupForm(el);
    await waitUntil(() => fieldError(field(form, 'Responsable habilitations')), 'no error on the responsable');
    expect(fieldError(field(form, 'Responsable habilitations'))).to.equal('Choisissez un utilisateur de la convention.');
    expect(alertsText(el)).to.contain('Le responsable habilitations doit déjà être un utilisateur de la convention.');

    button(form, 'Créer un utilisateur…').click();
    // The dialog is rendered once its module has loaded, on first use.
    await waitUntil(() => newUserDialog(el), 'the dialog was not rendered');
    const dialog = newUserDialog(el);
    const native = await dialogOpened(dialog);
    expect(text(native.querySelector('h2'))).to.equal('Créer un utilisateur partenaire');
    expect(text(native.querySelector('p'))).to.equal(
      'Convention sélectionnée : MCP - Conseil départemental du Var. Une fois créé, il sera choisi comme responsable habilitations du groupe.',
    );
    await expect(dialog).to.be.accessible();
    await createUser(dialog, { civilite: 'Mme', nom: 'Faure', prenom: 'Léa', email: 'lea.faure@cd-83.fr' });

    await announced(el, 'Utilisateur Léa FAURE');
    const lea = [...server().store.accounts.values()].find((a) => a.emailPro === 'lea.faure@cd-83.fr')!;
    expect(lea).to.include({ conventionId: 'conv-cd83', status: 'ouvert' });
    expect(native.open).to.equal(false);
    await waitUntil(() => field(groupForm(el), 'Responsable habilitations').value === lea.id, 'the new user was not chosen');
    expect(field(groupForm(el), 'Code').value).to.equal('DGFIP-2');

    submit(el);
    await announced(el, 'Groupe DGFIP-2 créé.');
    expect(groupByCode('DGFIP-2')!.responsableId).to.equal(lea.id);
  });

  it('in English: the form and the refusal of a taken code', async () => {
    const el = await render(html`<habil-user-groups lang="en"></habil-user-groups>`);
    button(el, 'Create a group').click();
    const form = await formShown(el);
    await typeInto(field(form, 'Code'), 'DGFIP');
    await typeInto(field(form, 'Label'), 'Duplicate');
    await typeInto(field(form, 'Responsable habilitations'), 'j-blanc');
    button(form, 'Create the group').click();
    await waitUntil(() => fieldError(field(form, 'Code')), 'no error on the code');
    expect(fieldError(field(form, 'Code'))).to.equal('This code is already used in the convention.');
    expect(alertsText(el)).to.contain('A group already has this code in this convention.');
  });
});

describe('habil-user-groups: changing a group', () => {
  it('sends only what changed, with the version read before (R15), and tells the host', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-user-groups .client=${client}></habil-user-groups>`);
    const updated = recordEvents<CustomEvent<GroupUpdatedDetail>>(el, 'habil-group-updated');
    rowButton(el, 'CDAP T2', 'edit')!.click();
    const form = await formShown(el);
    expect(text(shadow(el).querySelector('#form-heading'))).to.equal('Modifier le groupe CDAP T2');
    expect(field(form, 'Code').readonly).to.equal(true);
    expect(field(form, 'Sous-groupe de').value).to.equal("N'a pas de parent");
    await typeInto(field(form, 'Libellé'), 'Cdap T2 - Prestataires');
    await typeInto(field(form, 'Responsable habilitations'), 'k-benali');
    submit(el, 'Enregistrer les modifications');

    await announced(el, 'Groupe CDAP T2 modifié.');
    const call = calls.find((c) => c.name === 'updateGroup')!;
    expect(call.args).to.deep.equal({ params: { id: 'g-cdap-t2' }, body: { label: 'Cdap T2 - Prestataires', responsableId: 'k-benali' }, ifMatch: 1 });
    expect(updated[0]!.detail.changes).to.deep.equal({ label: 'Cdap T2 - Prestataires', responsableId: 'k-benali' });
    expect(updated[0]!.detail.group.version).to.equal(2);
    await waitUntil(() => text(groupRow(el, 'CDAP T2').children[1]) === 'Cdap T2 - Prestataires', 'the list was not reloaded');
    // Focus comes back to the button that opened the form.
    await waitUntil(() => focusedElement() === rowButton(el, 'CDAP T2', 'edit'), 'focus did not come back');
  });

  it('R15: someone else changed the group meanwhile: it is reloaded, the user is told, and what he typed stays', async () => {
    const el = await render();
    rowButton(el, 'CDAP T2', 'edit')!.click();
    const form = await formShown(el);
    const record = server().store.groups.get('g-cdap-t2')!;
    record.closingDate = '2026-12-31';
    record.version += 1;

    await typeInto(field(form, 'Libellé'), 'Mon libellé');
    submit(el, 'Enregistrer les modifications');
    await waitForText(el, "Quelqu'un d'autre a modifié le groupe CDAP T2 entre-temps. Il a été rechargé");
    expect(alertsText(el)).to.contain('Modifié entre-temps');
    expect(field(groupForm(el), 'Libellé').value).to.equal('Mon libellé');
    await waitUntil(() => field(groupForm(el), 'Date de clôture').value === '2026-12-31', 'the new version was not shown');
    await expect(el).to.be.accessible();

    submit(el, 'Enregistrer les modifications');
    await announced(el, 'Groupe CDAP T2 modifié.');
    expect(record).to.include({ label: 'Mon libellé', closingDate: '2026-12-31', version: 3 });
  });
});

describe('habil-user-groups: closing a group (R11)', () => {
  it('says what closing does, then closes: members lose its rights, their accounts stay open, sub-groups close too', async () => {
    const el = await render();
    const closed = recordEvents<CustomEvent<GroupChangeDetail>>(el, 'habil-group-closed');
    // The dialog's own events are the widget's business, not the page's.
    const leaked = recordEvents(document, 'habil-dialog-close');
    const close = rowButton(el, 'CDAP T1', 'close')!;
    close.focus();
    close.click();
    const asked = await confirmationText(el);
    expect(asked.heading).to.equal('Clôturer le groupe CDAP T1 ?');
    expect(asked.message).to.equal(
      'La date de clôture du groupe sera le 02/06/2025. Ses 2 membres en sont détachés et perdent les droits que le groupe donne (T1 - Assistants service social, T1 - CESF) ; leurs comptes restent ouverts. Son sous-groupe CDAP T1-NORD est clôturé avec lui. Un groupe clôturé ne peut plus être modifié.',
    );
    await expect(el).to.be.accessible();
    await confirm(el);

    await announced(el, 'Groupe CDAP T1 clôturé. 2 membres détachés ; les comptes restent ouverts.');
    expect(closed.map((e) => e.detail.group.code)).to.deep.equal(['CDAP T1']);
    expect(closed[0]!.detail.group.status).to.equal('cloture');
    expect(leaked).to.have.length(0);
    await waitUntil(() => text(groupRow(el, 'CDAP T1-NORD').children[7]) === 'Clôturé', 'the list was not reloaded');
    expect(rowButton(el, 'CDAP T1', 'close')).to.equal(null);

    // What the accounts say now: still open, and no right through the closed groups.
    for (const id of ['m-durand', 'j-blanc']) {
      const account = expectOk(await api('GET', `/accounts/${id}`));
      expect(account.status, id).to.equal('ouvert');
      expect(account.grants.filter((g: { groupId?: string }) => g.groupId === 'g-cdap-t1' || g.groupId === 'g-cdap-t1-nord'), id).to.deep.equal([]);
    }
    await expect(el).to.be.accessible();
  });

  it('closes nothing when the user cancels', async () => {
    const el = await render();
    rowButton(el, 'DGFIP', 'close')!.click();
    const asked = await confirmationText(el);
    expect(asked.message).to.contain("Le groupe n'a aucun membre actuel.");
    await press('Escape');
    await waitUntil(() => !shadow(shadow(el).querySelector('habil-confirm-dialog')!).querySelector('dialog')!.open, 'the dialog stayed open');
    expect(server().store.groups.get('g-dgfip')!.closingDate).to.equal(undefined);
  });

  it('R15: a group changed meanwhile is not closed; the list is reloaded and the user told', async () => {
    const el = await render();
    server().store.groups.get('g-bailleurs')!.version += 1;
    await expectClosingRefused(el, 'BAILLEURS', 'g-bailleurs', "Quelqu'un d'autre a modifié le groupe BAILLEURS entre-temps.");
  });
});

describe('habil-user-groups: who may do what (R12)', () => {
  it('explains, in words, a creation the server refuses to a responsable', async () => {
    const el = await render();
    await openCreate(el);
    // The page was read as partner administrator; the person now acts as responsable habilitations.
    server().actAs('responsable');
    await fillGroup(el, { code: 'FORCE', label: 'Forcé', responsableId: 'm-durand' });
    submit(el);
    await waitForText(el, "Seul l'administrateur partenaire crée, modifie et clôture les groupes et leur assigne des droits");
    expect(alertsText(el)).to.contain('Action non autorisée');
    expect(alertsText(el)).to.contain('Votre profil ne permet pas cette action.');
    expect(groupByCode('FORCE')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('explains a closing the server refuses to a responsable', async () => {
    const el = await render();
    server().actAs('responsable');
    await expectClosingRefused(el, 'CDAP T1', 'g-cdap-t1', "Seul l'administrateur partenaire crée, modifie et clôture les groupes");
  });
});

describe('habil-user-groups: keyboard', () => {
  it('creates a group without the mouse', async () => {
    const el = await render();
    await tabTo(button(el, 'Créer un groupe'), 30);
    await press('Enter');
    await waitUntil(() => focusedElement()?.id === 'form-heading', 'focus did not move to the form');
    await press('Tab');
    expect(focusedElement()).to.equal(control(field(groupForm(el), 'Code')));
    await sendKeys({ type: 'CLAVIER' });
    await press('Tab');
    await sendKeys({ type: 'Groupe clavier' });
    await press('Tab');
    expect(focusedElement()).to.equal(control(field(groupForm(el), 'Responsable habilitations')));
    await press('ArrowDown');
    await waitUntil(() => field(groupForm(el), 'Responsable habilitations').value !== '', 'no responsable chosen');
    await press('Enter');
    await announced(el, 'Groupe CLAVIER créé.');
    expect(groupByCode('CLAVIER')).to.include({ label: 'Groupe clavier' });
    await waitUntil(() => focusedElement()?.id === 'group-heading', 'focus did not move to the new group');
  });

  it('closes a group from the keyboard; focus starts on "Annuler" and comes back to the row', async () => {
    const el = await render();
    const close = rowButton(el, 'DGFIP', 'close')!;
    await tabTo(close, 80);
    await press('Enter');
    const dialog = shadow(el).querySelector('habil-confirm-dialog')!;
    await dialogOpened(dialog);
    await confirmByKeyboard('Annuler', 'Clôturer le groupe');
    await announced(el, 'Groupe DGFIP clôturé.');
    expect(server().store.groups.get('g-dgfip')!.closingDate).to.equal('2025-06-02');
  });
});
