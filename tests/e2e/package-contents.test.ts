/**
 * The packed tarball as a user receives it: the files it must hold (license, changelog, every image the shipped
 * Markdown shows), and the report formatters reached through the package's `exports`, the way ESLint can load them.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { consumer, copyExample, packedTarball, type Consumer } from './helpers/consumers.js';
import { run, runOk } from './helpers/process.js';

const root = inject('e2eRoot');
let tarball: string;
let files: string[];
let eslint10: Consumer;
let eslint8: Consumer;

beforeAll(async () => {
  tarball = await packedTarball(root);
  const listing = await runOk('tar', ['-tzf', tarball], { cwd: root });
  files = listing.stdout.split('\n').filter(Boolean).map((path) => path.replace(/^package\//, ''));
  [eslint10, eslint8] = await Promise.all([consumer(root, 'eslint10'), consumer(root, 'eslint8')]);
}, 300_000);

/** Extracts one file of the tarball as text. */
async function packedText(file: string): Promise<string> {
  return (await runOk('tar', ['-xzOf', tarball, `package/${file}`], { cwd: root })).stdout;
}

describe('the packed tarball', () => {
  it('holds the license, the changelog and the readme', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json']) expect(files, file).toContain(file);
  });

  it('holds every image that its Markdown files show (README screenshot included)', async () => {
    const markdown = files.filter((file) => file.endsWith('.md'));
    const shown: string[] = [];
    for (const file of markdown) {
      for (const match of (await packedText(file)).matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
        const target = match[1]!;
        if (/^[a-z]+:/i.test(target)) continue;
        shown.push(posix.normalize(posix.join(posix.dirname(file), target)));
      }
    }
    expect(shown).toContain('docs/images/report.png');
    for (const image of shown) expect(files, image).toContain(image);
  });
});

describe('the report formatters as package exports', () => {
  /** What `node -p "require.resolve('eslint-plugin-okta-oie/formatter-…')"` prints in the user's project. */
  async function resolved(user: Consumer, name: string): Promise<string> {
    const result = await runOk(process.execPath, ['-p', `require.resolve('eslint-plugin-okta-oie/${name}')`], { cwd: user.dir });
    return result.stdout.trim();
  }

  it('resolve for require and import to the built formatters', async () => {
    for (const name of ['formatter-html', 'formatter-markdown', 'formatter-json']) {
      expect(await resolved(eslint10, name)).toBe(join(eslint10.dir, 'node_modules', 'eslint-plugin-okta-oie', 'dist', 'report', `${name}.cjs`));
      const imported = await runOk(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve('eslint-plugin-okta-oie/${name}'))`], {
        cwd: eslint10.dir,
      });
      expect(imported.stdout.trim()).toMatch(new RegExp(`/node_modules/eslint-plugin-okta-oie/dist/report/${name}\\.mjs$`));
    }
  });

  for (const [label, user] of [
    ['ESLint 10.15.0', () => eslint10],
    ['ESLint 8.57.1', () => eslint8],
  ] as const) {
    it(`${label}: -f with the resolved path writes the HTML and Markdown reports`, async () => {
      const app = await copyExample(user().dir, `formatters-${user().name}`);
      const html = await user().eslint(['-f', await resolved(user(), 'formatter-html'), app]);
      expect(html.stderr).toBe('');
      expect(html.stdout).toMatch(/^<!doctype html>/);
      expect(html.stdout).toContain('data-total="findings">');
      const markdown = await user().eslint(['-f', await resolved(user(), 'formatter-markdown'), app]);
      expect(markdown.stdout).toMatch(/^## Okta Identity Engine migration report/);
      expect(dirname(await resolved(user(), 'formatter-json'))).toBe(join(user().dir, 'node_modules', 'eslint-plugin-okta-oie', 'dist', 'report'));
    }, 120_000);
  }

  it("ESLint treats a -f value with a slash as a path, so the bare export name is not a formatter name (docs/report.md says so)", async () => {
    const bare = await run(join(eslint10.dir, 'node_modules', '.bin', 'eslint'), ['-f', 'eslint-plugin-okta-oie/formatter-html', 'eslint.config.mjs'], { cwd: eslint10.dir });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain(`There was a problem loading formatter: ${join(eslint10.dir, 'eslint-plugin-okta-oie', 'formatter-html')}`);
    const doc = await readFile(join(eslint10.dir, 'node_modules', 'eslint-plugin-okta-oie', 'docs', 'report.md'), 'utf8');
    expect(doc).toContain("require.resolve('eslint-plugin-okta-oie/formatter-html')");
  });
});
