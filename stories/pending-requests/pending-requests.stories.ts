import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import { confirmDialog } from '../play.js';
import '../../src/pending-requests/define.js';
import type { HabilPendingRequests } from '../../src/pending-requests/define.js';
import { failing, loading, meanwhile, NOW } from '../server.js';

type Args = Pick<HabilPendingRequests, 'tab' | 'accountView'>;

const meta: Meta<Args> = {
  title: 'Widgets/Demandes d’habilitations',
  id: 'widgets-pending-requests',
  component: 'habil-pending-requests',
  args: { tab: 'pending', accountView: 'pending' },
  argTypes: {
    tab: { control: 'inline-radio', options: ['pending', 'history', 'accounts'] },
    accountView: { control: 'inline-radio', options: ['pending', 'history'] },
  },
  parameters: { persona: 'admin-carsat', referenceServer: { now: NOW } },
  render: (args) => html`<habil-pending-requests tab=${args.tab} account-view=${args.accountView}></habil-pending-requests>`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- play helpers: the stories act like a user, through the widget's shadow DOM ----------

function widget(canvas: HTMLElement): HabilPendingRequests {
  return canvas.querySelector('habil-pending-requests')!;
}

function inTable(canvas: HTMLElement, selector: string): HTMLElement | null {
  const table = widget(canvas).shadowRoot!.querySelector('habil-data-table');
  return table?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

async function waitForRequests(canvas: HTMLElement): Promise<void> {
  await waitFor(() => {
    if (!inTable(canvas, '[data-request-id]')) throw new Error('waiting for the requests');
  });
}

/** Waits for the requests, then clicks a row's button: `[data-request-id="dem-guide-1"][data-decision="accept"]`. */
async function clickInTable(canvas: HTMLElement, selector: string): Promise<void> {
  const button = await waitFor(() => {
    const found = inTable(canvas, selector);
    if (!found) throw new Error(`waiting for ${selector}`);
    return found;
  });
  button.click();
}

/** Someone else decided first, on the server behind the story (R5). */
function directorDecided(requestId: string, decision: 'acceptee' | 'refusee'): void {
  meanwhile('admin-carsat', (server) =>
    Object.assign(server.store.accessRequests.get(requestId)!, {
      status: decision,
      decidedBy: 'p-raymond',
      decidedAt: '2025-06-02T07:48:00.000Z',
      version: 2,
    }),
  );
}

// ---- the stories ---------------------------------------------------------------------------

/**
 * Émilie Benga, local administrator of CARSAT ALSACE-MOSELLE: the local requests of her
 * organisme, oldest first. Carole Dona's request is one day from tacit acceptance (R4).
 */
export const EnCours: Story = {};

/** Nathalie Fontaine, UCANSS administrator: national applications, and CAF DE LA MEUSE, which has no local administrator (R3). */
export const UcanssAdministrator: Story = { parameters: { persona: 'admin-ucanss' } };

/** "Historique": decisions latest first, with who decided, when and why; filters by status and days. */
export const Historique: Story = { args: { tab: 'history' } };

/** Sign-up requests of the organisme; Agnès Petit-Jean declared an external account (R8). */
export const DemandesDeCreationDeCompte: Story = { args: { tab: 'accounts' } };

/** The server's clock moved 11 days on: nobody decided, so the requests were accepted tacitly (R4). */
export const AcceptationTacite: Story = {
  args: { tab: 'history' },
  parameters: { referenceServer: { now: NOW, advanceDays: 11 } },
};

/** Nothing waits for a decision (the same 11 days later). */
export const AucuneDemande: Story = { parameters: { referenceServer: { now: NOW, advanceDays: 11 } } };

/** The list is on its way: the server never answers here (after the client's 15 s timeout, the widget says so). */
export const Chargement: Story = loading('/api/access-requests');

/** The server failed: its reason, and "Recharger la liste". */
export const Erreur: Story = failing('/api/access-requests');

/** Coralie Living, a plain user: the requests are for administrators. */
export const NonAutorise: Story = { parameters: { persona: 'user-carsat' } };

/** Accepting Coralie Living's request: confirmation first, starting on « Annuler » (the decision is final). */
export const ConfirmationAccepter: Story = {
  play: async ({ canvasElement }) => clickInTable(canvasElement, '[data-request-id="dem-guide-1"][data-decision="accept"]'),
};

/** Refusing asks for an optional reason, which the requester will read. */
export const MotifDeRefus: Story = {
  play: async ({ canvasElement }) => clickInTable(canvasElement, '[data-request-id="dem-2"][data-decision="refuse"]'),
};

/**
 * Accepted: the live region says what was done, the row says « Acceptée » in place of its
 * buttons and has the focus (not the next person's « Accepter »); it leaves when the list is
 * read again.
 */
export const DemandeAcceptee: Story = {
  play: async ({ canvasElement }) => {
    await clickInTable(canvasElement, '[data-request-id="dem-guide-1"][data-decision="accept"]');
    await confirmDialog(widget(canvasElement));
  },
};

/** Pierre Raymond decided first: the widget says who and when, and the request leaves the list (R5). */
export const DejaTraitee: Story = {
  play: async ({ canvasElement }) => {
    await waitForRequests(canvasElement);
    directorDecided('dem-guide-1', 'refusee');
    await clickInTable(canvasElement, '[data-request-id="dem-guide-1"][data-decision="accept"]');
    await confirmDialog(widget(canvasElement));
  },
};

/** "Tout", then "Accepter la sélection", while Pierre Raymond refused one of them: a result per request (R10). */
export const SelectionPartiellementTraitee: Story = {
  play: async ({ canvasElement }) => {
    await waitForRequests(canvasElement);
    await clickInTable(canvasElement, '[part~="select-all"]');
    directorDecided('dem-2', 'refusee');
    const accept = await waitFor(() => {
      const button = [...widget(canvasElement).shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="bulk-actions"] .button--primary')][0];
      if (!button || button.getAttribute('aria-disabled') === 'true') throw new Error('waiting for the selection');
      return button;
    });
    accept.click();
    await confirmDialog(widget(canvasElement));
  },
};

/** Accepting a sign-up request creates the account. */
export const CompteCree: Story = {
  args: { tab: 'accounts' },
  play: async ({ canvasElement }) => {
    await clickInTable(canvasElement, '[data-request-id="dcc-2"][data-decision="accept"]');
    await confirmDialog(widget(canvasElement));
  },
};
