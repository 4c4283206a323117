import { createContext } from '@lit/context';
import type { HabilClient } from './types.js';

/** The client shared by every widget under a provider (see `<habil-provider>`). */
export const habilClientContext = createContext<HabilClient | undefined>(Symbol.for('habil-client'));
