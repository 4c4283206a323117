export * from './schemas.js';
export * from './problems.js';
export * from './labels.js';
export * from './rules.js';
export * from './text.js';
