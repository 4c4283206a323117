/**
 * `<habil-user-groups>`: the members of a group — list with dates and other groups, attach
 * with dates, change the dates, detach — as partner administrator and as responsable
 * (R1, R6 dates, R11, R12 Afas, R15).
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { HabilGroupMembers, HabilUserGroups, MemberChangeDetail } from '../../src/user-groups/define.js';
import { api, expectOk, expectProblem, useReferenceServer } from '../support/api.js';
import { focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import { alertsText, announced, button, cells, confirm, confirmationText, control, createUser, dialogOpened, field, fieldError, headers, membersShown, membersTable, newUserDialog, recordingClient, render, rowButton, rowOf, rows, shadow, text, typeInto, waitForText } from './support.js';

const server = useReferenceServer({ persona: 'partner-admin' });

async function openMembers(el: HabilUserGroups, code: string): Promise<HabilGroupMembers> {
  rowButton(el, code, 'details')!.click();
  return membersShown(el);
}

/** The other groups are read after the list: wait for them. */
async function otherGroupsRead(el: HabilUserGroups): Promise<void> {
  await waitUntil(() => rows(membersTable(el)).every((row) => !text(row).includes('Chargement')), 'the other groups were never read');
}

function memberButton(el: HabilUserGroups, name: string, action: 'edit-dates' | 'detach'): HTMLButtonElement {
  return rowOf(membersTable(el), name).querySelector<HTMLButtonElement>(`[part~="${action}-button"]`)!;
}

async function attach(part: HabilGroupMembers, values: { accountId?: string; openingDate?: string; closingDate?: string }): Promise<void> {
  if (values.accountId !== undefined) await typeInto(field(part, 'Utilisateur'), values.accountId);
  if (values.openingDate !== undefined) await typeInto(field(part, "Date d'ouverture"), values.openingDate);
  if (values.closingDate !== undefined) await typeInto(field(part, 'Date de clôture'), values.closingDate);
  button(part, 'Ajouter au groupe').click();
}

const membership = (groupId: string, accountId: string) => server().store.memberships.get(server().store.membershipKey(groupId, accountId));

describe('habil-user-groups: members of a group', () => {
  it('lists the members with their membership dates and their other groups', async () => {
    const el = await render();
    await openMembers(el, 'CDAP T1');
    await otherGroupsRead(el);
    expect(text(shadow(el).querySelector('#group-heading'))).to.equal('Groupe CDAP T1 – Cdap T1');
    expect(text(shadow(el).querySelector('[part="summary"]'))).to.contain('Sous-groupe de');
    expect(headers(membersTable(el))).to.deep.equal(['Nom Prénom', 'Identifiant', "Date d'ouverture", 'Date de clôture', 'Appartenance', 'Autres groupes', 'Actions']);
    expect(cells(rowOf(membersTable(el), 'BLANC Julie')).slice(0, 6)).to.deep.equal(['BLANC Julie', 'AAD1207CAU', '27/03/2018', '', 'En cours', 'CDAP T1-NORD']);
    expect(cells(rowOf(membersTable(el), 'DURAND Mathieu')).slice(0, 6)).to.deep.equal(['DURAND Mathieu', 'AAA2930CAU', '27/03/2018', '', 'En cours', 'Aucun']);
    expect(memberButton(el, 'BLANC Julie', 'detach').getAttribute('aria-label')).to.equal('Détacher Julie BLANC du groupe');
    await expect(el).to.be.accessible();
  });

  it('attaches a user from today by default, shows his current groups first, and tells the host', async () => {
    const el = await render();
    const added = recordEvents<CustomEvent<MemberChangeDetail>>(el, 'habil-member-added');
    const heardByPage = recordEvents(document, 'habil-member-added', 'habil-group-changed', 'habil-convention-users-changed', 'habil-sort-change');
    const part = await openMembers(el, 'CDAP T1');
    expect(field(part, "Date d'ouverture").value).to.equal('2025-06-02');
    const offered = field(part, 'Utilisateur').options.map((o) => o.value);
    expect(offered).to.include('k-benali');
    expect(offered, 'current members are not offered').not.to.include('j-blanc');
    expect(offered, 'users of another convention are not offered').not.to.include('v-habitat-1');

    await typeInto(field(part, 'Utilisateur'), 'k-benali');
    await waitForText(part, 'Groupes actuels de Karim BENALI : CDAP T2 (depuis le 27/03/2018), CDAP T6 (depuis le 27/03/2018).', (root) =>
      text(shadow(root).querySelector('.chosen-groups')),
    );
    await expect(el).to.be.accessible();
    button(part, 'Ajouter au groupe').click();

    await announced(part, 'Karim BENALI rattaché au groupe CDAP T1 à compter du 02/06/2025.');
    expect(membership('g-cdap-t1', 'k-benali')).to.include({ openingDate: '2025-06-02' });
    expect(added.map((e) => [e.detail.group.code, e.detail.membership.accountId])).to.deep.equal([['CDAP T1', 'k-benali']]);
    // The page hears the widget's event, once, from the widget; not the part's own events.
    expect(heardByPage.map((e) => [e.type, e.target])).to.deep.equal([['habil-member-added', el]]);
    await waitUntil(() => rows(membersTable(el)).some((row) => text(row).includes('BENALI Karim')), 'the list was not reloaded');
    await waitUntil(() => text(shadow(el).querySelector('#tab-members')) === 'Membres (3)', 'the count was not refreshed');
    const benali = expectOk(await api('GET', '/accounts/k-benali'));
    expect(benali.grants.some((g: { roleId: string; groupId?: string }) => g.roleId === 'cdap-t1-ass' && g.groupId === 'g-cdap-t1')).to.equal(true);
    // The form is ready for the next one.
    expect(field(part, 'Utilisateur').value).to.equal('');
  });

  it('refuses a closing date in the past, in words, before anything is sent (R6)', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-user-groups .client=${client}></habil-user-groups>`);
    const part = await openMembers(el, 'CDAP T6');
    await attach(part, { accountId: 'a-roux', closingDate: '2025-05-30' });
    await part.updateComplete;
    expect(fieldError(field(part, 'Date de clôture'))).to.equal('La date ne peut pas être dans le passé.');
    await waitUntil(() => focusedElement() === control(field(part, 'Date de clôture')), 'focus did not go to the date');
    expect(calls.filter((c) => c.name === 'addMember')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps the server’s refusal of a date on its field, with what was typed', async () => {
    const el = await render();
    const part = await openMembers(el, 'CDAP T6');
    // The server's day moved on since the page read it: 03/06 is now in the past for the server.
    server().clock.advanceDays(2);
    await attach(part, { accountId: 'a-roux', closingDate: '2025-06-03' });
    await waitUntil(() => fieldError(field(part, 'Date de clôture')), 'no error on the date');
    expect(fieldError(field(part, 'Date de clôture'))).to.equal('La date ne peut pas être dans le passé.');
    expect(alertsText(part)).to.contain('La date ne peut pas être rétroactive');
    expect(field(part, 'Utilisateur').value).to.equal('a-roux');
    expect(membership('g-cdap-t6', 'a-roux')).to.equal(undefined);
  });

  it('changes the dates of a membership; someone else’s change meanwhile is reloaded and said (R15)', async () => {
    const el = await render();
    const updated = recordEvents<CustomEvent<MemberChangeDetail>>(el, 'habil-member-updated');
    const part = await openMembers(el, 'CDAP T1');
    await otherGroupsRead(el);
    memberButton(el, 'BLANC Julie', 'edit-dates').click();
    const dialog = await dialogOpened(part);
    expect(text(dialog.querySelector('h2'))).to.equal("Modifier l'appartenance de Julie BLANC au groupe CDAP T1");
    expect(text(dialog)).to.contain('Groupe parent : n\'a pas de parent.');
    expect(text(dialog)).to.contain('Groupes actuels de Julie BLANC : CDAP T1-NORD (depuis le 27/03/2018).');
    await expect(part).to.be.accessible();

    const record = membership('g-cdap-t1', 'j-blanc')!;
    record.closingDate = '2025-09-30';
    record.version += 1;
    await typeInto(field(dialog, 'Date de clôture'), '2025-12-31');
    button(dialog, 'Enregistrer les modifications').click();
    await waitForText(part, "Quelqu'un d'autre a modifié l'appartenance de Julie BLANC entre-temps ; elle a été rechargée (du 27/03/2018 au 30/09/2025).");
    expect(dialog.open).to.equal(true);
    expect(field(dialog, 'Date de clôture').value).to.equal('2025-12-31');

    button(dialog, 'Enregistrer les modifications').click();
    await announced(part, 'Appartenance de Julie BLANC au groupe CDAP T1 modifiée : du 27/03/2018 au 31/12/2025.');
    expect(dialog.open).to.equal(false);
    expect(record.closingDate).to.equal('2025-12-31');
    expect(updated.map((e) => e.detail.membership.closingDate)).to.deep.equal(['2025-12-31']);
  });

  it('detaches after a confirmation that says the account stays open; the rights through the group end', async () => {
    const el = await render();
    const removed = recordEvents<CustomEvent<MemberChangeDetail>>(el, 'habil-member-removed');
    await openMembers(el, 'BAILLEURS');
    memberButton(el, 'LEMAÎTRE Grégoire', 'detach').click();
    const asked = await confirmationText(membersShownPart(el));
    expect(asked.heading).to.equal('Détacher Grégoire LEMAÎTRE du groupe BAILLEURS ?');
    expect(asked.message).to.equal(
      "L'appartenance de Grégoire LEMAÎTRE au groupe BAILLEURS prend fin aujourd'hui : Grégoire LEMAÎTRE perd les droits que le groupe lui donne. Son compte reste ouvert et ses autres groupes ne changent pas.",
    );
    await confirm(membersShownPart(el));

    await announced(membersShownPart(el), 'Grégoire LEMAÎTRE détaché du groupe BAILLEURS ; son compte reste ouvert.');
    expect(removed.map((e) => e.detail.membership.accountId)).to.deep.equal(['g-lemaitre']);
    await waitUntil(() => text(rowOf(membersTable(el), 'LEMAÎTRE')).includes('Terminée'), 'the list was not reloaded');
    expect(cells(rowOf(membersTable(el), 'LEMAÎTRE')).slice(2, 5)).to.deep.equal(['27/03/2018', '02/06/2025', 'Terminée']);
    const account = expectOk(await api('GET', '/accounts/g-lemaitre'));
    expect(account.status).to.equal('ouvert');
    expect(account.grants.filter((g: { groupId?: string }) => g.groupId === 'g-bailleurs')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('creates the user to attach on the spot, then attaches him', async () => {
    const el = await render();
    const part = await openMembers(el, 'DGFIP');
    button(part, 'Créer un utilisateur…').click();
    // The dialog is rendered once its module has loaded, on first use.
    await waitUntil(() => newUserDialog(part), 'the dialog was not rendered');
    const dialog = newUserDialog(part);
    const native = await dialogOpened(dialog);
    expect(text(native.querySelector('p'))).to.contain('Une fois créé, il sera choisi comme utilisateur à rattacher au groupe.');
    await createUser(dialog, { civilite: 'M.', nom: "D'Artagnan", prenom: 'Louis', email: 'l.dartagnan@cd-83.fr' });

    await announced(part, "Utilisateur Louis D'ARTAGNAN");
    const louis = [...server().store.accounts.values()].find((a) => a.emailPro === 'l.dartagnan@cd-83.fr')!;
    await waitUntil(() => field(part, 'Utilisateur').value === louis.id, 'the new user was not chosen');
    button(part, 'Ajouter au groupe').click();
    await announced(part, "Louis D'ARTAGNAN rattaché au groupe DGFIP");
    expect(membership('g-dgfip', louis.id)).to.include({ openingDate: '2025-06-02' });
  });

  it('in English: the columns and a date refused', async () => {
    const el = await render(html`<habil-user-groups lang="en"></habil-user-groups>`);
    const part = await openMembers(el, 'CDAP T2');
    expect(headers(membersTable(el))).to.deep.equal(['Name', 'Identifier', 'Opening date', 'Closing date', 'Membership', 'Other groups', 'Actions']);
    await typeInto(field(part, 'User'), 'a-roux');
    await typeInto(field(part, 'Closing date'), '2024-12-31');
    button(part, 'Add to the group').click();
    await part.updateComplete;
    expect(fieldError(field(part, 'Closing date'))).to.equal('The date cannot be in the past.');
  });
});

function membersShownPart(el: HabilUserGroups): HabilGroupMembers {
  return shadow(el).querySelector('habil-group-members')!;
}

describe('habil-user-groups: members, as responsable habilitations (R1, R12)', () => {
  it('attaches a user to his own group', async () => {
    server().actAs('responsable');
    const el = await render();
    const part = await openMembers(el, 'CDAP T1-NORD');
    await attach(part, { accountId: 'k-benali' });
    await announced(part, 'Karim BENALI rattaché au groupe CDAP T1-NORD');
    expect(membership('g-cdap-t1-nord', 'k-benali')).to.exist;
  });

  it('only reads the members of a group that is not his', async () => {
    server().actAs('responsable');
    const el = await render();
    const part = await openMembers(el, 'CDAP T2');
    expect(shadow(part).querySelector('[part="attach"]')).to.equal(null);
    expect(headers(membersTable(el))).not.to.include('Actions');
    expect(text(shadow(part).querySelector('.note'))).to.equal(
      "Vous consultez les membres de ce groupe : seuls l'administrateur partenaire et le responsable habilitations du groupe (ou d'un groupe au-dessus) les rattachent et les détachent.",
    );
    await expect(el).to.be.accessible();
  });

  it('is told, in words, that an Afas group needs "Afas - Habiliter" (R12), and is not offered what the server would refuse', async () => {
    server().actAs('responsable');
    const el = await render();
    const part = await openMembers(el, 'AFAS-DEC');
    const notes = [...shadow(part).querySelectorAll('.note')].map(text);
    // He is the group's responsable: the reason is « Afas - Habiliter », not who else moves the members.
    expect(notes).to.deep.equal([
      "Point spécifique Afas : ce groupe donne des profils Afas. Pour y rattacher ou en détacher un utilisateur, un responsable habilitations doit lui-même être membre d'un groupe disposant du rôle « Afas - Habiliter ».",
    ]);
    expect(shadow(part).querySelector('[part="attach"]')).to.equal(null);
    expect(headers(membersTable(el))).not.to.include('Actions');
    // The server refuses the same attachment asked directly.
    expectProblem(await api('POST', '/groups/g-afas-dec/members', { body: { accountId: 'k-benali' } }), 403, 'afas-habiliter-required');
    expect(membership('g-afas-dec', 'k-benali')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('the partner administrator moves the members of an Afas group, and reads the same Afas point', async () => {
    server().actAs('partner-admin');
    const el = await render();
    const part = await openMembers(el, 'AFAS-DEC');
    expect([...shadow(part).querySelectorAll('.note')].map(text).some((note) => note.startsWith('Point spécifique Afas'))).to.equal(true);
    expect(shadow(part).querySelector('[part="attach"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('detaches from the keyboard; focus starts on "Annuler" and the list takes it back', async () => {
    server().actAs('responsable');
    const el = await render();
    await openMembers(el, 'CDAP T1-NORD');
    await otherGroupsRead(el);
    const detach = memberButton(el, 'BLANC Julie', 'detach');
    await tabTo(detach, 40);
    await press('Enter');
    await dialogOpened(shadow(membersShownPart(el)).querySelector('habil-confirm-dialog')!);
    expect(text(focusedElement())).to.equal('Annuler');
    await press('Tab');
    expect(text(focusedElement())).to.equal('Détacher');
    await press('Enter');
    await announced(membersShownPart(el), 'Julie BLANC détachée du groupe CDAP T1-NORD');
    expect(membership('g-cdap-t1-nord', 'j-blanc')).to.include({ closingDate: '2025-06-02' });
    await waitUntil(() => focusedElement()?.classList.contains('members-heading'), 'focus was lost');
  });
});
