import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { waitFor } from 'storybook/test';
import { confirmDialog, find } from '../play.js';
import { failing, loading, meanwhile, NOW } from '../server.js';
import '../../src/delegation/define.js';
import type { HabilDelegation } from '../../src/delegation/define.js';
import { referenceHandlers, unavailable } from '../../.storybook/reference-server.js';

type Args = Pick<HabilDelegation, 'view' | 'conventionId' | 'organismeId'>;

const meta: Meta<Args> = {
  title: 'Widgets/Délégations',
  id: 'widgets-delegation',
  component: 'habil-delegation',
  args: { view: 'auto', conventionId: '', organismeId: '' },
  argTypes: {
    view: { control: 'select', options: ['auto', 'local-admins', 'all-local-admins', 'partner-admins', 'responsables'] },
    conventionId: { control: 'select', options: ['', 'conv-cd83', 'conv-var-habitat'] },
    organismeId: { control: 'text' },
  },
  parameters: { persona: 'admin-carsat', referenceServer: { now: NOW } },
  render: (args) =>
    html`<habil-delegation view=${args.view} convention-id=${args.conventionId} organisme-id=${args.organismeId}></habil-delegation>`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- play helpers: the stories act like a user, through the shadow roots --------------------

function widget(canvas: HTMLElement): HabilDelegation {
  return canvas.querySelector('habil-delegation')!;
}

/** Clicks a button of the widget's main table, once the list is loaded. */
async function clickRowButton(canvas: HTMLElement, selector: string): Promise<void> {
  const table = await find(widget(canvas), 'habil-data-table');
  (await find(table, selector)).click();
}

async function clickInWidget(canvas: HTMLElement, selector: string): Promise<void> {
  (await find(widget(canvas), selector)).click();
}

/** Types a last name in the person picker, then clicks "Choisir" for this account. */
async function choosePerson(canvas: HTMLElement, nom: string, accountId: string): Promise<void> {
  const picker = await find(widget(canvas), 'habil-person-picker');
  const field = await find(picker, 'habil-field');
  const input = await find<HTMLInputElement>(field, '#control');
  input.value = nom;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const table = await find(picker, 'habil-data-table');
  const choose = await waitFor(() => {
    const rows = table.shadowRoot!.querySelectorAll('tbody tr');
    const button = table.shadowRoot!.querySelector<HTMLElement>(`[data-account-id="${accountId}"]`);
    if (!button || rows.length !== 1) throw new Error(`waiting for ${accountId}`);
    return button;
  });
  choose.click();
}

// ---- UCANSS -----------------------------------------------------------------------------------

/** Émilie Benga, local administrator by delegation of CARSAT ALSACE-MOSELLE: "Vos administrateurs locaux". */
export const VosAdministrateursLocaux: Story = {};

/** Pierre Raymond, the director: local administrator by default (R13). */
export const Directeur: Story = { parameters: { persona: 'director-carsat' } };

/** Nathalie Fontaine, UCANSS administrator: UCANSS itself has no local administrator (empty state). */
export const AucunAdministrateurLocal: Story = { parameters: { persona: 'admin-ucanss' } };

/** "Tous les administrateurs locaux": read-only, every organisme. */
export const TousLesAdministrateursLocaux: Story = { args: { view: 'all-local-admins' } };

/** The same list filtered on CPAM DU BAS-RHIN (`organisme-id`). */
export const TousFiltresParOrganisme: Story = { args: { view: 'all-local-admins', organismeId: 'cpam-67' } };

/** "Nouvel administrateur local": the guide's "Délégation" screen, people of the organisme searched on the server. */
export const NouvelAdministrateurLocal: Story = {
  play: async ({ canvasElement }) => clickInWidget(canvasElement, '#new-local-admin'),
};

/** "Choisir" Emma Ahova: the confirmation names her, says what she will be able to do (« Elle reçoit… »), and starts on « Annuler ». */
export const ConfirmationDeLaDelegation: Story = {
  play: async ({ canvasElement }) => {
    await clickInWidget(canvasElement, '#new-local-admin');
    await choosePerson(canvasElement, 'aho', 'e-ahova');
  },
};

/** "Nouveau": the person has no account yet; it is created on the spot, then chosen. */
export const CreationDuCompte: Story = {
  play: async ({ canvasElement }) => {
    await clickInWidget(canvasElement, '#new-local-admin');
    await clickInWidget(canvasElement, '#new-account');
  },
};

/** Emma Ahova named: the list has her, since today, named by Émilie Benga; her history can be opened (R14). */
export const AdministrateurNomme: Story = {
  play: async ({ canvasElement }) => {
    await clickInWidget(canvasElement, '#new-local-admin');
    await choosePerson(canvasElement, 'aho', 'e-ahova');
    await confirmDialog(widget(canvasElement));
    const history = await find(widget(canvasElement), 'habil-delegation-history');
    (await find(history, '[data-account-id="e-ahova"]')).click();
    await find(history, 'ol');
  },
};

/** "Retirer" Pierre Raymond: a confirmation first. */
export const ConfirmationDuRetrait: Story = {
  play: async ({ canvasElement }) => clickRowButton(canvasElement, '[data-account-id="p-raymond"]'),
};

/**
 * Émilie Benga revokes her own delegation: the widget says so where the section was, with focus
 * on it, and shows her contacts.
 */
export const RetraitDeSaPropreDelegation: Story = {
  play: async ({ canvasElement }) => {
    await clickRowButton(canvasElement, '[data-account-id="e-benga"]');
    await confirmDialog(widget(canvasElement));
    await find(widget(canvasElement), '#self-revoked');
  },
};

/** The director withdrew himself meanwhile: revoking Émilie Benga would leave the organisme without one (R13). */
export const DernierAdministrateurLocal: Story = {
  play: async ({ canvasElement }) => {
    await find(await find(widget(canvasElement), 'habil-data-table'), '[data-account-id="e-benga"]');
    meanwhile('admin-carsat', (server) => server.store.localAdmins.delete('p-raymond'));
    await clickRowButton(canvasElement, '[data-account-id="e-benga"]');
    await confirmDialog(widget(canvasElement));
  },
};

/** Coralie Living, a plain user: the delegations are for administrators; her contacts instead. */
export const UtilisateurSesContacts: Story = { parameters: { persona: 'user-carsat' } };

/** The server has not said yet who is connected. */
export const Chargement: Story = loading('/api/me');

/** The list failed: the server's reason, and "Recharger la liste". */
export const Erreur: Story = failing('/api/local-admins');

// ---- CAF ----------------------------------------------------------------------------------------

/** Pierre Martin, partner administrator: the partner administrators of his partner, read-only (the CAF appoints them). */
export const AdministrateursPartenaires: Story = { parameters: { persona: 'partner-admin' } };

/** Claire Estève, CAF agent: chooses the convention, appoints and withdraws (R12). */
export const AgentCaf: Story = { parameters: { persona: 'caf-agent' } };

/** Two partner administrators: the limit of R12, and why "Désigner" waits. */
export const LimiteDeDeuxAtteinte: Story = {
  parameters: {
    persona: 'caf-agent',
    msw: {
      handlers: {
        reference: [
          http.get('/api/partners/cd-83/admins', () =>
            HttpResponse.json([
              { accountId: 'j-blanc', identifier: 'AAD1207CAU', nom: 'BLANC', prenom: 'Julie', emailPro: 'julie.blanc@cd-83.fr', partnerId: 'cd-83', since: '2025-05-12', actions: ['revoke'] },
              { accountId: 'p-martin', identifier: 'AAB1842CAU', nom: 'MARTIN', prenom: 'Pierre', emailPro: 'pierre.martin@cd-83.fr', partnerId: 'cd-83', since: '2018-03-27', actions: ['revoke'] },
            ]),
          ),
          ...referenceHandlers,
        ],
      },
    },
  },
};

/** Another agent appointed Sylvie Garnier meanwhile: the server refuses a third one (R12), in words. */
export const RefusTroisiemeAdministrateur: Story = {
  parameters: { persona: 'caf-agent' },
  play: async ({ canvasElement }) => {
    await clickInWidget(canvasElement, '#appoint[aria-disabled="false"]');
    await find(widget(canvasElement), 'habil-person-picker');
    meanwhile('caf-agent', (server) => server.store.partnerAdmins.set('s-garnier', { accountId: 's-garnier', partnerId: 'cd-83', since: '2025-06-02' }));
    await choosePerson(canvasElement, 'blanc', 'j-blanc');
    await confirmDialog(widget(canvasElement));
  },
};

/** The responsables habilitations of the groups, with "Remplacer le responsable" (partner administrator) and the Afas point. */
export const ResponsablesHabilitations: Story = { args: { view: 'responsables' }, parameters: { persona: 'partner-admin' } };

/** Mathieu Durand, responsable: the same list, read-only, with the rule of the Synthèse. */
export const ResponsablesLectureSeule: Story = { args: { view: 'responsables' }, parameters: { persona: 'responsable' } };

/** "Remplacer le responsable" of CDAP T1: the convention's users, and the guide's Afas reminder. */
export const RemplacerLeResponsable: Story = {
  args: { view: 'responsables' },
  parameters: { persona: 'partner-admin' },
  play: async ({ canvasElement }) => clickRowButton(canvasElement, '[data-group-id="g-cdap-t1"]'),
};

/** Julie Blanc replaces Mathieu Durand: both histories (R14) and "détachez-le aussi du groupe Habiliter". */
export const ResponsableRemplace: Story = {
  args: { view: 'responsables' },
  parameters: { persona: 'partner-admin' },
  play: async ({ canvasElement }) => {
    await clickRowButton(canvasElement, '[data-group-id="g-cdap-t1"]');
    await choosePerson(canvasElement, 'blanc', 'j-blanc');
    await confirmDialog(widget(canvasElement));
  },
};

/** Someone renamed CDAP T1 meanwhile: the group is reloaded and the widget says so (R15). */
export const ConflitDeModification: Story = {
  args: { view: 'responsables' },
  parameters: { persona: 'partner-admin' },
  play: async ({ canvasElement }) => {
    await clickRowButton(canvasElement, '[data-group-id="g-cdap-t1"]');
    meanwhile('partner-admin', (server) => Object.assign(server.store.groups.get('g-cdap-t1')!, { label: 'Cdap T1 - Centre', version: 2 }));
    await choosePerson(canvasElement, 'blanc', 'j-blanc');
    await confirmDialog(widget(canvasElement));
  },
};

/** The groups could not be read: the server's reason and "Recharger la liste". */
export const ErreurCaf: Story = {
  args: { view: 'responsables' },
  parameters: { persona: 'partner-admin', ...unavailable('/api/conventions/:id/groups') },
};
