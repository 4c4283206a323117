import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import '../../src/signup/define.js';
import type { HabilSignup } from '../../src/signup/define.js';
import { neverAnswering, unavailable } from '../../.storybook/reference-server.js';

interface Args {
  termsUrl: string;
}

/** The form is public: it calls only `listOrganismes` and `signup`, which need nobody connected. */
const meta: Meta<Args> = {
  title: 'Widgets/Inscription',
  id: 'widgets-signup',
  component: 'habil-signup',
  args: { termsUrl: 'https://www.ucanss.fr/cgu' },
  argTypes: { termsUrl: { control: 'text' } },
  render: (args) => html`<habil-signup terms-url=${args.termsUrl}></habil-signup>`,
};
export default meta;

type Story = StoryObj<Args>;

async function form(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector<HabilSignup>('habil-signup')!;
  return waitFor(() => {
    if (!el.shadowRoot?.querySelector('#organisme option')) throw new Error('waiting for the organismes');
    return el.shadowRoot;
  });
}

function type(root: ShadowRoot, name: string, value: string): void {
  const input = root.querySelector(`habil-field[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function fill(root: ShadowRoot, email: string, organismeId: string): Promise<void> {
  root.querySelector<HTMLInputElement>('input[name="civilite"][value="Mme"]')!.click();
  type(root, 'nom', 'MARTIN-LEFÈVRE');
  type(root, 'prenom', 'Élodie');
  type(root, 'emailPro', email);
  const list = root.querySelector<HTMLSelectElement>('#organisme')!;
  list.value = organismeId;
  list.dispatchEvent(new Event('change', { bubbles: true }));
  root.querySelector<HTMLInputElement>('#terms')!.click();
}

function send(root: ShadowRoot): void {
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

/** The guide's form, empty. */
export const Formulaire: Story = {};

/** "Envoyer la demande" on an empty form: every field says what is missing, and the list above the button links to each. */
export const ChampsACorriger: Story = {
  play: async ({ canvasElement }) => send(await form(canvasElement)),
};

/** R8: a personal address while answering "Oui". */
export const EmailHorsInstitution: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await fill(root, 'elodie@gmail.com', 'carsat-am');
    send(root);
  },
};

/** R7: the server knows this e-mail already. */
export const EmailDejaConnu: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await fill(root, 'co.living@lassuranceretraite.fr', 'carsat-am');
    send(root);
  },
};

/** The search filters the list of organismes. */
export const RechercheOrganisme: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    const search = root.querySelector<HTMLInputElement>('#organisme-search')!;
    search.value = 'caf';
    search.dispatchEvent(new Event('input', { bubbles: true }));
  },
};

/** Sent to a local correspondent of CARSAT ALSACE-MOSELLE. */
export const EnvoyeeAuCorrespondantLocal: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await fill(root, 'elodie.martin@lassuranceretraite.fr', 'carsat-am');
    send(root);
  },
};

/** CAF DE LA MEUSE has no local correspondent: sent to UCANSS (R3). */
export const EnvoyeeALUcanss: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await fill(root, 'elodie.martin@caf.fr', 'caf-55');
    send(root);
  },
};

export const ChargementDesOrganismes: Story = {
  parameters: neverAnswering('/api/organismes'),
};

export const OrganismesIndisponibles: Story = {
  parameters: unavailable('/api/organismes', ''),
};
