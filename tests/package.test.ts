/**
 * What the package says about itself: its license, its changelog, and a build that prints no warning and makes every
 * file that `exports`, `typesVersions`, `bin` and the legacy entry fields point to. (What goes into the tarball is checked on the packed
 * tarball itself, in tests/e2e/cli.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { newestReleaseDate } from '../src/data/features.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
  main: string;
  module: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  typesVersions: Record<string, unknown>;
};

describe('LICENSE', () => {
  it('is the MIT license that package.json names', () => {
    expect(manifest.license).toBe('MIT');
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toMatch(/^Copyright \(c\) \d{4} \S/m);
    expect(license.replace(/\s+/g, ' ')).toContain(
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction',
    );
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('CHANGELOG.md', () => {
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const entries = [...changelog.matchAll(/^## (\d+\.\d+\.\d+\S*)(.*)$/gm)];

  /** The text of one version's entry, up to the next `## ` heading. */
  function entry(version: string): string {
    const heading = entries.find((match) => match[1] === version);
    if (!heading) throw new Error(`CHANGELOG.md has no entry "## ${version}"`);
    const start = heading.index + heading[0].length;
    const next = changelog.indexOf('\n## ', start);
    return changelog.slice(start, next === -1 ? undefined : next);
  }

  it('has an entry for the version in package.json, newest first', () => {
    expect(entries[0]?.[1]).toBe(manifest.version);
  });

  it('says that results change between versions as the data and the default asOf move', () => {
    const preface = changelog.slice(0, entries[0]?.index);
    expect(preface).toContain('## Results change between versions');
    expect(preface).toMatch(/The data moves/);
    expect(preface).toMatch(/The default `asOf` moves/);
  });

  it("names this version's default asOf: the newest release date in the plugin's data", () => {
    // Fails when the feature data moves on and the changelog does not say so.
    expect(entry(manifest.version)).toContain(`Default \`asOf\`: \`${newestReleaseDate}\`.`);
  });
});

describe('npm run build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'okta-oie-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('prints no warning (no Node 20 deprecation notice) and makes every file the manifest points to', () => {
    const build = spawnSync('npm', ['run', 'build', '--', '--out-dir', outDir], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).toBe(0);
    expect(output).not.toMatch(/deprecat|warn/i);

    const targets = new Set<string>([manifest.main, manifest.module, manifest.types, ...Object.values(manifest.bin)]);
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.add(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(manifest.exports);
    collect(manifest.typesVersions);
    const built = [...targets].filter((target) => target.startsWith('./dist/'));
    expect(built.length).toBeGreaterThan(10);
    for (const target of built) expect(existsSync(join(outDir, target.slice('./dist/'.length))), target).toBe(true);
  }, 120_000);
});
