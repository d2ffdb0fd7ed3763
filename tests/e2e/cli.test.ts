/**
 * End to end on the command line: the packed tarball installed, as a user installs it, next to ESLint 10, 9 and
 * 8.57, linting and fixing the bundled Classic-era example app, a Vue component and an HTML page. Also the
 * settings error a user sees, the type-check of a user's `eslint.config.ts`, and publint / attw on the tarball.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it, type ExpectStatic } from 'vitest';
import { consumer, copyExample, exampleApp, fixturesDir, packedTarball, repoRoot, type Consumer } from './helpers/consumers.js';
import { countFindings, parseResults } from './helpers/eslint-results.js';
import { run } from './helpers/process.js';

const root = inject('e2eRoot');
const timings: string[] = [];
let eslint10: Consumer;
let eslint9: Consumer;
let eslint8: Consumer;

beforeAll(async () => {
  const started = performance.now();
  [eslint10, eslint9, eslint8] = await Promise.all([consumer(root, 'eslint10'), consumer(root, 'eslint9'), consumer(root, 'eslint8')]);
  timings.push(
    `installs ${Math.round(performance.now() - started)} ms (eslint10 ${eslint10.installMs}, eslint9 ${eslint9.installMs}, eslint8 ${eslint8.installMs})`,
  );
}, 300_000);

afterAll(() => {
  console.log(`e2e cli timings: ${timings.join('; ')}`);
});

const rule = (id: string, kind: 'fix' | 'suggestion') => `okta-oie/${id} (${kind})`;

/** What the recommended config reports in `examples/classic-widget-app`, by file. */
const exampleFindings = {
  'config/widget-config.json': {
    [rule('no-unsupported-widget-features', 'fix')]: 2, // features.callRecovery, features.emailRecovery
    [rule('no-widget-security-image', 'fix')]: 1, // features.securityImage
  },
  'src/login.js': {
    [rule('no-classic-self-service-registration', 'fix')]: 2, // policyId, features.registration (once, not twice)
    [rule('no-unsupported-widget-features', 'fix')]: 2, // features.selfServiceUnlock, features.smsRecovery
    [rule('no-widget-help-support-number', 'fix')]: 1, // helpSupportNumber
    [rule('no-widget-need-help-string', 'suggestion')]: 1, // i18n.en.needhelp
    [rule('no-widget-process-creds', 'suggestion')]: 1, // processCreds
  },
  'src/signin.ts': {
    [rule('no-unsupported-widget-features', 'fix')]: 4, // idpDiscovery and webauthn (spread defaults), autoPush, multiOptionalFactorEnroll
    [rule('no-widget-classic-piv', 'suggestion')]: 1, // piv.certAuthUrl
  },
};

/** The findings `--fix` cannot remove: each has an editor suggestion instead. */
function suggestionOnly(findings: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  const left: Record<string, Record<string, number>> = {};
  for (const [file, counts] of Object.entries(findings)) {
    const kept = Object.entries(counts).filter(([key]) => !key.endsWith('(fix)'));
    if (kept.length > 0) left[file] = Object.fromEntries(kept);
  }
  return left;
}

async function expectFixedLike(expect: ExpectStatic, dir: string, expectedDir: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    expect.soft(await readFile(join(dir, file), 'utf8'), `${file} after --fix`).toBe(await readFile(join(expectedDir, file), 'utf8'));
  }
}

/**
 * Lints a fresh copy of the example, fixes it and lints it again. Asserts the findings of both runs and the fixed
 * text; `lintsJson` says whether this ESLint reads JSON files (with @eslint/json: ESLint 9 and 10).
 */
async function lintFixRelint(expect: ExpectStatic, user: Consumer, lintsJson: boolean): Promise<void> {
  const app = await copyExample(user.dir, 'example-app');
  const expected: Record<string, Record<string, number>> = { ...exampleFindings };
  if (!lintsJson) delete expected['config/widget-config.json'];

  const first = await user.eslint(['-f', 'json', 'example-app']);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(1);
  expect(countFindings(parseResults(first.stdout), app)).toEqual(expected);

  const fix = await user.eslint(['--fix', 'example-app']);
  expect(fix.stderr).toBe('');
  expect(fix.code, 'suggestion-only errors (processCreds) stay').toBe(1);

  const second = await user.eslint(['-f', 'json', 'example-app']);
  expect(second.stderr).toBe('');
  const results = parseResults(second.stdout);
  expect(countFindings(results, app)).toEqual(suggestionOnly(expected));
  expect(results.flatMap((result) => result.messages).filter((message) => message.fix)).toEqual([]);

  const fixedDir = join(fixturesDir, 'expected', 'classic-widget-app');
  await expectFixedLike(expect, app, fixedDir, ['src/login.js', 'src/signin.ts']);
  await expectFixedLike(expect, app, lintsJson ? fixedDir : exampleApp, ['config/widget-config.json']);
  timings.push(`${user.name} lint ${first.ms} ms, fix ${fix.ms} ms, relint ${second.ms} ms`);
}

describe.concurrent('the packed plugin on the command line', () => {
  it('ESLint 10.15.0, eslint.config.mjs: reports the example app, --fix removes the fixable flags, a second run has no fix left', async ({ expect }) => {
    await lintFixRelint(expect, eslint10, true);
  }, 120_000);

  it('ESLint 9.39.5, flat config: the same findings and the same fixed files', async ({ expect }) => {
    await lintFixRelint(expect, eslint9, true);
  }, 120_000);

  it('ESLint 8.57.1, .eslintrc.json with plugin:okta-oie/legacy-recommended: the same JS and TS findings and fixes', async ({ expect }) => {
    await lintFixRelint(expect, eslint8, false);
  }, 120_000);

  it('ESLint 10: a Vue single-file component (vue-eslint-parser) and an HTML page with the CDN widget (eslint-plugin-html) report and fix', async ({ expect }) => {
    const web = join(eslint10.dir, 'web');
    await cp(join(fixturesDir, 'web'), web, { recursive: true });
    const expected = {
      'SignIn.vue': {
        [rule('no-classic-self-service-registration', 'fix')]: 1,
        [rule('no-widget-help-support-number', 'fix')]: 1,
        [rule('no-widget-security-image', 'fix')]: 1,
      },
      'login.html': {
        [rule('no-unsupported-widget-features', 'fix')]: 2,
        [rule('no-widget-help-support-number', 'fix')]: 1,
        [rule('no-widget-process-creds', 'suggestion')]: 1,
      },
    };

    const first = await eslint10.eslint(['-f', 'json', 'web']);
    expect(first.stderr).toBe('');
    expect(countFindings(parseResults(first.stdout), web)).toEqual(expected);

    const fix = await eslint10.eslint(['--fix', 'web']);
    expect(fix.stderr).toBe('');

    const second = await eslint10.eslint(['-f', 'json', 'web']);
    expect(countFindings(parseResults(second.stdout), web)).toEqual(suggestionOnly(expected));
    await expectFixedLike(expect, web, join(fixturesDir, 'expected', 'web'), ['SignIn.vue', 'login.html']);
    timings.push(`vue+html lint ${first.ms} ms, fix ${fix.ms} ms, relint ${second.ms} ms`);
  }, 120_000);

  it('ESLint 10: a bad settings[\'okta-oie\'] fails the run with one message naming the key and the allowed values, no stack trace', async ({ expect }) => {
    await copyExample(eslint10.dir, 'bad-settings-app');
    const files = ['bad-settings-app/src/login.js', 'bad-settings-app/config/widget-config.json'];
    const problem = "settings['okta-oie'].engine is 'oei'; allowed values: 'identity', 'classic'.";

    const lint = await eslint10.eslint(['-c', 'bad-settings.config.mjs', '-f', 'json', ...files]);
    expect(lint.code).toBe(1);
    // A crash would print "Oops! Something went wrong" and a stack trace to stderr, and no JSON.
    expect(lint.stderr).toBe('');
    const results = parseResults(lint.stdout);
    expect(results).toHaveLength(2);
    for (const result of results) {
      // One message per file and no finding: with a bad setting the rules report the setting and stop.
      expect(result.messages, result.filePath).toHaveLength(1);
      const [message] = result.messages;
      expect(message?.ruleId).toMatch(/^okta-oie\//);
      expect(message?.severity).toBe(2);
      expect(message?.message).toBe(`Invalid eslint-plugin-okta-oie setting: ${problem}`);
    }
    timings.push(`bad settings ${lint.ms} ms`);
  }, 60_000);

  it("ESLint 10: a user's eslint.config.ts type-checks against the installed package (skipLibCheck false) and loads", async ({ expect }) => {
    const tsc = await run(join(eslint10.dir, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: eslint10.dir });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);

    // The same file is a working config: ESLint loads it through jiti and it reports what the .mjs config reports,
    // with the hand-registered block turning processCreds into a warning in .js files.
    const app = await copyExample(eslint10.dir, 'ts-config-app');
    const lint = await eslint10.eslint(['-c', 'eslint.config.ts', '-f', 'json', 'ts-config-app']);
    expect(lint.stderr).toBe('');
    const results = parseResults(lint.stdout);
    expect(countFindings(results, app)).toEqual(exampleFindings);
    const processCreds = results.flatMap((result) => result.messages).filter((message) => message.ruleId === 'okta-oie/no-widget-process-creds');
    expect(processCreds.map((message) => message.severity)).toEqual([1]);
    timings.push(`tsc ${tsc.ms} ms, eslint.config.ts lint ${lint.ms} ms`);
  }, 120_000);

  it('the tarball passes publint and attw (no problems in any module resolution)', async ({ expect }) => {
    const tarball = await packedTarball(root);
    const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

    const publint = await run(bin('publint'), ['--strict', tarball], { cwd: root });
    expect(publint.stdout + publint.stderr).toContain('All good!');
    expect(publint.code).toBe(0);

    const attw = await run(bin('attw'), ['--format', 'json', tarball], { cwd: root });
    const report = JSON.parse(attw.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './formatter-html', './formatter-json', './formatter-markdown', './package.json']);
    expect(report.analysis.problems).toEqual([]);
    expect(attw.code).toBe(0);
    timings.push(`publint ${publint.ms} ms, attw ${attw.ms} ms`);
  }, 60_000);
});
