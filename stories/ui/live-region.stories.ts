import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/ui/live-region/define.js';
import type { HabilLiveRegion, Politeness } from '../../src/ui/live-region/define.js';

interface Args {
  politeness: Politeness;
  visible: boolean;
  text: string;
}

const meta: Meta<Args> = {
  title: 'UI/Région live',
  id: 'ui-live-region',
  component: 'habil-live-region',
  args: { politeness: 'polite', visible: true, text: '12 comptes désactivés.' },
  argTypes: { politeness: { control: 'inline-radio', options: ['polite', 'assertive'] } },
  render: (args) => {
    const announce = (event: Event) => {
      const region = (event.target as HTMLElement).nextElementSibling as HabilLiveRegion;
      void region.announce(args.text);
    };
    return html`
      <button type="button" @click=${announce}>Annoncer « ${args.text} »</button>
      <habil-live-region politeness=${args.politeness} ?visible=${args.visible}></habil-live-region>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Read when the user pauses. Shown here; by default it is for screen readers only. */
export const Polite: Story = {};

/** Interrupts: for errors only. */
export const Assertive: Story = { args: { politeness: 'assertive', text: 'La désactivation a échoué : le serveur ne répond pas.' } };

/** The default: heard, not seen. */
export const ScreenReaderOnly: Story = { args: { visible: false } };

/**
 * The outcome of an action comes first: « 12 comptes désactivés. » holds the region against the
 * minor message that follows (« Aucun compte sélectionné. », `{ minor: true }`) until the user
 * presses a key or clicks again.
 */
export const OutcomeFirst: Story = {
  render: () => {
    const act = async (event: Event) => {
      const region = (event.target as HTMLElement).parentElement!.querySelector<HabilLiveRegion>('habil-live-region')!;
      await region.announce('12 comptes désactivés.');
      await region.announce('Aucun compte sélectionné.', { minor: true });
    };
    const select = (event: Event) => {
      const region = (event.target as HTMLElement).parentElement!.querySelector<HabilLiveRegion>('habil-live-region')!;
      void region.announce('1 compte sélectionné.', { minor: true });
    };
    return html`
      <div>
        <button type="button" @click=${act}>Désactiver 12 comptes</button>
        <button type="button" @click=${select}>Sélectionner un compte</button>
        <habil-live-region visible></habil-live-region>
      </div>
    `;
  },
};
