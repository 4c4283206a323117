import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/ui/confirm-dialog/define.js';
import type { DialogFocus, HabilConfirmDialog } from '../../src/ui/confirm-dialog/define.js';

interface Args {
  heading: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  danger: boolean;
  initialFocus: DialogFocus | undefined;
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
    initialFocus: undefined,
    open: true,
  },
  argTypes: { initialFocus: { control: 'inline-radio', options: [undefined, 'cancel', 'confirm'] } },
  parameters: { docs: { story: { inline: false, iframeHeight: 320 } } },
  render: (args) => html`
    <habil-confirm-dialog
      heading=${args.heading}
      message=${args.message}
      confirm-label=${args.confirmLabel}
      cancel-label=${args.cancelLabel}
      ?danger=${args.danger}
      initial-focus=${ifDefined(args.initialFocus)}
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

/**
 * A final decision that destroys nothing (« La décision est définitive »): the confirm button
 * keeps its colour, focus starts on « Annuler », so that Enter pressed once too often decides nothing.
 */
export const FinalDecision: Story = {
  args: {
    heading: 'Accepter la demande de Coralie LIVING ?',
    message: "Le rôle « Droits d'accès au site ucanss.fr » sera attribué à Coralie LIVING ; un e-mail l'en informera. La décision est définitive.",
    confirmLabel: 'Accepter',
    danger: false,
    initialFocus: 'cancel',
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
        <output aria-label="Réponse du dialogue"></output>
        <habil-confirm-dialog></habil-confirm-dialog>
      </div>
    `;
  },
};
