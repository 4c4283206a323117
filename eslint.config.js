// `npm run lint` (run by `npm test`): ESLint with typescript-eslint on every file, and on the
// widgets' templates eslint-plugin-lit and eslint-plugin-lit-a11y; then lit-analyzer checks the
// templates' bindings against the elements' types (package.json `lint`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TEMPLATES = ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'];
const TESTS = ['test/**/*.ts', 'server/test/**/*.ts', 'server/conformance/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-demo/', 'dist-demo-server/', 'storybook-static/', 'node_modules/', '.habil-data/', 'public/mockServiceWorker.js', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: TEMPLATES, ...lit.configs['flat/recommended'] },
  { files: TEMPLATES, ...litA11y.configs.recommended },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      // An unused parameter or binding kept for its position is named with a leading `_`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // `declare global { namespace JSX … }`: how React's types are extended.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // The lists drawn without bullets keep role="list": WebKit drops the list semantics of a
      // `list-style: none` list, and VoiceOver users would lose « liste, 5 éléments ».
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: TESTS,
    rules: {
      // chai's assertions are properties: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read the JSON bodies of HTTP answers as they come.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
