// The Custom Elements Manifest: Storybook's docs and controls, and IDE hints for hosts.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/define.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
};
