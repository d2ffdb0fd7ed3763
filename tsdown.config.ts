import { defineConfig, type UserConfig } from 'tsdown';

/** The plugin and the report formatters: what users import or require (`exports` in package.json). */
const library = ['src/index.ts', 'src/report/formatter-html.ts', 'src/report/formatter-markdown.ts', 'src/report/formatter-json.ts'];
/**
 * ESM only: the `okta-oie-report` command (`bin`), and the options module ESLint's worker threads import for it
 * (`--concurrency` with the fallback config), which waits at its top level and so cannot be CommonJS.
 */
const command = ['src/report/cli.ts', 'src/report/fallback-options.ts'];

const shared: UserConfig = {
  dts: true,
  platform: 'node',
  target: 'node20',
  clean: true,
  // Most of the build is the declaration files; rolldown's "significant time in plugins" notice says so on every build.
  checks: { pluginTimings: false },
};

export default defineConfig([
  { ...shared, entry: [...library, ...command], format: 'esm' },
  { ...shared, entry: library, format: 'cjs' },
]);
