import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { confirmDialog, find } from '../play.js';
import '../../src/my-access/define.js';
import type { HabilMyAccess } from '../../src/my-access/define.js';
import { referenceHandlers } from '../../.storybook/reference-server.js';
import { failing, loading, NOW } from '../server.js';

type Args = Pick<HabilMyAccess, 'section'>;

const meta: Meta<Args> = {
  title: 'Widgets/Mes habilitations',
  id: 'widgets-my-access',
  component: 'habil-my-access',
  args: { section: 'grants' },
  argTypes: { section: { control: 'select', options: ['grants', 'catalogue', 'requests', 'contacts'] } },
  parameters: { persona: 'user-carsat', referenceServer: { now: NOW } },
  render: (args) => html`<habil-my-access section=${args.section}></habil-my-access>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Coralie Living, user at CARSAT ALSACE-MOSELLE: "Liste de vos habilitations", by application. */
export const MesHabilitations: Story = {};

/** Émilie Benga holds more roles, one of them accepted tacitly. */
export const PlusieursHabilitations: Story = { parameters: { persona: 'admin-carsat' } };

// ---- play helpers: the stories act like a user, through the shadow roots --------------------

function widget(canvas: HTMLElement): HabilMyAccess {
  return canvas.querySelector('habil-my-access')!;
}

/** Opens an application of the catalogue (the guide's « croix »). */
async function openApplication(canvas: HTMLElement, applicationId: string): Promise<void> {
  (await find(widget(canvas), `[data-application-id="${applicationId}"] [part~="application-toggle"]`)).click();
}

/** « Demander l'accès à l'application … » on a role of an opened application. */
async function requestRole(canvas: HTMLElement, applicationId: string, roleId: string): Promise<void> {
  await openApplication(canvas, applicationId);
  (await find(widget(canvas), `[data-application-id="${applicationId}"] [part~="request-button"][data-role-id="${roleId}"]`)).click();
}

/**
 * The catalogue as the guide shows it, collapsed: by theme, what I may use open (a role held:
 * Guides juridiques Egap; open to all: Textes conventionnels), the rest greyed with a padlock —
 * « Sur demande », « Demande en cours » (Annuaire des organismes), « Autre démarche ».
 */
export const Applications: Story = { args: { section: 'catalogue' } };

/** « Tout déplier »: every application with its description, target public, approval mode and roles. */
export const ApplicationsDepliees: Story = {
  args: { section: 'catalogue' },
  play: async ({ canvasElement }) => {
    (await find(widget(canvasElement), '#expand-all')).click();
  },
};

/** One application opened: held (Egap, a second role to request), not held (Contentieux), pending (Annuaire des organismes). */
export const ApplicationsOuvertes: Story = {
  args: { section: 'catalogue' },
  play: async ({ canvasElement }) => {
    await openApplication(canvasElement, 'egap');
    await openApplication(canvasElement, 'contentieux');
    await openApplication(canvasElement, 'annuaire-organismes');
  },
};

/** « Demander l'accès à l'application Contentieux »: the confirmation says who decides (the local administrator) and by when. */
export const ConfirmationDeLaDemande: Story = {
  args: { section: 'catalogue' },
  play: async ({ canvasElement }) => requestRole(canvasElement, 'contentieux', 'contentieux-organisme'),
};

/** A role of a "central" application: UCANSS decides. */
export const ConfirmationDemandeUcanss: Story = {
  args: { section: 'catalogue' },
  play: async ({ canvasElement }) => requestRole(canvasElement, 'annuaire-add', 'annuaire-add-lecteur'),
};

/** The request sent: said in the live region, « Demande en cours » in its place and on the application's line. */
export const DemandeEnvoyee: Story = {
  args: { section: 'catalogue' },
  play: async ({ canvasElement }) => {
    await requestRole(canvasElement, 'contentieux', 'contentieux-organisme');
    await confirmDialog(widget(canvasElement));
    await find(widget(canvasElement), '[data-application-id="contentieux"] [part~="pending"]');
  },
};

/** Claire Estève, CAF agent: the CAF services come through user groups; no request here. */
export const ApplicationsCaf: Story = { args: { section: 'catalogue' }, parameters: { persona: 'caf-agent' } };

/** "Historique de vos demandes": statuses of the guide and the date by which a pending request is decided (R4). */
export const HistoriqueDesDemandes: Story = { args: { section: 'requests' } };

/** Twelve days later: the pending requests were accepted tacitly (R4). */
export const AccepteesTacitement: Story = { args: { section: 'requests' }, parameters: { referenceServer: { now: NOW, advanceDays: 12 } } };

/** "Mes contacts": the local administrators of my organisme. */
export const MesContacts: Story = { args: { section: 'contacts' } };

/** UCANSS has no local administrator: the empty state says who handles requests. */
export const AucunContact: Story = { args: { section: 'contacts' }, parameters: { persona: 'admin-ucanss' } };

/** Nobody has asked for anything yet. */
export const AucuneDemande: Story = {
  args: { section: 'requests' },
  parameters: { msw: { handlers: { reference: [http.get('/api/me/access-requests', () => HttpResponse.json([])), ...referenceHandlers] } } },
};

/** No role yet. */
export const AucuneHabilitation: Story = {
  parameters: { msw: { handlers: { reference: [http.get('/api/me/grants', () => HttpResponse.json([])), ...referenceHandlers] } } },
};

export const Chargement: Story = loading('/api/me/grants');

export const Erreur: Story = failing('/api/me/access-requests');
