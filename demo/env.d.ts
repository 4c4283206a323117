/** Set by vite.config.ts: what the demo talks to. */
interface ImportMetaEnv {
  readonly HABIL_BACKEND: 'server' | 'reference';
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
