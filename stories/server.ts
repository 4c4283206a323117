/**
 * The reference server as the widgets' stories set it (.storybook/reference-server.ts runs it):
 * the day of the guides' screens it lives on, someone else acting on it meanwhile, and the
 * stories of a widget whose server never answers or fails.
 */
import type { PersonaId } from '../mocks/personas.js';
import type { ReferenceServer } from '../mocks/reference-server.js';
import { freshReferenceServer, neverAnswering, unavailable } from '../.storybook/reference-server.js';

/** The day of the guides' screens: the requests of 28/05/2025 are still pending, five days before tacit acceptance (R4). */
export const NOW = '2025-06-02T10:00:00+02:00';

/** Someone acts in another window: the story's server is replaced by one, on the guides' day, where `change` was made. */
export function meanwhile(persona: PersonaId, change: (server: ReferenceServer) => void): void {
  change(freshReferenceServer(persona, { now: NOW }));
}

/** The story of a widget whose `GET path` never answers: its loading state. */
export const loading = (path: string) => ({ parameters: neverAnswering(path) });

/** The story of a widget whose `GET path` fails: its error state, with the server's reason (`detail`, or none when empty). */
export const failing = (path: string, detail?: string) => ({ parameters: unavailable(path, detail) });
