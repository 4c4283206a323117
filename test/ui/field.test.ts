import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/field/define.js';
import type { FieldOption, HabilField } from '../../src/ui/field/define.js';
import { focusedElement, press, recordEvents, tabTo } from './support.js';

const control = <E extends HTMLElement = HTMLInputElement>(field: HabilField) => field.shadowRoot!.querySelector<E>('[part="control"]')!;
const shadow = (field: HabilField, selector: string) => field.shadowRoot!.querySelector<HTMLElement>(selector);

const ORGANISMES: FieldOption[] = [
  { value: '670000RH', label: 'CARSAT ALSACE-MOSELLE' },
  { value: '690000RH', label: 'CAF DU RHÔNE' },
];

describe('habil-field', () => {
  it('ties its label to its control, so clicking the label focuses the input', async () => {
    const field = await fixture<HabilField>(html`<habil-field label="Nom" name="nom"></habil-field>`);
    const input = control(field);
    expect(input.labels![0]!.textContent!.trim()).to.equal('Nom');
    shadow(field, 'label')!.click();
    expect(focusedElement()).to.equal(input);
    await expect(field).to.be.accessible();
  });

  it('takes what the user types, firing input and change like a native field', async () => {
    const field = await fixture<HabilField>(html`<div><habil-field label="Prénom"></habil-field><button>OK</button></div>`).then(
      (div) => div.querySelector<HabilField>('habil-field')!,
    );
    const inputs = recordEvents(field, 'input');
    await tabTo(control(field));
    await sendKeys({ type: 'Émilie' });
    expect(field.value).to.equal('Émilie');
    expect(inputs.length).to.equal('Émilie'.length);
    const change = oneEvent(field, 'change');
    await press('Tab');
    expect((await change).target).to.equal(field);
  });

  it('marks a required field with a "*" explained to screen readers, and says when it is empty', async () => {
    const field = await fixture<HabilField>(html`<habil-field label="Adresse e-mail professionnelle" type="email" required></habil-field>`);
    const mark = shadow(field, '[part="required"]')!;
    expect(mark.textContent).to.equal('*');
    expect(mark.getAttribute('aria-hidden')).to.equal('true');
    expect(control(field).labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Adresse e-mail professionnelle* (obligatoire)');
    expect(control(field).required).to.equal(true);
    expect(field.checkValidity()).to.equal(false);
    expect(field.validationMessage).to.equal('Ce champ est obligatoire.');
  });

  it('shows an error tied to the control, and keeps what the user typed', async () => {
    const field = await fixture<HabilField>(html`
      <habil-field label="Adresse e-mail professionnelle" hint="Exemple : prenom.nom@urssaf.fr" type="email"></habil-field>
    `);
    await tabTo(control(field));
    await sendKeys({ type: 'co.living@gmail.com' });

    field.error = "L'adresse doit appartenir à un domaine de l'Institution.";
    await field.updateComplete;
    const input = control(field);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('hint error');
    expect(shadow(field, '#error')!.textContent!.trim()).to.equal(field.error);
    expect(input.value).to.equal('co.living@gmail.com');
    expect(field.value).to.equal('co.living@gmail.com');
    expect(field.validity.customError).to.equal(true);
    await expect(field).to.be.accessible();

    field.error = '';
    await field.updateComplete;
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(field.checkValidity()).to.equal(true);
  });

  it('takes part in a native form: submitted value, reset, disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <fieldset>
          <habil-field label="Nom" name="nom" value="Durand"></habil-field>
        </fieldset>
      </form>
    `);
    const field = form.querySelector('habil-field')!;
    await field.updateComplete;
    expect(field.form).to.equal(form);
    expect(new FormData(form).get('nom')).to.equal('Durand');

    await tabTo(control(field));
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '-Martin' });
    expect(new FormData(form).get('nom')).to.equal('Durand-Martin');

    form.reset();
    await field.updateComplete;
    expect(control(field).value).to.equal('Durand');

    form.querySelector('fieldset')!.disabled = true;
    await field.updateComplete;
    expect(control(field).disabled).to.equal(true);
  });

  it('renders a select with its choices, chosen from the keyboard', async () => {
    const field = await fixture<HabilField>(html`
      <habil-field label="Organisme" type="select" .options=${ORGANISMES} value="690000RH" required></habil-field>
    `);
    const select = control<HTMLSelectElement>(field);
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['— Choisir —', 'CARSAT ALSACE-MOSELLE', 'CAF DU RHÔNE']);
    expect(select.value).to.equal('690000RH');

    await tabTo(select);
    await press('ArrowUp');
    expect(field.value).to.equal('670000RH');

    field.value = '';
    await field.updateComplete;
    expect(select.value).to.equal('');
    expect(field.checkValidity()).to.equal(false);
    await expect(field).to.be.accessible();
  });

  it('renders a textarea', async () => {
    const field = await fixture<HabilField>(html`<habil-field label="Motif du refus" type="textarea" value="Hors périmètre"></habil-field>`);
    expect(control(field).tagName).to.equal('TEXTAREA');
    expect(control<HTMLTextAreaElement>(field).value).to.equal('Hors périmètre');
    await expect(field).to.be.accessible();
  });

  it('gives focus to its control when focused', async () => {
    const field = await fixture<HabilField>(html`<habil-field label="Nom"></habil-field>`);
    field.focus();
    expect(focusedElement()).to.equal(control(field));
  });

  it('speaks English on an English page', async () => {
    const field = await fixture<HabilField>(html`<habil-field lang="en" label="Organisme" type="select" required></habil-field>`);
    expect(control<HTMLSelectElement>(field).options[0]!.textContent!.trim()).to.equal('— Choose —');
    expect(shadow(field, '.visually-hidden')!.textContent!.trim()).to.equal('(required)');
    expect(field.validationMessage).to.equal('This field is required.');
  });
});
