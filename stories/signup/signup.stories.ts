import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { shadowWith, typeIn } from '../play.js';
import '../../src/signup/define.js';
import type { HabilSignup } from '../../src/signup/define.js';
import { failing, loading } from '../server.js';

type Args = Pick<HabilSignup, 'termsUrl'>;

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

/** The widget's shadow root, once the organismes are shown. */
const form = (canvas: HTMLElement) => shadowWith(canvas.querySelector('habil-signup')!, '#organisme option');

async function fill(root: ShadowRoot, email: string, organismeId: string): Promise<void> {
  root.querySelector<HTMLInputElement>('input[name="civilite"][value="Mme"]')!.click();
  typeIn(root, 'nom', 'MARTIN-LEFÈVRE');
  typeIn(root, 'prenom', 'Élodie');
  typeIn(root, 'emailPro', email);
  const list = root.querySelector<HTMLSelectElement>('#organisme')!;
  list.value = organismeId;
  list.dispatchEvent(new Event('change', { bubbles: true }));
  root.querySelector<HTMLInputElement>('#terms')!.click();
}

function send(root: ShadowRoot): void {
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

/** The play of a story: the form filled with `email` and `organismeId`, then sent. */
function sendFilled(email: string, organismeId: string): Story['play'] {
  return async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await fill(root, email, organismeId);
    send(root);
  };
}

/** The guide's form, empty. */
export const Formulaire: Story = {};

/** "Envoyer la demande" on an empty form: every field says what is missing, and the list above the button links to each. */
export const ChampsACorriger: Story = {
  play: async ({ canvasElement }) => send(await form(canvasElement)),
};

/** R8: a personal address while answering "Oui". */
export const EmailHorsInstitution: Story = { play: sendFilled('elodie@gmail.com', 'carsat-am') };

/** R7: the server knows this e-mail already. */
export const EmailDejaConnu: Story = { play: sendFilled('co.living@lassuranceretraite.fr', 'carsat-am') };

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
export const EnvoyeeAuCorrespondantLocal: Story = { play: sendFilled('elodie.martin@lassuranceretraite.fr', 'carsat-am') };

/** CAF DE LA MEUSE has no local correspondent: sent to UCANSS (R3). */
export const EnvoyeeALUcanss: Story = { play: sendFilled('elodie.martin@caf.fr', 'caf-55') };

export const ChargementDesOrganismes: Story = loading('/api/organismes');

export const OrganismesIndisponibles: Story = failing('/api/organismes', '');
