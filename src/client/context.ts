import { createContext } from '@lit/context';
import type { HabilClient } from './types.js';

/**
 * The client shared by every widget under a provider (see `<habil-provider>`). Consume it with
 * `subscribe: true`: a page may set or replace the provider's client after the widgets connect.
 */
export const habilClientContext = createContext<HabilClient | undefined>(Symbol.for('habil-client'));
