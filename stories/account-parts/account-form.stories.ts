import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { actorOf } from '../../mocks/access.js';
import { createReferenceServer } from '../../mocks/reference-server.js';
import { accountDetail } from '../../mocks/views.js';
import { HabilAccountForm, type AccountFormMode } from '../../src/account-parts/account-form.js';
import type { AccountDetail, FieldError, Space } from '../../src/domain/index.js';
import { defineElement } from '../../src/internal/define.js';
import '../../src/ui/field/define.js';

// The widget's define module registers its parts; the stories of a part register only what they show.
defineElement('habil-account-form', HabilAccountForm);

const TODAY = '2025-06-02';
const { store } = createReferenceServer({ now: `${TODAY}T10:00:00+02:00`, generatedAccounts: 0 });
const applications = [...store.applications.values()];
const ahova = accountDetail(store, actorOf(store, 'e-benga'), store.accounts.get('e-ahova')!);
const durand = accountDetail(store, actorOf(store, 'p-martin'), store.accounts.get('m-durand')!);

interface Args {
  mode: AccountFormMode;
  space: Space;
  account?: AccountDetail;
  submitting: boolean;
  serverErrors: FieldError[];
}

const meta: Meta<Args> = {
  title: 'Comptes/Éléments internes/Formulaire de compte',
  id: 'comptes-parts-account-form',
  component: 'habil-account-form',
  args: { mode: 'create', space: 'ucanss', submitting: false, serverErrors: [] },
  argTypes: {
    mode: { control: 'inline-radio', options: ['create', 'edit'] },
    space: { control: 'inline-radio', options: ['ucanss', 'caf'] },
    account: { control: false },
  },
  render: (args) => html`
    <div style="max-width: 52rem">
      <habil-account-form
        mode=${args.mode}
        space=${args.space}
        convention-id="conv-cd83"
        today=${TODAY}
        .account=${args.account}
        .applications=${applications}
        .serverErrors=${args.serverErrors}
        ?submitting=${args.submitting}
      ></habil-account-form>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

function formOf(canvas: HTMLElement): HabilAccountForm {
  return canvas.querySelector('habil-account-form')!;
}

/** Types into the form's fields as a user would (the value, then `input`), and picks radio buttons. */
async function fill(form: HabilAccountForm, values: Record<string, string>): Promise<void> {
  await form.updateComplete;
  for (const [name, value] of Object.entries(values)) {
    const radio = form.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (radio) {
      radio.click();
      continue;
    }
    const input = form.shadowRoot!.querySelector(`habil-field[name="${name}"]`)!.shadowRoot!.querySelector('input')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
}

async function submit(form: HabilAccountForm): Promise<void> {
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
  await form.updateComplete;
}

/** "Nouveau" on the UCANSS portal: the fields of the guide, and the roles to grant at creation. */
export const NouveauUcanss: Story = {};

/** Saving with nothing filled in: each error on its field, all of them listed above. */
export const ChampsObligatoires: Story = {
  play: async ({ canvasElement }) => submit(formOf(canvasElement)),
};

/** The server refused the e-mail (R7): the error sits on the field, and nothing typed is lost. */
export const AdresseDejaUtilisee: Story = {
  play: async ({ canvasElement }) => {
    const form = formOf(canvasElement);
    await fill(form, { civilite: 'Mme', nom: 'AHOVA', prenom: 'Emma', emailPro: 'e.ahova@lassuranceretraite.fr', fonction: 'Juriste' });
    form.serverErrors = [{ field: 'emailPro', code: 'duplicate-email', message: 'duplicate-email' }];
  },
};

/** The host is sending the form. */
export const Enregistrement: Story = {
  args: { submitting: true },
  play: async ({ canvasElement }) => fill(formOf(canvasElement), { civilite: 'M.', nom: 'WEBER', prenom: 'Lucas', emailPro: 'l.weber@lassuranceretraite.fr' }),
};

/** Changing Emma AHOVA's account: her identifier (e-mail) stays as it is. */
export const ModificationUcanss: Story = { args: { mode: 'edit', account: ahova } };

/** "Créer un utilisateur partenaire" (CAF fiche 1): confirmations, sédentaire / itinérant, dates, Afas profiles. */
export const NouveauCaf: Story = { args: { space: 'caf' } };

/** CAF: confirmations that differ and a closing date in the past (R6). */
export const ErreursCaf: Story = {
  args: { space: 'caf' },
  play: async ({ canvasElement }) => {
    const form = formOf(canvasElement);
    await fill(form, {
      civilite: 'Mme',
      nom: 'MARTIN',
      prenom: 'Léa',
      emailPro: 'lea.martin@cd-83.fr',
      emailProConfirmation: 'lea.martin@cd83.fr',
      phone: '04 94 18 60 00',
      phoneConfirmation: '04 94 18 60 01',
      closingDate: '2025-05-30',
    });
    await submit(form);
  },
};

/** "Modifier un utilisateur partenaire" (CAF fiches 2–3): Mathieu DURAND, whom a closing date would close. */
export const ModificationCaf: Story = { args: { mode: 'edit', space: 'caf', account: durand } };
