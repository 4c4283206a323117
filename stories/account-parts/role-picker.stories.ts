import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { actorOf } from '../../mocks/access.js';
import { createReferenceServer } from '../../mocks/reference-server.js';
import { accountDetail } from '../../mocks/views.js';
import { HabilRolePicker, type RoleChoiceOptions } from '../../src/account-parts/role-picker.js';
import { DELEGATED_ROLE_ID } from '../../src/domain/index.js';
import { defineElement } from '../../src/internal/define.js';
import '../../src/ui/field/define.js';
import { askingStory, confirmingAtOnce } from '../play.js';
import { NOW } from '../server.js';

// The widget's define module registers its parts; the stories of a part register only what they show.
defineElement('habil-role-picker', HabilRolePicker);

const { store } = createReferenceServer({ now: NOW, generatedAccounts: 0 });
const applications = [...store.applications.values()];
const ucanss = applications.filter((application) => application.space === 'ucanss' && application.approval !== 'procedure');
const schneider = accountDetail(store, actorOf(store, 'e-benga'), store.accounts.get('h-schneider')!);
const held = new Set(schneider.grants.map((grant) => grant.roleId));

const meta: Meta = {
  title: 'Comptes/Éléments internes/Choix d’un rôle',
  id: 'comptes-parts-role-picker',
  component: 'habil-role-picker',
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
};
export default meta;

type Story = StoryObj;

/** The picker asked with `options` by a button reading `trigger`; the output shows the role chosen. */
function choosing(options: RoleChoiceOptions, trigger: string): Story {
  return askingStory(trigger, html`<habil-role-picker .applications=${applications}></habil-role-picker>`, 'habil-role-picker', async (picker: HabilRolePicker) => {
    const roleId = await picker.choose(options);
    return roleId ? `Rôle choisi : ${roleId}` : 'Annulé.';
  });
}

function pickerOf(canvas: HTMLElement): HabilRolePicker {
  return canvas.querySelector('habil-role-picker')!;
}

/** "Affecter rôle" for Hélène SCHNEIDER-KLEIN: the UCANSS roles she does not hold yet, by application. */
export const AffecterUnRole: Story = choosing(
  {
    heading: 'Affecter un rôle à Hélène SCHNEIDER-KLEIN',
    applications: ucanss,
    roleIds: ucanss.flatMap((application) => application.roles.map((role) => role.id)).filter((id) => !held.has(id) && id !== DELEGATED_ROLE_ID),
    confirmLabel: 'Affecter un rôle',
  },
  'Affecter un rôle',
);

/** The search keeps the roles whose name or application matches, accents and case ignored. */
export const Recherche: Story = {
  ...AffecterUnRole,
  play: async (context) => {
    await AffecterUnRole.play!(context);
    const picker = pickerOf(context.canvasElement);
    await picker.updateComplete;
    const input = picker.shadowRoot!.querySelector('habil-field')!.shadowRoot!.querySelector('input')!;
    input.value = 'egap';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await picker.updateComplete;
    picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="role"]')[1]?.click();
  },
};

/** "Supprimer rôle": only the roles she holds, the button in red. */
export const SupprimerUnRole: Story = choosing(
  {
    heading: "Supprimer un rôle d'Hélène SCHNEIDER-KLEIN",
    description: 'La personne perd aussitôt l’accès que donne ce rôle. Vous pourrez le lui affecter de nouveau.',
    applications: ucanss,
    roleIds: schneider.grants.filter((grant) => grant.removable).map((grant) => grant.roleId),
    confirmLabel: 'Supprimer le rôle',
    danger: true,
  },
  'Supprimer un rôle',
);

/**
 * A bulk « Supprimer un rôle » on a result filtered by « Rôle sélectionné » + « Personnes ayant
 * le rôle : Oui »: that role is chosen in advance, and has focus (Enter confirms it).
 */
export const RoleChoisiAvance: Story = choosing(
  {
    heading: 'Supprimer un rôle de 4 comptes',
    applications: ucanss,
    chosen: 'contentieux-organisme',
    confirmLabel: 'Supprimer le rôle',
    danger: true,
  },
  'Supprimer un rôle',
);

/** Confirming without a choice. */
export const SansChoix: Story = { ...SupprimerUnRole, play: confirmingAtOnce(SupprimerUnRole, 'habil-role-picker') };

/** CAF: the Afas profiles of the convention, the only roles given directly to a user. */
export const ProfilsAfas: Story = choosing(
  {
    heading: 'Affecter un profil Afas à Mathieu DURAND',
    applications: applications.filter((application) => application.id === 'caf-afas'),
    confirmLabel: 'Affecter le profil',
  },
  'Affecter un profil Afas',
);

/** Nothing to choose from. */
export const AucunRole: Story = choosing({ heading: 'Supprimer un rôle de Carole DONA', applications: ucanss, roleIds: [] }, 'Supprimer un rôle');
