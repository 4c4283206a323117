import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import { maintenance, neverAnswered, referenceHandlers, withHandlers } from '../../.storybook/reference-server.js';
import '../../src/account-search/define.js';
import type { HabilAccountSearch } from '../../src/account-search/define.js';
import type { RowAction } from '../../src/account-search/caf-actions.js';

/**
 * Every story runs on the reference server, acting as the persona of the toolbar (admin-carsat,
 * a local administrator of CARSAT ALSACE-MOSELLE, unless the story says otherwise). The stories
 * of actions open the right dialog with a short `play` function.
 */
interface Args {
  nom: string;
  prenom: string;
  identifier: string;
  inMyOrganisme: '' | 'true' | 'false';
  active: '' | 'true' | 'false';
  add: '' | 'true' | 'false';
  roleId: string;
  hasRole: '' | 'true' | 'false';
  groupId: string;
  conventionId: string;
}

const yesNo = { control: 'inline-radio', options: ['', 'true', 'false'] } as const;

const meta: Meta<Args> = {
  title: 'Widgets/Gestion des comptes',
  id: 'widgets-account-search',
  component: 'habil-account-search',
  args: { nom: '', prenom: '', identifier: '', inMyOrganisme: '', active: '', add: '', roleId: '', hasRole: '', groupId: '', conventionId: '' },
  argTypes: { inMyOrganisme: yesNo, active: yesNo, add: yesNo, hasRole: yesNo },
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 820 } } },
  render: (args) => html`
    <habil-account-search
      storage-key="habil-story-account-search"
      nom=${args.nom}
      prenom=${args.prenom}
      identifier=${args.identifier}
      in-my-organisme=${args.inMyOrganisme || nothing}
      active=${args.active || nothing}
      add=${args.add || nothing}
      role-id=${args.roleId}
      has-role=${args.hasRole || nothing}
      group-id=${args.groupId}
      convention-id=${args.conventionId}
    ></habil-account-search>
  `,
};
export default meta;

type Story = StoryObj<Args>;

// ---- what the play functions need: find things in the widget and wait for them ----------

async function until<T>(find: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function widgetIn(canvas: HTMLElement): HabilAccountSearch {
  return canvas.querySelector('habil-account-search')!;
}

const inWidget = <E extends Element>(w: HabilAccountSearch, selector: string) => w.shadowRoot!.querySelector<E>(selector);

/** Waits for the rows, then opens the menu of the row named `name` and chooses `action` (when given), whatever the language. */
async function rowAction(canvas: HTMLElement, name: string, action?: RowAction): Promise<HabilAccountSearch> {
  const w = widgetIn(canvas);
  const button = await until(() => {
    const rows = inWidget(w, 'habil-data-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [];
    const row = [...rows].find((tr) => tr.querySelector('th[scope="row"] [part~="name"]')?.textContent?.trim() === name);
    return row?.querySelector<HTMLButtonElement>('[part~="row-actions-button"]');
  }, `the row ${name}`);
  button.click();
  if (!action) return w;
  const item = await until(() => w.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="row-menu-item"][data-action="${action}"]`), `the action ${action}`);
  item.click();
  return w;
}

/** The play of a story: the menu of the row named `name` opened, and `action` chosen in it (when given). */
function onRow(name: string, action?: RowAction): Story['play'] {
  return async ({ canvasElement }) => {
    await rowAction(canvasElement, name, action);
  };
}

// ---- states -----------------------------------------------------------------------------

/** The accounts of my organisme (CARSAT ALSACE-MOSELLE), sorted by name, with the total and paging. */
export const Results: Story = {};

/** The first page is on its way: the table says it is loading and is marked busy. */
export const Loading: Story = {
  parameters: {
    msw: {
      handlers: {
        reference: [
          http.get('/api/accounts', async () => {
            await neverAnswered();
            return HttpResponse.json({});
          }),
          ...referenceHandlers,
        ],
      },
    },
  },
};

/** Nothing matches the criteria: the widget says so and how to widen the search. */
export const Empty: Story = { args: { nom: 'zzz' } };

/** The server failed: its reason in words, and "Réessayer" (which works: the next search is answered). */
export const ErrorWithRetry: Story = {
  parameters: withHandlers(http.get('/api/accounts', () => maintenance("L'annuaire des comptes est en maintenance jusqu'à 14 h."), { once: true })),
};

/** R1: a plain user (Coralie Living) may not search accounts; the server's refusal, in words. */
export const Forbidden: Story = { globals: { persona: 'user-carsat' } };

/** A page of inactive accounts, preset with `active="false"`. */
export const InactiveAccounts: Story = { args: { active: 'false' } };

/** People holding a role, preset with `role-id` ("Rôle sélectionné" + "Personnes ayant le rôle : Oui"). */
export const RoleHolders: Story = { args: { roleId: 'egap-guides', hasRole: 'true' } };

/** R2: the Agents de Direction are read only, and the row says why; the menu offers only reading. */
export const AddAccountsReadOnly: Story = { args: { add: 'true' }, play: onRow('RAYMOND Pierre') };

/**
 * R16: as a responsable habilitations (Mathieu Durand), the partner administrator and the
 * responsables of groups outside his tree are read only, whatever groups they belong to; the
 * row says why and the menu offers only reading.
 */
export const PrivilegedAccountsReadOnly: Story = { globals: { persona: 'responsable' }, args: { nom: 'martin' }, play: onRow('MARTIN') };

/** CAF "Liste des utilisateurs" of the convention, as its partner administrator (Pierre Martin). */
export const CafUsers: Story = { globals: { persona: 'partner-admin' } };

/** CAF, the members of one group ("Sélectionner un groupe"), preset with `group-id`. */
export const CafGroupMembers: Story = { globals: { persona: 'partner-admin' }, args: { groupId: 'g-cdap-t1' } };

/** English. */
export const InEnglish: Story = { globals: { locale: 'en' } };

// ---- actions ----------------------------------------------------------------------------

/** "Détails – accéder à la fiche": the record, with the roles grouped by application. */
export const Details: Story = { args: { nom: 'schneider' }, play: onRow('SCHNEIDER-KLEIN Hélène', 'view') };

/** "Consulter l'historique des actions sur le compte", newest first. */
export const History: Story = { args: { nom: 'benga' }, play: onRow('BENGA Émilie', 'history') };

/** "Affecter un rôle": the roles the person does not hold yet. */
export const AssignRole: Story = { args: { nom: 'ahova' }, play: onRow('AHOVA Emma', 'grant') };

/** "Supprimer un rôle": the roles the person holds and that can be removed. */
export const RemoveRole: Story = { args: { nom: 'schneider' }, play: onRow('SCHNEIDER-KLEIN Hélène', 'revoke') };

/** R6: temporary or permanent, with what each does. */
export const Deactivate: Story = { args: { nom: 'dona' }, play: onRow('DONA Carole', 'deactivate') };

/** R6 on CAF: a closing date, and the Afas warning naming the profiles still held (Anaïs Roux). */
export const DeactivateCafWithAfas: Story = { globals: { persona: 'partner-admin' }, args: { nom: 'roux' }, play: onRow('ROUX', 'deactivate') };

/** "Activer le compte", after a confirmation. */
export const Reactivate: Story = { args: { active: 'false' }, play: onRow("D'ARTAGNAN Louis", 'reactivate') };

/** R9: a person of another organisme, found with "Personne dans mon organisme : Non", and the guide's confirmation. */
export const AttachNewcomer: Story = { args: { inMyOrganisme: 'false', nom: 'tologue' }, play: onRow('TOLOGUE Déon', 'attach') };

/** "Nouveau": the account form in a dialog. */
export const NewAccount: Story = {
  play: async ({ canvasElement }) => {
    const w = widgetIn(canvasElement);
    const button = await until(() => inWidget<HTMLButtonElement>(w, '[part~="new-button"]'), 'the "Nouveau" button');
    button.click();
  },
};

/** "Modifier": the account form filled with the account. */
export const EditAccount: Story = { args: { nom: 'weber', prenom: 'thomas' }, play: onRow('WEBER Thomas', 'edit') };

/** CAF: "Renvoi de l'identifiant par mail", after saying where it goes. */
export const ResendIdentifier: Story = { globals: { persona: 'partner-admin' }, args: { nom: 'durand' }, play: onRow('DURAND', 'resend-identifier') };

/** CAF, « Autres actions » › « Ajouter à un groupe » (fiche 4): the open groups he is not in, from today. */
export const CafAddToGroup: Story = { globals: { persona: 'partner-admin' }, args: { nom: 'benali' }, play: onRow('BENALI', 'add-to-group') };

/** The same as a responsable habilitations (Mathieu Durand): only his groups, not the Afas group he may not manage (R12). */
export const CafAddToGroupAsResponsable: Story = { globals: { persona: 'responsable' }, args: { nom: 'benali' }, play: onRow('BENALI', 'add-to-group') };

/** CAF, « Gérer l'appartenance de l'utilisateur » (fiche 6): his groups and their dates, « Modifier les dates » and « Détacher ». */
export const CafManageMemberships: Story = { globals: { persona: 'partner-admin' }, args: { nom: 'benali' }, play: onRow('BENALI', 'manage-memberships') };

/** CAF, « Désactiver un responsable habilitations »: a new responsable for each of her groups first (R11), then the closing date. */
export const CafDeactivateResponsable: Story = { globals: { persona: 'partner-admin' }, args: { nom: 'garnier' }, play: onRow('GARNIER', 'deactivate-responsable') };

/** As a responsable habilitations, a user who is the responsable of a group is not closed from here: the menu says why. */
export const CafResponsableClosedByThePartnerAdministrator: Story = { globals: { persona: 'responsable' }, args: { nom: 'blanc' }, play: onRow('BLANC') };

/** R15: someone else changed the account meanwhile; the widget reloads it and says so (the server answers 412 here). */
export const Conflict: Story = {
  args: { active: 'false' },
  parameters: {
    msw: {
      handlers: {
        reference: [
          http.post('/api/accounts/:id/reactivate', () =>
            HttpResponse.json(
              { type: '/problems/stale-write', code: 'stale-write', title: 'Version périmée', status: 412, rule: 'R15', currentVersion: 9 },
              { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
            ),
          ),
          ...referenceHandlers,
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const w = await rowAction(canvasElement, "D'ARTAGNAN Louis", 'reactivate');
    const confirm = await until(() => inWidget(w, '#confirm')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="confirm-button"]'), 'the confirmation');
    await until(() => confirm.closest('dialog')?.open, 'the open confirmation');
    confirm.click();
  },
};

/** Selects every row of the page (« Tout » when the result is longer), then starts the bulk action `action`. */
async function bulk(canvas: HTMLElement, action: string): Promise<HabilAccountSearch> {
  const w = widgetIn(canvas);
  const all = await until(() => inWidget(w, 'habil-data-table')?.shadowRoot?.querySelector<HTMLInputElement>('[part~="select-all"]:not(:disabled)'), 'the rows');
  all.click();
  const button = await until(() => inWidget<HTMLButtonElement>(w, `[part~="bulk-button"][data-action="${action}"]`), 'the bulk button');
  button.click();
  return w;
}

/**
 * R10: the rows of the page ticked one by one (the names starting with R, among them an Agent de
 * Direction, read only), then « Désactiver »: the progress, and the report naming the ADD account
 * refused with the reason.
 */
export const BulkPartialFailure: Story = {
  args: { nom: 'r' },
  play: async ({ canvasElement }) => {
    const w = widgetIn(canvasElement);
    // The rows' check boxes: while the first page loads, the body holds only the loading row.
    const boxes = await until(() => {
      const found = [...(inWidget(w, 'habil-data-table')?.shadowRoot?.querySelectorAll<HTMLInputElement>('tbody [part~="select-row"]') ?? [])];
      return found.length > 0 && found;
    }, 'the rows');
    for (const box of boxes) box.click();
    const deactivate = await until(() => inWidget<HTMLButtonElement>(w, '[part~="bulk-button"][data-action="deactivate"]'), 'the bulk button');
    deactivate.click();
    const dialog = await until(() => inWidget(w, '#deactivation')?.shadowRoot?.querySelector('dialog[open]'), 'the deactivation dialog');
    dialog.querySelector<HTMLInputElement>('input[value="temporary"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    dialog.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    await until(() => inWidget(w, '[part~="bulk-report"]'), 'the report', 15000);
  },
};

/**
 * « Tout », then « Désactiver »: the dialog says before the action how many accounts of the
 * result cannot be deactivated (the Agents de Direction, read only), and the report lists them
 * as left out — none is sent to be refused.
 */
export const BulkLeavesOutReadOnly: Story = {
  play: async ({ canvasElement }) => {
    const w = await bulk(canvasElement, 'deactivate');
    const dialog = await until(() => inWidget(w, '#deactivation')?.shadowRoot?.querySelector('dialog[open]'), 'the deactivation dialog');
    dialog.querySelector<HTMLInputElement>('input[value="temporary"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    dialog.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    const report = await until(() => inWidget(w, '[part~="bulk-report"]'), 'the report', 15000);
    report.querySelector<HTMLDetailsElement>('.left-out')?.setAttribute('open', '');
  },
};

/**
 * « Rôle sélectionné » + « Personnes ayant le rôle : Oui », « Tout », then « Supprimer un rôle »:
 * the role of the result is chosen in advance, with focus; the confirmation then says that the
 * read-only holders (the Agents de Direction) are left out.
 */
export const BulkRemoveRoleOfTheResult: Story = {
  args: { roleId: 'contentieux-organisme', hasRole: 'true' },
  play: async ({ canvasElement }) => {
    await bulk(canvasElement, 'revoke');
  },
};
