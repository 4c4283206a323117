import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { actorOf } from '../../mocks/access.js';
import { accountHistory, bulkAccounts, deactivateAccount } from '../../core/operations/accounts.js';
import { memoryStorage } from '../../mocks/memory-storage.js';
import { createReferenceServer } from '../../mocks/reference-server.js';
import { accountDetail } from '../../mocks/views.js';
import { HabilAccountDetails, type AccountDetailsView } from '../../src/account-parts/account-details.js';
import type { AccountDetail, HistoryEntry } from '../../src/domain/index.js';
import { defineElement } from '../../src/internal/define.js';

// The widget's define module registers its parts; the stories of a part register only what they show.
defineElement('habil-account-details', HabilAccountDetails);

const server = createReferenceServer({ now: '2025-05-12T09:30:00+02:00', generatedAccounts: 0 });
const { store } = server;
const admin = actorOf(store, 'e-benga');
const partnerAdmin = actorOf(store, 'p-martin');

// A few weeks of Emma AHOVA's life at CARSAT ALSACE-MOSELLE, so that her history has something to say;
// the server changes accounts asynchronously, so the stories that show them wait for it (loaders).
const storage = memoryStorage(store);
const lived = (async () => {
  await bulkAccounts(storage, admin, { action: 'grant', accountIds: ['e-ahova'], roleId: 'egap-guides' });
  server.clock.advanceDays(9);
  await bulkAccounts(storage, admin, { action: 'grant', accountIds: ['e-ahova'], roleId: 'greve-declaration' });
  server.clock.advanceDays(7);
  await bulkAccounts(storage, admin, { action: 'revoke', accountIds: ['e-ahova'], roleId: 'greve-declaration' });
  server.clock.advanceDays(5);
  await bulkAccounts(storage, admin, { action: 'deactivate', accountIds: ['e-ahova'], mode: 'temporary' });
  await deactivateAccount(storage, partnerAdmin, 'k-benali', { mode: 'permanent', closingDate: '2025-06-30' }, store.accounts.get('k-benali')!.version);
})();

const detail = (id: string, actor = admin) => accountDetail(store, actor, store.accounts.get(id)!);
const afterwards = (id: string, actor = admin) => async () => {
  await lived;
  return { account: detail(id, actor), ...(id === 'e-ahova' ? { history: await accountHistory(storage, admin, id) } : {}) };
};

interface Args {
  account?: AccountDetail;
  history?: HistoryEntry[];
  view: AccountDetailsView;
  loading: boolean;
}

const meta: Meta<Args> = {
  title: 'Comptes/Éléments internes/Fiche et historique',
  id: 'comptes-parts-account-details',
  component: 'habil-account-details',
  args: { view: 'details', loading: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['details', 'history'] },
    account: { control: false },
    history: { control: false },
  },
  // A story's loaders may fetch the history (they are asynchronous, as the server is).
  render: (args, { loaded }) => html`
    <div style="max-width: 56rem">
      <habil-account-details .account=${(loaded.account as AccountDetail | undefined) ?? args.account} .history=${(loaded.history as HistoryEntry[] | undefined) ?? args.history} view=${args.view} ?loading=${args.loading}></habil-account-details>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Hélène SCHNEIDER-KLEIN: identity, organisme, and her roles grouped by application. */
export const Fiche: Story = { args: { account: detail('h-schneider') } };

/** Pierre RAYMOND, director: an ADD account, read only, with the reason (R2), and the default roles of his profile. */
export const FicheAdd: Story = { args: { account: detail('p-raymond') } };

/** Anaïs ROUX, CAF: identifier, workstation, dates; an Afas profile given directly and the same through the AFAS-DEC group. */
export const FicheCaf: Story = { args: { account: detail('a-roux', partnerAdmin) } };

/** Karim BENALI, CAF, closed from 30/06/2025 on, member of two groups. */
export const FicheCafCloture: Story = { loaders: [afterwards('k-benali', partnerAdmin)] };

/** Emma AHOVA's history, newest first (R14): roles granted and removed, then the temporary deactivation. */
export const Historique: Story = {
  args: { view: 'history' },
  loaders: [afterwards('e-ahova')],
};

/** Nothing recorded yet. */
export const HistoriqueVide: Story = { args: { view: 'history', account: detail('c-dona'), history: [] } };

/** The host is loading the fiche. */
export const Chargement: Story = { args: { loading: true } };
