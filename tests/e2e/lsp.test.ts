/**
 * End to end in the editor: the real VS Code ESLint language server (vscode-langservers-extracted) over stdio, in
 * the ESLint 10 consumer folder where the packed plugin is installed. What a user sees: the squiggle with its
 * docs link, the quick fix that edits the document, the squiggle gone after the edit, and a suggestion offered
 * as a code action where the plugin does not autofix.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consumer, fixturesDir, type Consumer } from './helpers/consumers.js';
import { commandOf, EslintLanguageServer, type Diagnostic } from './helpers/lsp-client.js';

const root = inject('e2eRoot');
let workspace: Consumer;
let server: EslintLanguageServer;
let docsUrlOf: (rule: string) => string | undefined;

beforeAll(async () => {
  workspace = await consumer(root, 'eslint10');
  // The docs URL as the installed plugin declares it, read from the same copy the server loads.
  const plugin = createRequire(join(workspace.dir, 'package.json'))('eslint-plugin-okta-oie') as {
    rules: Record<string, { meta: { docs: { url: string } } }>;
  };
  docsUrlOf = (rule) => plugin.rules[rule]?.meta.docs.url;
  server = await EslintLanguageServer.start(workspace.dir);
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((diagnostic) => diagnostic.code === `okta-oie/${rule}`);

describe('the VS Code ESLint language server with the packed plugin (ESLint 10 flat config)', () => {
  it('shows the widget flag with its docs link, fixes it with the quick fix, and offers the processCreds suggestion', async () => {
    const original = await readFile(join(fixturesDir, 'lsp', 'signin.js'), 'utf8');
    const file = join(workspace.dir, 'editor', 'signin.js');
    await mkdir(join(workspace.dir, 'editor'), { recursive: true });
    await writeFile(file, original);
    const uri = await server.open(file, 'javascript', original);
    const why = () => `server log:\n${server.log.join('\n')}\nevents: ${JSON.stringify(server.events)}`;

    // 1. The squiggles: one per finding, with the rule id as code and the rule's docs page as the link.
    const started = performance.now();
    const before = await server.diagnostics(uri);
    const firstPullMs = Math.round(performance.now() - started);
    expect(before.map((diagnostic) => diagnostic.code).sort(), why()).toEqual([
      'okta-oie/no-unsupported-widget-features',
      'okta-oie/no-widget-process-creds',
    ]);
    const [flag] = byRule(before, 'no-unsupported-widget-features');
    expect(flag).toMatchObject({
      source: 'eslint',
      severity: 1, // error
      range: { start: { line: 6, character: 4 } }, // `selfServiceUnlock: true` (0-based)
      codeDescription: { href: docsUrlOf('no-unsupported-widget-features') },
    });
    expect(flag?.message).toContain('features.selfServiceUnlock');
    expect(docsUrlOf('no-unsupported-widget-features')).toMatch(/^https:\/\/.+\/docs\/rules\/no-unsupported-widget-features\.md$/);
    const [processCreds] = byRule(before, 'no-widget-process-creds');
    expect(processCreds?.codeDescription?.href).toBe(docsUrlOf('no-widget-process-creds'));

    // 2. The light bulb on the flag: "Fix this … problem" runs eslint.applySingleFix.
    const flagActions = await server.quickFixes(uri, flag!);
    const fix = flagActions.map(commandOf).find((command) => command?.command === 'eslint.applySingleFix');
    expect(fix?.title).toBe('Fix this okta-oie/no-unsupported-widget-features problem');
    await server.execute(fix!);
    expect(server.appliedEdits).toHaveLength(1);
    const fixed = server.text(uri);
    expect(fixed).toBe(original.replace('    selfServiceUnlock: true,\n', ''));

    // 3. The editor sends the edited text; the squiggle is gone, the suggestion-only finding stays.
    await server.change(uri, fixed);
    const afterFix = await server.diagnostics(uri);
    expect(afterFix.map((diagnostic) => diagnostic.code)).toEqual(['okta-oie/no-widget-process-creds']);

    // 4. processCreds has no autofix: its light bulb offers the rule's suggestion (eslint.applySuggestion), not a fix.
    const [stillThere] = afterFix;
    const commands = (await server.quickFixes(uri, stillThere!)).map(commandOf);
    expect(commands.some((command) => command?.command === 'eslint.applySingleFix')).toBe(false);
    const suggestion = commands.find((command) => command?.command === 'eslint.applySuggestion');
    expect(suggestion?.title).toMatch(/processCreds.*\(okta-oie\/no-widget-process-creds\)$/);
    await server.execute(suggestion!);
    const suggested = server.text(uri);
    expect(suggested).toBe(fixed.replace('  processCreds(creds, callback) {\n    callback();\n  },\n', ''));
    await server.change(uri, suggested);
    expect(await server.diagnostics(uri)).toEqual([]);

    expect(server.events.filter((event) => event.method !== 'eslint/status'), why()).toEqual([]);
    console.log(`e2e lsp timings: first pull ${firstPullMs} ms`);
  }, 60_000);
});
