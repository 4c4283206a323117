import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '../../src/my-access/define.js';
import type { MyAccessSection } from '../../src/my-access/define.js';
import { referenceHandlers } from '../../.storybook/reference-server.js';

/** The day of the guides' screens, as in the other stories. */
const NOW = '2025-06-02T10:00:00+02:00';

interface Args {
  section: MyAccessSection;
}

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

/** The catalogue by theme: held, "Accès libre", "Demander l'accès" (local or Ucanss), "Demande en cours", "Autre démarche". */
export const Applications: Story = { args: { section: 'catalogue' } };

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

export const Chargement: Story = {
  parameters: { msw: { handlers: { reference: [http.get('/api/me/grants', () => delay('infinite')), ...referenceHandlers] } } },
};

export const Erreur: Story = {
  parameters: {
    msw: {
      handlers: {
        reference: [
          http.get('/api/me/access-requests', () =>
            HttpResponse.json(
              { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Le service des habilitations est en maintenance jusqu’à 10 h 30.' },
              { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
            ),
          ),
          ...referenceHandlers,
        ],
      },
    },
  },
};
