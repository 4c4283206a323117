/**
 * The CAF sections of `<habil-delegation>` (fiches 14–16): the partner administrators and the
 * responsables habilitations of the convention shown. They always show together, for the same
 * people, and share the convention: they are one part, loaded with their words when one of their
 * tabs first shows (or is about to: the tab list reached), with the writes they send.
 */
import type { TemplateResult } from 'lit';
import { partWords } from '../internal/localize.js';
import { cafMessages, type CafText } from './caf.messages.js';
import { sectionWrites } from './confirmed-write.js';
import { ConventionsController } from './conventions.js';
import { PartnerAdminsController } from './partner-admins.js';
import { renderPartnerAdmins } from './partner-admins.view.js';
import { ResponsablesController } from './responsables.js';
import { renderResponsables } from './responsables.view.js';
import type { DelegationContext } from './section-context.js';
import type { SectionView } from './section-parts.js';
import { addSectionPartStyles } from './section-parts.styles.js';

/** What a CAF section's view is given: the host's, and the words of the CAF sections. */
export interface CafView extends SectionView {
  w: CafText;
}

export type CafSection = 'partner-admins' | 'responsables';

export async function createCafSections(context: DelegationContext): Promise<Record<CafSection, (view: SectionView) => TemplateResult>> {
  const w = await partWords(context.host, cafMessages);
  addSectionPartStyles(context.host);
  const writes = sectionWrites(context);
  // The convention first: the lists of the partner and of the groups read the one it shows.
  const conventions = new ConventionsController(context);
  const partnerAdmins = new PartnerAdminsController(context, conventions, w, writes);
  const responsables = new ResponsablesController(context, conventions, w, writes);
  return {
    'partner-admins': (view) => renderPartnerAdmins(partnerAdmins, conventions, { ...view, w }),
    responsables: (view) => renderResponsables(responsables, conventions, { ...view, w }),
  };
}
