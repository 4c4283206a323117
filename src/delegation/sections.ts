/**
 * Which sections of `<habil-delegation>` the connected person may see (from the server's
 * `Me`), and which one is on screen: the one `view` names, or the tab the user chose.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Me, PersonaRole } from '../domain/index.js';
import type { FlowPanels } from './flow.js';
import type { FocusMover } from './focus.js';
import type { DelegationText } from './messages.js';

/** The sections of the widget, in the order of the guides' menus. */
export const DELEGATION_SECTIONS = ['local-admins', 'all-local-admins', 'partner-admins', 'responsables'] as const;

/**
 * `local-admins`: "Vos administrateurs locaux"; `all-local-admins`: "Tous les administrateurs
 * locaux"; `partner-admins`: the CAF partner administrators; `responsables`: the responsables
 * habilitations of the groups of a convention.
 */
export type DelegationSection = (typeof DELEGATION_SECTIONS)[number];

/** `auto`: every section the connected person may see, as tabs; a section: that one alone. */
export type DelegationView = 'auto' | DelegationSection;

/** The sections that show a CAF convention (its partner, its groups). */
export const CAF_SECTIONS: readonly DelegationSection[] = ['partner-admins', 'responsables'];

/** The people who read conventions, their groups and their partner administrators. */
const CAF_READERS: readonly PersonaRole[] = ['partner-admin', 'responsable', 'caf-agent'];

/** The sections the server lets this person see (Me.actions and Me.roles), in the order of the menus. */
export function sectionsFor(me: Me): DelegationSection[] {
  const sections: DelegationSection[] = [];
  if (me.actions.includes('manage-delegation')) sections.push('local-admins');
  if (me.actions.includes('read-all-local-admins')) sections.push('all-local-admins');
  if (me.roles.some((role) => CAF_READERS.includes(role)) && me.conventionIds.length > 0) sections.push(...CAF_SECTIONS);
  return sections;
}

const LABEL_KEYS = {
  'local-admins': 'tabLocalAdmins',
  'all-local-admins': 'tabAllLocalAdmins',
  'partner-admins': 'tabPartnerAdmins',
  responsables: 'tabResponsables',
} as const;

/** The name of a section: its tab, its title. */
export function sectionLabel(t: DelegationText, section: DelegationSection): string {
  return t.msg(LABEL_KEYS[section]);
}

export interface SectionsOptions {
  /** Who is connected, once the server said it. */
  me: () => Me | undefined;
  /** The host's `view`. */
  view: () => DelegationView;
  flows: FlowPanels;
  focus: FocusMover;
}

/**
 * What shows, decided once an update, before the sections' Tasks read it (to read their lists
 * only while they show) and before the host renders it.
 */
export class SectionsController implements ReactiveController {
  /** The sections the person may see. */
  all: DelegationSection[] = [];
  /** The section on screen, or undefined when the person may see none (or not the one `view` names). */
  shown: DelegationSection | undefined;
  /** A UCANSS person who may not see the local administrators sees his contacts instead. */
  showsContacts = false;
  /** The tab the user chose, with `view="auto"`. */
  private tab: DelegationSection | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SectionsOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const me = this.options.me();
    const view = this.options.view();
    const sections = me ? sectionsFor(me) : [];
    this.all = sections;
    if (view !== 'auto') this.shown = sections.includes(view) ? view : undefined;
    else this.shown = this.tab && sections.includes(this.tab) ? this.tab : sections[0];
    this.showsContacts = me?.account.space === 'ucanss' && !sections.some((section) => section === 'local-admins' || section === 'all-local-admins');
  }

  /** The user chose a tab: what he was doing in the section he leaves is dropped. */
  async select(section: DelegationSection, focus: boolean): Promise<void> {
    if (section !== this.shown) {
      this.tab = section;
      this.options.flows.dismiss();
      this.host.requestUpdate();
    }
    if (focus) await this.options.focus.focusOn(`#tab-${section}`);
  }
}
