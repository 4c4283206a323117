import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import { waitFor } from 'storybook/test';
import { referenceHandlers } from '../../.storybook/reference-server.js';
import { failing, loading, meanwhile, NOW } from '../server.js';
import type { HabilField } from '../../src/ui/field/field.js';
import '../../src/user-groups/define.js';
import type { HabilUserGroups } from '../../src/user-groups/define.js';

type Args = Pick<HabilUserGroups, 'conventionId' | 'groupId' | 'panel'>;

const meta: Meta<Args> = {
  title: 'Widgets/Groupes utilisateurs',
  id: 'widgets-user-groups',
  component: 'habil-user-groups',
  args: { conventionId: '', groupId: '', panel: 'members' },
  argTypes: {
    conventionId: { control: 'inline-radio', options: ['', 'conv-cd83', 'conv-var-habitat'] },
    groupId: { control: 'select', options: ['', 'g-cdap-t1', 'g-cdap-t1-nord', 'g-afas-dec', 'g-cdap-t2', 'g-bailleurs'] },
    panel: { control: 'inline-radio', options: ['members', 'roles'] },
  },
  parameters: { persona: 'partner-admin', referenceServer: { now: NOW } },
  render: (args) =>
    html`<habil-user-groups convention-id=${args.conventionId || nothing} group-id=${args.groupId || nothing} panel=${args.panel}></habil-user-groups>`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- play helpers: the stories act like a user, through the shadow roots --------------------

function widget(canvas: HTMLElement): HabilUserGroups {
  return canvas.querySelector('habil-user-groups')!;
}

async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  return waitFor(() => {
    const found = find();
    if (!found) throw new Error(`waiting for ${what}`);
    return found;
  });
}

/** A part of the widget (the group form, the members, the rights), once rendered. */
function part(canvas: HTMLElement, tag: string): Promise<HTMLElement> {
  return until(() => widget(canvas).shadowRoot?.querySelector<HTMLElement>(tag), tag);
}

async function clickRowAction(canvas: HTMLElement, groupId: string, action: 'details' | 'edit' | 'close'): Promise<void> {
  const button = await until(
    () => widget(canvas).shadowRoot?.querySelector('habil-data-table')?.shadowRoot?.querySelector<HTMLElement>(`[data-group-id="${groupId}"][data-action="${action}"]`),
    `${action} of ${groupId}`,
  );
  button.click();
}

async function setField(root: HTMLElement, name: string, value: string): Promise<void> {
  const field = await until(() => root.shadowRoot?.querySelector<HabilField>(`habil-field[name="${name}"]`), `field ${name}`);
  const control = await until(() => field.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>('#control'), `control ${name}`);
  await until(() => control.tagName !== 'SELECT' || [...(control as HTMLSelectElement).options].some((o) => o.value === value), `option ${value}`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

async function click(root: HTMLElement, selector: string): Promise<void> {
  (await until(() => root.shadowRoot?.querySelector<HTMLElement>(selector), selector)).click();
}

/** Clicks a button of the first member in the members' table: `edit-dates-button`, `detach-button`. */
async function clickMemberButton(canvas: HTMLElement, button: string): Promise<void> {
  const members = await part(canvas, 'habil-group-members');
  const found = await until(() => members.shadowRoot?.querySelector('habil-data-table')?.shadowRoot?.querySelector<HTMLElement>(`[part~="${button}"]`), 'a member');
  found.click();
}

/** Someone else changed the group meanwhile, on the server behind the story (R15). */
function someoneElseChanged(groupId: string, persona: 'partner-admin' | 'responsable' = 'partner-admin'): void {
  meanwhile(persona, (server) => {
    const group = server.store.groups.get(groupId)!;
    group.closingDate = '2026-12-31';
    group.version += 1;
  });
}

// ---- the list ------------------------------------------------------------------------------------

/**
 * Pierre Martin, partner administrator of the Conseil départemental du Var: the groups of the
 * guide, each followed by its sub-groups (CDAP T1-NORD under CDAP T1), with every action.
 */
export const ListeDesGroupes: Story = {};

/**
 * Mathieu Durand, responsable habilitations of CDAP T1 and AFAS-DEC: he sees every group of
 * the convention, but neither creates, changes nor closes any ("Synthèse" of the guide, R12).
 */
export const ResponsableHabilitations: Story = { parameters: { persona: 'responsable' } };

/** Claire Estève, CAF agent: two conventions to pick from, read only. */
export const ChoixDeLaConvention: Story = { parameters: { persona: 'caf-agent' } };

/** "Filtrer groupe par : Code": the list follows what is typed. */
export const Filtre: Story = {
  play: async ({ canvasElement }) => {
    const filter = await until(() => widget(canvasElement).shadowRoot?.querySelector<HabilField>('[part="filters"] habil-field'), 'the code filter');
    const control = await until(() => filter.shadowRoot?.querySelector<HTMLInputElement>('#control'), 'its input');
    control.value = 'cdap';
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};

/** A convention without any group yet. */
export const AucunGroupe: Story = {
  parameters: { msw: { handlers: { reference: [http.get('/api/conventions/:id/groups', () => HttpResponse.json([])), ...referenceHandlers] } } },
};

/** The widget reads who is connected and his conventions: the server never answers here. */
export const Chargement: Story = loading('/api/conventions');

/** The list failed: the server's reason, and "Recharger la liste". */
export const Erreur: Story = failing('/api/conventions/:id/groups');

/** Émilie Benga, local administrator at CARSAT: the groups of Mon Compte Partenaire are not hers to see. */
export const NonAutorise: Story = { parameters: { persona: 'admin-carsat' } };

// ---- create, change, close -----------------------------------------------------------------------------

/** "Créer un groupe": code, libellé, responsable habilitations, "Sous-groupe de", opening date today. */
export const CreerUnGroupe: Story = {
  play: async ({ canvasElement }) => click(widget(canvasElement), '[part~="create-button"]'),
};

/** The code is already used in the convention (R11): the server's words, on the field, the rest kept. */
export const CodeDejaPris: Story = {
  play: async ({ canvasElement }) => {
    await click(widget(canvasElement), '[part~="create-button"]');
    const form = await part(canvasElement, 'habil-group-form');
    await setField(form, 'code', 'cdap t1');
    await setField(form, 'label', 'Cdap T1 bis');
    await setField(form, 'responsableId', 'j-blanc');
    await click(form, '[part~="submit-button"]');
  },
};

/** The responsable does not exist yet: "Créer un utilisateur…" creates him on the spot, and he is chosen. */
export const CreerLeResponsable: Story = {
  play: async ({ canvasElement }) => {
    await click(widget(canvasElement), '[part~="create-button"]');
    const form = await part(canvasElement, 'habil-group-form');
    await setField(form, 'code', 'AFAS-HAB2');
    await click(form, '[part~="new-user-button"]');
  },
};

/** A sub-group of CDAP T1-NORD will be at level 3 (R11). */
export const CreerUnSousGroupe: Story = {
  args: { groupId: 'g-cdap-t1-nord' },
  play: async ({ canvasElement }) => click(widget(canvasElement), '[part="group-actions"] [data-action="create-subgroup"]'),
};

/** "Modifier": the code and the parent stay, the rest can change. */
export const ModifierUnGroupe: Story = {
  play: async ({ canvasElement }) => clickRowAction(canvasElement, 'g-cdap-t2', 'edit'),
};

/** Someone else changed CDAP T2 while the form was open (R15): it is reloaded, what was typed stays. */
export const ModifieEntreTemps: Story = {
  play: async ({ canvasElement }) => {
    await clickRowAction(canvasElement, 'g-cdap-t2', 'edit');
    const form = await part(canvasElement, 'habil-group-form');
    await setField(form, 'label', 'Cdap T2 - Prestataires');
    someoneElseChanged('g-cdap-t2');
    await click(form, '[part~="submit-button"]');
  },
};

/** "Clôturer": what happens to the members (their rights end, their accounts stay open) and to the sub-groups. */
export const Cloturer: Story = {
  play: async ({ canvasElement }) => clickRowAction(canvasElement, 'g-cdap-t1', 'close'),
};

// ---- rights of a group ---------------------------------------------------------------------------------

/** "Habilitations du groupe": the convention's roles by service, to tick and save. */
export const HabilitationsDuGroupe: Story = { args: { groupId: 'g-cdap-t1', panel: 'roles' } };

/** Two changes saved one by one, reported role by role. */
export const CompteRenduDesDroits: Story = {
  args: { groupId: 'g-dgfip', panel: 'roles' },
  play: async ({ canvasElement }) => {
    const roles = await part(canvasElement, 'habil-group-roles');
    await click(roles, 'input[value="cdap-t6"]');
    await click(roles, 'input[value="dgfip-controleurs"]');
    await click(roles, 'form button[type="submit"]');
    const dialog = await until(() => roles.shadowRoot?.querySelector('habil-confirm-dialog'), 'the confirmation');
    await click(dialog as HTMLElement, '[part~="confirm-button"]');
  },
};

/** The responsable reads the rights of his group; only the partner administrator assigns them (R12). */
export const HabilitationsEnLecture: Story = { args: { groupId: 'g-cdap-t1', panel: 'roles' }, parameters: { persona: 'responsable' } };

// ---- members ----------------------------------------------------------------------------------------------

/** The members of CDAP T1 with their dates and other groups, and "Rattacher un utilisateur". */
export const MembresDuGroupe: Story = { args: { groupId: 'g-cdap-t1', panel: 'members' } };

/** "Gérer l'appartenance": the dates of Julie Blanc's membership. */
export const DatesDAppartenance: Story = {
  args: { groupId: 'g-cdap-t1', panel: 'members' },
  play: async ({ canvasElement }) => clickMemberButton(canvasElement, 'edit-dates-button'),
};

/** A closing date in the past is refused before anything is sent (R6). */
export const DateDeClotureRefusee: Story = {
  args: { groupId: 'g-cdap-t6', panel: 'members' },
  play: async ({ canvasElement }) => {
    const members = await part(canvasElement, 'habil-group-members');
    await setField(members, 'accountId', 'a-roux');
    await setField(members, 'closingDate', '2025-05-30');
    await click(members, '#attach-form button[type="submit"]');
  },
};

/** Detaching asks first: the rights end today, the account stays open. */
export const Detacher: Story = {
  args: { groupId: 'g-bailleurs', panel: 'members' },
  play: async ({ canvasElement }) => clickMemberButton(canvasElement, 'detach-button'),
};

/**
 * Mathieu Durand, responsable of AFAS-DEC without "Afas - Habiliter", opens its members: the
 * widget says why he only reads them (R12), and offers no attachment the server would refuse.
 */
export const AfasHabiliterRequis: Story = {
  args: { groupId: 'g-afas-dec', panel: 'members' },
  parameters: { persona: 'responsable' },
  play: async ({ canvasElement }) => {
    const members = await part(canvasElement, 'habil-group-members');
    await until(() => [...(members.shadowRoot?.querySelectorAll('.note') ?? [])].some((note) => note.textContent?.includes('Afas')), 'the Afas note');
  },
};

/** The responsable reads the members of a group that is not his. */
export const MembresEnLecture: Story = { args: { groupId: 'g-cdap-t2', panel: 'members' }, parameters: { persona: 'responsable' } };
