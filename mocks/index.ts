export { createReferenceServer, seedStore, type ReferenceServer, type ReferenceServerOptions } from './reference-server.js';
export { PERSONAS, DEFAULT_PERSONA, type PersonaId } from './personas.js';
export { ReferenceStore, Clock } from './store.js';
export { generateAccounts } from './seed/generator.js';
