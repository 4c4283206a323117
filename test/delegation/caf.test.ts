/**
 * `<habil-delegation>` on the CAF side ("Mon Compte Partenaire", fiches 14–16, R12, R14, R15):
 * the partner administrators of a partner (at most two, appointed by the CAF only) and the
 * responsables habilitations of the groups of a convention, with their replacement.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { HabilDelegation, PartnerAdminAddedDetail, PartnerAdminRevokedDetail, ResponsableReplacedDetail } from '../../src/delegation/define.js';
import type { Group } from '../../src/domain/index.js';
import type { HabilField } from '../../src/ui/field/field.js';
import { api, expectOk, expectProblem, TODAY, useReferenceServer } from '../support/api.js';
import { focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import { announced, button, caption, cells, chooseButton, confirm, confirmByKeyboard, confirmSaying, dataRows, dialogOpened, dialogText, emptyMessage, failingOnceClient, headers, heading, hints, historyButtons, noticeSays, openHistory, openPanelByKeyboard, openPicker, pickerTable, render, rowButton, rowByHeader, rowOf, rows, searchPicker, settled, shadow, tab, table, tabNames, text, typeInto } from './support.js';

const server = useReferenceServer();

async function showResponsables(el: HabilDelegation): Promise<void> {
  tab(el, 'responsables')!.click();
  await waitUntil(() => heading(el) === 'Responsables habilitations', 'the tab never opened');
  await settled(el);
}

function replaceButton(el: HabilDelegation, groupId: string): HTMLButtonElement {
  const found = shadow(table(el)).querySelector<HTMLButtonElement>(`[data-group-id="${groupId}"]`);
  if (!found) throw new Error(`no "Remplacer le responsable" for ${groupId}`);
  return found;
}

/** The partner administrator's « Responsables habilitations », with the panel that replaces the responsable of CDAP T1 open. */
async function openReplaceOfCdapT1(): Promise<HabilDelegation> {
  server().actAs('partner-admin');
  const el = await render();
  await showResponsables(el);
  await openPicker(el, replaceButton(el, 'g-cdap-t1'));
  return el;
}

describe('habil-delegation: partner administrators (R12)', () => {
  it('shows the partner administrator and the responsables the list read-only, with the count, the limit and why', async () => {
    for (const persona of ['partner-admin', 'responsable'] as const) {
      server().actAs(persona);
      const el = await render();
      expect(tabNames(el), persona).to.deep.equal(['Administrateurs partenaires', 'Responsables habilitations']);
      expect(hints(el)).to.include('Convention : MCP - Conseil départemental du Var — Organisme partenaire : CONSEIL DEPARTEMENTAL DU VAR');
      expect(hints(el)).to.include('1 administrateur partenaire sur 2 au plus.');
      expect(hints(el)).to.include("C'est la Caf qui attribue et retire le rôle d'administrateur partenaire : cette liste est en lecture seule pour vous.");
      expect(hints(el)).to.include("Il ne possède pas par défaut les rôles métier : il faut l'ajouter à des groupes d'utilisateurs pour qu'il en bénéficie.");
      expect(caption(table(el))).to.equal('Administrateurs partenaires de CONSEIL DEPARTEMENTAL DU VAR');
      expect(headers(table(el))).to.deep.equal(['Identifiant', 'Nom', 'Prénom', 'Adresse mail', 'Depuis le']);
      expect(rows(el).map(cells)).to.deep.equal([['AAB1842CAU', 'MARTIN', 'Pierre', 'pierre.martin@cd-83.fr', '27/03/2018']]);
      expect(shadow(el).querySelector('#appoint')).to.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('lets the CAF agent choose the convention, and shows a partner without administrator (empty state)', async () => {
    server().actAs('caf-agent');
    const el = await render();
    const conventions = shadow(el).querySelector<HabilField>('habil-field')!;
    expect(conventions.label).to.equal('Convention');
    expect(conventions.options.map((o) => o.label)).to.deep.equal([
      'MCP - Conseil départemental du Var — CONSEIL DEPARTEMENTAL DU VAR',
      'MCP - Var Habitat — VAR HABITAT',
    ]);
    expect(headers(table(el))).to.deep.equal(['Identifiant', 'Nom', 'Prénom', 'Adresse mail', 'Depuis le', 'Action']);
    expect(button(el, '#appoint').getAttribute('aria-disabled')).to.equal('false');

    await typeInto(conventions, 'conv-var-habitat');
    await waitUntil(() => caption(table(el)) === 'Administrateurs partenaires de VAR HABITAT' && !table(el).loading, 'the convention never changed');
    await settled(el);
    expect(el.conventionId).to.equal('conv-var-habitat');
    expect(rows(el)).to.have.length(0);
    expect(emptyMessage(table(el))).to.equal("Ce partenaire n'a aucun administrateur partenaire.");
    expect(hints(el)).to.include('0 administrateur partenaire sur 2 au plus.');
    await expect(el).to.be.accessible();
  });

  it('lets the CAF agent appoint a second one, records it (R14), then refuses a third before asking (R12)', async () => {
    server().actAs('caf-agent');
    const el = await render(html`<habil-delegation convention-id="conv-cd83"></habil-delegation>`);
    const added = recordEvents<CustomEvent<PartnerAdminAddedDetail>>(el, 'habil-partner-admin-added');
    await openPicker(el, button(el, '#appoint'));
    expect(text(shadow(el).querySelector('#flow'))).to.include("Choisissez l'administrateur partenaire parmi les utilisateurs de la convention de CONSEIL DEPARTEMENTAL DU VAR.");
    expect(caption(pickerTable(el))).to.equal('Utilisateurs de la convention MCP - Conseil départemental du Var');
    expect(headers(pickerTable(el))).to.deep.equal(['Nom', 'Action']);
    expect(cells(rowOf(pickerTable(el), 'BLANC Julie'))[0]).to.equal('BLANC Julie AAD1207CAU · julie.blanc@cd-83.fr');
    expect(cells(rowOf(pickerTable(el), 'MARTIN Pierre')).at(-1)).to.equal('Déjà administrateur partenaire');
    await expect(el).to.be.accessible();

    await searchPicker(el, 'blanc');
    await confirmSaying(
      el,
      chooseButton(el, 'j-blanc'),
      ['Désigner Julie BLANC administrateur partenaire de CONSEIL DEPARTEMENTAL DU VAR ?', "Ce profil ne donne aucun rôle métier : ajoutez-la à des groupes d'utilisateurs pour cela."],
      { startsOn: 'Annuler' },
    );
    await announced(el, 'Julie BLANC est désormais administrateur partenaire de CONSEIL DEPARTEMENTAL DU VAR.');
    await settled(el);

    expect(added.map((e) => [e.detail.person, e.detail.partner])).to.deep.equal([[{ id: 'j-blanc', name: 'Julie BLANC' }, { id: 'cd-83', name: 'CONSEIL DEPARTEMENTAL DU VAR' }]]);
    expect(added[0]!.detail.partnerAdmin).to.deep.include({ accountId: 'j-blanc', since: TODAY });
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['BLANC', 'MARTIN']);
    expect(hints(el)).to.include('2 administrateurs partenaires sur 2 au plus.');
    expect(hints(el)).to.include("Ce partenaire a déjà 2 administrateurs partenaires, le maximum : retirez-en un avant d'en désigner un autre.");
    const appoint = button(el, '#appoint');
    expect(appoint.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(
      () => focusedElement() === shadow(table(el)).querySelector('[data-account-id="j-blanc"]'),
      'focus never went to the row of the person appointed',
    );
    appoint.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('#flow')).to.equal(null);
    expect(server().store.history.filter((h) => h.accountId === 'j-blanc').map((h) => h.action)).to.deep.equal(['partner-admin.appointed']);
    await expect(el).to.be.accessible();
  });

  it('explains the refusal of a third partner administrator by the server (R12)', async () => {
    server().actAs('caf-agent');
    const el = await render();
    await openPicker(el, button(el, '#appoint'));
    // Another CAF agent appoints Sylvie Garnier meanwhile: the partner now has two.
    expectOk(await api('POST', '/partners/cd-83/admins', { body: { accountId: 's-garnier' } }), 201);

    await searchPicker(el, 'blanc');
    chooseButton(el, 'j-blanc').click();
    await confirm(el);
    await noticeSays(el, "Julie BLANC n'a pas été désignée administrateur partenaire");
    await noticeSays(el, 'Un partenaire compte au plus deux administrateurs partenaires.');
    await settled(el);
    expect(shadow(el).querySelector('#flow')).to.equal(null);
    expect(rows(el).map((row) => cells(row)[1])).to.deep.equal(['GARNIER', 'MARTIN']);
    expect(button(el, '#appoint').getAttribute('aria-disabled')).to.equal('true');
    expect(server().store.partnerAdmins.has('j-blanc')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('lets the CAF agent withdraw a partner administrator, who keeps his account, and records it (R14)', async () => {
    server().actAs('caf-agent');
    const el = await render();
    const revoked = recordEvents<CustomEvent<PartnerAdminRevokedDetail>>(el, 'habil-partner-admin-revoked');
    await confirmSaying(el, rowButton(el, 'p-martin'), ["Retirer le rôle d'administrateur partenaire à Pierre MARTIN ?", 'Son compte reste ouvert'], { danger: true });
    await announced(el, "Pierre MARTIN n'est plus administrateur partenaire de CONSEIL DEPARTEMENTAL DU VAR.");
    await settled(el);
    expect(rows(el)).to.have.length(0);
    expect(revoked.map((e) => e.detail)).to.deep.equal([{ person: { id: 'p-martin', name: 'Pierre MARTIN' }, partner: { id: 'cd-83', name: 'CONSEIL DEPARTEMENTAL DU VAR' } }]);
    const entries = await openHistory(el, 'p-martin');
    expect(entries[0]).to.include("Retrait du rôle d'administrateur partenaire de CONSEIL DEPARTEMENTAL DU VAR");
    expect(entries[0]).to.include('par Claire ESTÈVE');
    expect(server().store.accounts.get('p-martin')!.status).to.equal('ouvert');
  });
});

describe('habil-delegation: responsables habilitations (fiches 14–16)', () => {
  it('shows the partner administrator each group with its responsable, "Remplacer le responsable" and the Afas point', async () => {
    server().actAs('partner-admin');
    const el = await render();
    await showResponsables(el);
    expect(caption(table(el))).to.equal('Responsables habilitations des groupes de la convention MCP - Conseil départemental du Var');
    expect(headers(table(el))).to.deep.equal(['Code', 'Libellé', 'Statut', 'Responsable habilitations', 'Action']);
    expect(cells(rowByHeader(table(el), 'CDAP T1'))).to.deep.equal(['CDAP T1', 'Cdap T1', 'Ouvert', 'Mathieu DURAND', 'Remplacer le responsable']);
    expect(cells(rowByHeader(table(el), 'CDAP T1-NORD'))).to.deep.equal(['CDAP T1-NORD', 'Cdap T1 - Territoire NordSous-groupe de CDAP T1', 'Ouvert', 'Julie BLANC', 'Remplacer le responsable']);
    expect(hints(el)).to.include("Un seul utilisateur peut être désigné responsable habilitations de chaque groupe d'utilisateurs.");
    expect(hints(el)).to.include("l'utilisateur doit aussi être affecté à un groupe d'utilisateurs qui dispose du rôle « Afas - Habiliter »");
    expect(replaceButton(el, 'g-cdap-t1').getAttribute('aria-label')).to.equal('Remplacer le responsable habilitations du groupe CDAP T1');
    await expect(el).to.be.accessible();
  });

  it('shows a responsable the groups read-only, with the rule of the Synthèse; the server refuses him the replacement', async () => {
    server().actAs('responsable');
    const el = await render(html`<habil-delegation view="responsables"></habil-delegation>`);
    expect(tabNames(el)).to.deep.equal([]);
    expect(headers(table(el))).to.deep.equal(['Code', 'Libellé', 'Statut', 'Responsable habilitations']);
    expect(hints(el)).to.include(
      "Seul l'administrateur partenaire enregistre, remplace ou désactive un responsable habilitations (Synthèse du guide Mon Compte Partenaire) : cette liste est en lecture seule pour vous.",
    );
    expect(shadow(table(el)).querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
    const group = expectOk(await api<Group>('GET', '/groups/g-cdap-t1'));
    expectProblem(await api('PATCH', '/groups/g-cdap-t1', { body: { responsableId: 'j-blanc' }, ifMatch: group.version }), 403, 'forbidden');
  });

  it('replaces the responsable of a group with a user of the convention, records it for both (R14) and reminds the Afas point', async () => {
    const el = await openReplaceOfCdapT1();
    const replaced = recordEvents<CustomEvent<ResponsableReplacedDetail>>(el, 'habil-responsable-replaced');
    const flow = text(shadow(el).querySelector('#flow'));
    expect(flow).to.include('Remplacer le responsable habilitations du groupe CDAP T1');
    expect(flow).to.include('Responsable actuel : Mathieu DURAND.');
    expect(flow).to.include("si le responsable habilitations que vous avez remplacé ne doit plus administrer les droits, détachez-le aussi du groupe d'utilisateurs qui porte le rôle « Habiliter »");
    expect(cells(rowOf(pickerTable(el), 'DURAND Mathieu')).at(-1)).to.equal('Responsable actuel');
    await expect(el).to.be.accessible();

    await searchPicker(el, 'blanc');
    await confirmSaying(el, chooseButton(el, 'j-blanc'), ['Remplacer Mathieu DURAND par Julie BLANC ?', 'Julie BLANC devient la responsable habilitations du groupe CDAP T1 (Cdap T1).']);
    await announced(el, 'Julie BLANC remplace Mathieu DURAND comme responsable habilitations du groupe CDAP T1.');
    await settled(el);

    expect(cells(rowByHeader(table(el), 'CDAP T1'))[3]).to.equal('Julie BLANC');
    expect(replaced).to.have.length(1);
    expect(replaced[0]!.detail.previous).to.deep.equal({ id: 'm-durand', name: 'Mathieu DURAND' });
    expect(replaced[0]!.detail.responsable).to.deep.equal({ id: 'j-blanc', name: 'Julie BLANC' });
    expect(replaced[0]!.detail.group).to.deep.include({ id: 'g-cdap-t1', code: 'CDAP T1', version: 2 });
    await waitUntil(() => focusedElement() === replaceButton(el, 'g-cdap-t1'), 'focus never came back to the row');

    const lastChange = text(shadow(el).querySelector('[part~="last-change"]'));
    expect(lastChange).to.include('Point spécifique Afas');
    expect(historyButtons(el).map((b) => text(b))).to.deep.equal([
      "Voir l'historique du compte de Julie BLANC",
      "Voir l'historique du compte de Mathieu DURAND",
    ]);
    expect((await openHistory(el, 'j-blanc'))[0]).to.include('Désignation comme responsable habilitations du groupe CDAP T1');
    expect((await openHistory(el, 'm-durand'))[0]).to.include('Fin de la fonction de responsable habilitations du groupe CDAP T1');
    await expect(el).to.be.accessible();
  });

  it('reloads the group and says so when someone changed it meanwhile (R15), then lets the user decide again', async () => {
    const el = await openReplaceOfCdapT1();
    // Another partner administrator's window renames the group meanwhile.
    expectOk(await api('PATCH', '/groups/g-cdap-t1', { body: { label: 'Cdap T1 - Centre' }, ifMatch: 1 }));

    await searchPicker(el, 'blanc');
    chooseButton(el, 'j-blanc').click();
    await confirm(el);
    await noticeSays(el, "Quelqu'un d'autre a modifié cet élément entre-temps. Il a été rechargé : vérifiez puis recommencez.");
    await noticeSays(el, 'Le groupe CDAP T1 a été modifié entre-temps');
    await noticeSays(el, 'Son responsable habilitations est maintenant Mathieu DURAND.');
    await settled(el);
    expect(cells(rowByHeader(table(el), 'CDAP T1'))[1]).to.equal('Cdap T1 - Centre');
    expect(server().store.groups.get('g-cdap-t1')!.responsableId).to.equal('m-durand');
    await expect(el).to.be.accessible();

    chooseButton(el, 'j-blanc').click();
    await confirm(el);
    await announced(el, 'Julie BLANC remplace Mathieu DURAND');
    expect(server().store.groups.get('g-cdap-t1')).to.deep.include({ responsableId: 'j-blanc', version: 3 });
  });

  it('explains the refusal of a responsable who is no longer a user of the convention (R11)', async () => {
    const el = await openReplaceOfCdapT1();
    await searchPicker(el, 'blanc');
    // Julie Blanc's account is closed meanwhile.
    server().store.updateAccount(server().store.accounts.get('j-blanc')!, { closingDate: TODAY });
    chooseButton(el, 'j-blanc').click();
    await confirm(el);
    await noticeSays(el, "Le responsable habilitations du groupe CDAP T1 n'a pas été remplacé");
    await noticeSays(el, 'Le responsable habilitations doit déjà être un utilisateur de la convention.');
    await waitUntil(() => dataRows(pickerTable(el)).length === 0 && !pickerTable(el).loading, 'the closed account stayed in the list');
    expect(server().store.groups.get('g-cdap-t1')!.responsableId).to.equal('m-durand');
  });

  it('says why when the partner administrator lost his role meanwhile (forbidden), and shows what he may still see', async () => {
    const el = await openReplaceOfCdapT1();
    await searchPicker(el, 'blanc');
    server().actAs('caf-agent');
    expectOk(await api('DELETE', '/partners/cd-83/admins/p-martin'), 204);
    server().actAs('partner-admin');

    chooseButton(el, 'j-blanc').click();
    await confirm(el);
    await noticeSays(el, "Seul l'administrateur partenaire peut remplacer un responsable habilitations");
    await noticeSays(el, "Le responsable habilitations du groupe CDAP T1 n'a pas été remplacé");
    await noticeSays(el, 'Cette action sort de votre périmètre');
    await waitUntil(() => text(shadow(el).querySelector('habil-alert[variant="warning"]')).includes('Votre profil ne permet pas de les consulter.'), 'the sections stayed');
    expect(server().store.groups.get('g-cdap-t1')!.responsableId).to.equal('m-durand');
    await expect(el).to.be.accessible();
  });

  it('replaces a responsable with the keyboard only', async () => {
    server().actAs('partner-admin');
    const el = await render();
    await tabTo(tab(el, 'partner-admins')!);
    await press('End');
    await waitUntil(() => heading(el) === 'Responsables habilitations', 'End never moved to the last tab');
    await settled(el);
    await openPanelByKeyboard(el, replaceButton(el, 'g-afas-dec'));
    await tabTo(chooseButton(el, 's-garnier'), 40);
    await press('Enter');
    await dialogOpened(el);
    // The replacement is final: the dialog starts on « Annuler ».
    await confirmByKeyboard('Annuler', 'Remplacer');
    await announced(el, 'Sylvie GARNIER remplace Mathieu DURAND comme responsable habilitations du groupe AFAS-DEC.');
    await waitUntil(() => focusedElement() === replaceButton(el, 'g-afas-dec'), 'focus never came back to the row');
  });
});

describe('habil-delegation: appointing by keyboard', () => {
  it('appoints a partner administrator with the keyboard only: the dialog starts on « Annuler », focus ends on the new row', async () => {
    server().actAs('caf-agent');
    const el = await render(html`<habil-delegation convention-id="conv-cd83"></habil-delegation>`);
    await openPanelByKeyboard(el, button(el, '#appoint'), 40);
    await tabTo(chooseButton(el, 'k-benali'), 40);
    await press('Enter');
    await dialogOpened(el);
    expect(dialogText(el)).to.include("Désigner Karim BENALI administrateur partenaire de CONSEIL DEPARTEMENTAL DU VAR ?");
    expect(dialogText(el)).to.include("ajoutez-le à des groupes d'utilisateurs pour cela.");
    expect(text(focusedElement())).to.equal('Annuler');
    await press('Enter');
    await waitUntil(() => focusedElement() === chooseButton(el, 'k-benali'), 'Enter on « Annuler » never gave focus back to « Choisir »');
    expect(server().store.partnerAdmins.has('k-benali')).to.equal(false);
    await press('Enter');
    await dialogOpened(el);
    await confirmByKeyboard('Annuler', 'Désigner');
    await announced(el, 'Karim BENALI est désormais administrateur partenaire de CONSEIL DEPARTEMENTAL DU VAR.');
    await waitUntil(
      () => focusedElement() === shadow(table(el)).querySelector('[data-account-id="k-benali"]'),
      'focus never went to the row of the person appointed',
    );
    expect(text(focusedElement())).to.equal('Retirer');
    await expect(el).to.be.accessible();
  });
});

describe('habil-delegation: CAF states', () => {
  it('shows the server’s reason when the groups cannot be read, and reads them again on "Recharger la liste"', async () => {
    server().actAs('partner-admin');
    const { client } = failingOnceClient('listGroups', 'Mon Compte Partenaire est en maintenance.');
    const el = await render(html`<habil-delegation view="responsables" .client=${client}></habil-delegation>`);
    const alert = shadow(el).querySelector('habil-alert.filled')!;
    expect(text(shadow(alert).querySelector('[part="base"]'))).to.include('Mon Compte Partenaire est en maintenance.');
    expect(shadow(el).querySelector('habil-data-table')).to.equal(null);
    await expect(el).to.be.accessible();
    shadow(alert).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => rows(el).length === 8, 'the groups never came back');
  });
});

describe('habil-delegation: CAF side in English', () => {
  it('speaks English: the count and limit of R12, the read-only reasons and the Afas points', async () => {
    server().store.partnerAdmins.set('j-blanc', { accountId: 'j-blanc', partnerId: 'cd-83', since: TODAY });
    server().actAs('caf-agent');
    const el = await render(html`<habil-delegation lang="en"></habil-delegation>`);
    expect(tabNames(el)).to.deep.equal(['Partner administrators', 'Responsables habilitations']);
    expect(hints(el)).to.include('2 partner administrators out of 2 at most.');
    expect(hints(el)).to.include('This partner already has 2 partner administrators, the maximum: withdraw one before appointing another.');
    expect(headers(table(el))).to.deep.equal(['Identifier', 'Last name', 'First name', 'E-mail address', 'Since', 'Action']);
    await expect(el).to.be.accessible();
    el.remove();

    server().actAs('responsable');
    const readOnly = await render(html`<habil-delegation lang="en" view="responsables"></habil-delegation>`);
    expect(hints(readOnly)).to.include('Only the partner administrator registers, replaces or deactivates a responsable habilitations');
    expect(hints(readOnly)).to.include('the user must also belong to a user group holding the “Afas - Habiliter” role.');
    expect(headers(table(readOnly))).to.deep.equal(['Code', 'Label', 'Status', 'Responsable habilitations']);
    expect(cells(rowByHeader(table(readOnly), 'AFAS-DEC'))[2]).to.equal('Open');
  });
});
