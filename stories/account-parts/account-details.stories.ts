import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { actorOf } from '../../mocks/access.js';
import { accountHistory } from '../../core/operations/accounts.js';
import { memoryStorage } from '../../mocks/memory-storage.js';
import { deactivateAccount, grantRole, revokeRole } from '../../mocks/operations/accounts.js';
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

// A few weeks of Emma AHOVA's life at CARSAT ALSACE-MOSELLE, so that her history has something to say.
grantRole(store, admin, 'e-ahova', 'egap-guides');
server.clock.advanceDays(9);
grantRole(store, admin, 'e-ahova', 'greve-declaration');
server.clock.advanceDays(7);
revokeRole(store, admin, 'e-ahova', 'greve-declaration');
server.clock.advanceDays(5);
deactivateAccount(store, admin, 'e-ahova', { mode: 'temporary' });
deactivateAccount(store, partnerAdmin, 'k-benali', { mode: 'permanent', closingDate: '2025-06-30' });

const detail = (id: string, actor = admin) => accountDetail(store, actor, store.accounts.get(id)!);

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
      <habil-account-details .account=${args.account} .history=${(loaded.history as HistoryEntry[] | undefined) ?? args.history} view=${args.view} ?loading=${args.loading}></habil-account-details>
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
export const FicheCafCloture: Story = { args: { account: detail('k-benali', partnerAdmin) } };

/** Emma AHOVA's history, newest first (R14): roles granted and removed, then the temporary deactivation. */
export const Historique: Story = {
  args: { view: 'history', account: detail('e-ahova') },
  loaders: [async () => ({ history: await accountHistory(memoryStorage(store), admin, 'e-ahova') })],
};

/** Nothing recorded yet. */
export const HistoriqueVide: Story = { args: { view: 'history', account: detail('c-dona'), history: [] } };

/** The host is loading the fiche. */
export const Chargement: Story = { args: { loading: true } };
