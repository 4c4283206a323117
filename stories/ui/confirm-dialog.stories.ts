import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/ui/confirm-dialog/define.js';
import type { HabilConfirmDialog } from '../../src/ui/confirm-dialog/define.js';

interface Args {
  heading: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  danger: boolean;
  open: boolean;
}

const meta: Meta<Args> = {
  title: 'UI/Dialogue de confirmation',
  id: 'ui-confirm-dialog',
  component: 'habil-confirm-dialog',
  args: {
    heading: 'Désactiver le compte de Durand Mathieu ?',
    message: "Il ne pourra plus se connecter jusqu'à sa réactivation. Ses habilitations sont conservées.",
    confirmLabel: 'Désactiver',
    cancelLabel: '',
    danger: true,
    open: true,
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 320 } } },
  render: (args) => html`
    <habil-confirm-dialog
      heading=${args.heading}
      message=${args.message}
      confirm-label=${args.confirmLabel}
      cancel-label=${args.cancelLabel}
      ?danger=${args.danger}
      ?open=${args.open}
    ></habil-confirm-dialog>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A destructive action: red confirm button, focus on cancel. */
export const Danger: Story = {};

/** A harmless action: focus on confirm, default labels. */
export const Harmless: Story = {
  args: {
    heading: "Renvoyer l'identifiant par e-mail ?",
    message: "Durand Mathieu recevra son identifiant AAA2930CAU à l'adresse mathieu.durand@caf.fr.",
    confirmLabel: '',
    danger: false,
  },
};

export const WithRichContent: Story = {
  render: () => html`
    <habil-confirm-dialog heading="Refuser 3 demandes d'habilitations ?" confirm-label="Refuser les 3 demandes" danger open>
      <p>Les demandeurs seront prévenus par e-mail :</p>
      <ul>
        <li>Lefèvre Émilie — Accords locaux - Accès organisme</li>
        <li>D'Artagnan Jean-François — Grève - Déclaration des mouvements</li>
        <li>Charenne Anne — Annuaire ADD - Lecteur</li>
      </ul>
    </habil-confirm-dialog>
  `,
};

/** How a widget uses it: `await dialog.ask({...})`. */
export const AskFromAButton: Story = {
  args: { open: false },
  render: (args) => {
    const ask = async (event: Event) => {
      const container = (event.target as HTMLElement).parentElement!;
      const dialog = container.querySelector<HabilConfirmDialog>('habil-confirm-dialog')!;
      const output = container.querySelector('output')!;
      const confirmed = await dialog.ask({ heading: args.heading, message: args.message, confirmLabel: args.confirmLabel, danger: args.danger });
      output.textContent = confirmed ? 'Confirmé.' : 'Annulé.';
    };
    return html`
      <div>
        <button type="button" @click=${ask}>Désactiver le compte</button>
        <output></output>
        <habil-confirm-dialog></habil-confirm-dialog>
      </div>
    `;
  },
};
