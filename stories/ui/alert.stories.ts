import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NetworkError, TimeoutError } from '../../src/client/errors.js';
import '../../src/ui/alert/define.js';
import type { AlertVariant } from '../../src/ui/alert/define.js';
import type { ProblemLike } from '../../src/internal/problem-text.js';

interface Args {
  problem: ProblemLike | undefined;
  error: unknown;
  heading: string;
  variant: AlertVariant;
  retryable: boolean;
  content: string;
}

const meta: Meta<Args> = {
  title: 'UI/Alerte',
  id: 'ui-alert',
  component: 'habil-alert',
  args: {
    problem: undefined,
    error: undefined,
    heading: '',
    variant: 'error',
    retryable: false,
    content: '',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['error', 'warning', 'success', 'info'] },
    error: { control: false },
  },
  render: (args) => html`
    <habil-alert .problem=${args.problem} .error=${args.error} heading=${args.heading} variant=${args.variant} ?retryable=${args.retryable}
      >${args.content}</habil-alert
    >
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** R5: someone already decided; the server says who and when. */
export const AlreadyDecided: Story = {
  args: {
    problem: {
      type: '/problems/already-decided',
      code: 'already-decided',
      status: 409,
      title: 'Demande déjà traitée',
      detail: 'Refusée par Marie Dupont le 28/05/2025 à 14:05.',
    },
  },
};

/** R2: ADD accounts are read-only here. */
export const Forbidden: Story = {
  args: { problem: { type: '/problems/add-account-read-only', code: 'add-account-read-only', status: 403, title: 'Compte ADD' } },
};

/** R15: someone else changed the account meanwhile. */
export const StaleWrite: Story = {
  args: { variant: 'warning', problem: { type: '/problems/stale-write', code: 'stale-write', status: 412, title: 'Version périmée' } },
};

export const Unreachable: Story = { args: { error: new NetworkError(), retryable: true } };

export const TimedOut: Story = { args: { error: new TimeoutError(), retryable: true } };

export const ServerError: Story = { args: { problem: { status: 500, title: 'Internal Server Error' }, retryable: true } };

export const Success: Story = {
  args: { variant: 'success', heading: 'Compte créé', content: 'Un e-mail de confirmation a été envoyé à emilie.lefevre@urssaf.fr.' },
};

export const Info: Story = {
  args: {
    variant: 'info',
    heading: 'Acceptation tacite',
    content: "Une demande non traitée sous 10 jours est acceptée tacitement.",
  },
};

/** Nothing to say yet: the region is in the page, empty, ready to speak. */
export const Idle: Story = {};
