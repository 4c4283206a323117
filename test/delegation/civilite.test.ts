/**
 * `<habil-delegation>`'s sentences agree with the person they speak of (civilité, where the
 * server gives it): « Elle reçoit » / « Il reçoit », « nommée », in French and English.
 */
import { expect, html } from '@open-wc/testing';
import { useReferenceServer } from '../support/api.js';
import { focusedElement } from '../ui/support.js';
import { answer, askConfirmation, chooseButton, confirm, dialogText, noticeSays, openNameFlow, render, searchPicker, shadow, text } from './support.js';

const server = useReferenceServer();

describe('habil-delegation: words that agree with the person (civilité)', () => {
  it('says « Elle reçoit » of a woman, « Il reçoit » of a man, and agrees the refusal with her', async () => {
    const el = await render();
    await openNameFlow(el);
    await searchPicker(el, 'weber');
    await askConfirmation(el, chooseButton(el, 't-weber'));
    expect(dialogText(el)).to.include('Il reçoit le rôle « Administration locale »');
    await answer(el, false);

    await searchPicker(el, 'aho');
    // Emma Ahova's account is deactivated meanwhile: the server refuses her delegation.
    server().store.updateAccount(server().store.accounts.get('e-ahova')!, { status: 'inactif' });
    await askConfirmation(el, chooseButton(el, 'e-ahova'));
    expect(dialogText(el)).to.include('Elle reçoit le rôle « Administration locale »');
    await confirm(el);
    await noticeSays(el, "Emma AHOVA n'a pas été nommée administrateur local");
    expect(server().store.localAdmins.has('e-ahova')).to.equal(false);
  });

  it('speaks of him or her in English too', async () => {
    const el = await render(html`<habil-delegation lang="en"></habil-delegation>`);
    await openNameFlow(el);
    expect(text(shadow(el).querySelector('#flow'))).to.include('You are signed in as a local administrator.');
    await searchPicker(el, 'aho', 'Last name');
    await askConfirmation(el, chooseButton(el, 'e-ahova'));
    expect(dialogText(el)).to.include('She gets the “Administration locale” role');
    await answer(el, false);
    await searchPicker(el, 'weber', 'Last name');
    await askConfirmation(el, chooseButton(el, 't-weber'));
    expect(dialogText(el)).to.include('He gets the “Administration locale” role');
    expect(text(focusedElement())).to.equal('Cancel');
    await expect(el).to.be.accessible();
  });
});
