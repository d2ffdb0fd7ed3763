import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/report/cli.ts',
    'src/report/formatter-html.ts',
    'src/report/formatter-markdown.ts',
    'src/report/formatter-json.ts',
  ],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'node',
  target: 'node20',
  clean: true,
  // Most of the build is the declaration files; rolldown's "significant time in plugins" notice says so on every build.
  checks: { pluginTimings: false },
});
