/**
 * docs/coverage.md accounts for every item of both source documents: each heading, each bug ticket and each
 * documentation bullet of the release notes, each feature record; and every rule it names is in the plugin or in
 * the spec's rule tables (the ones still to be written are printed, not failed).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReleaseNotes } from '../../scripts/release-notes.mjs';
import { features } from '../../src/data/features.js';

const shared = (path: string) => fileURLToPath(new URL(`../../../shared/${path}`, import.meta.url));
const limitationsFile = shared('sources/000_1d72de7c2d133541.txt');
const releaseNotesFile = shared('sources/004_10b226dc17df5030.txt');
const coverage = readFileSync(fileURLToPath(new URL('../../docs/coverage.md', import.meta.url)), 'utf8');
const coverageLines = coverage.split('\n');

/** `### …` and `#### …` headings: groups and items (document titles and month headings are not items). */
function headings(text: string): string[] {
  return [...text.matchAll(/^#{3,4} (.+?)\s*$/gm)].map((match) => match[1]!);
}

/** A heading is covered when it is a heading of coverage.md or the first cell of a table row. */
function covers(heading: string): boolean {
  return coverageLines.some((line) => line === `### ${heading}` || line.startsWith(`| ${heading} |`));
}

/** How coverage.md names a documentation bullet: its first six words, links and code marks reduced to their text. */
function bulletKey(bullet: string): string {
  return bullet
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
}

/** The rules the plugin has: the keys of src/rules/index.ts (read as text, so a rule in progress cannot break this test). */
function ruleIdsOfPlugin(): string[] {
  const index = readFileSync(fileURLToPath(new URL('../../src/rules/index.ts', import.meta.url)), 'utf8');
  return [...index.matchAll(/^\s+'([a-z0-9-]+)': [A-Za-z]+,$/gm)].map((match) => match[1]!);
}

function ruleIdsOfSpec(): string[] {
  return [...readFileSync(shared('SPEC.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]!);
}

const limitations = readFileSync(limitationsFile, 'utf8');
const releaseNotes = parseReleaseNotes(readFileSync(releaseNotesFile, 'utf8'), { file: releaseNotesFile });

describe('docs/coverage.md', () => {
  it('lists every heading of the Identity Engine limitations', () => {
    const found = headings(limitations);
    expect(found).toHaveLength(17);
    expect(found.filter((heading) => !covers(heading))).toEqual([]);
  });

  it('lists every release and item heading of the 2026 release notes', () => {
    const found = headings(readFileSync(releaseNotesFile, 'utf8'));
    expect(found).toHaveLength(6 + 29);
    expect(found.filter((heading) => !covers(heading))).toEqual([]);
  });

  it('lists every bug of the release notes by its ticket, and every documentation bullet', () => {
    const sections = releaseNotes.releases.flatMap((release) => release.sections);
    const tickets = sections.filter((section) => section.kind === 'bugs').flatMap((section) => section.tickets);
    expect(tickets).toHaveLength(11);
    expect(tickets.filter((ticket) => !coverage.includes(ticket))).toEqual([]);
    const bullets = sections.filter((section) => section.kind === 'docs').flatMap((section) => section.bullets.map(bulletKey));
    expect(bullets).toHaveLength(10);
    expect(bullets.filter((key) => !coverageLines.some((line) => line.startsWith(`| ↳ ${key}`)))).toEqual([]);
  });

  it('names the feature record of every lifecycle item', () => {
    expect(features.filter((feature) => !coverage.includes(`\`${feature.id}\``)).map((feature) => feature.id)).toEqual([]);
  });

  it('names only rules that exist or that the spec plans, and every one of both', () => {
    const named = [...new Set([...coverage.matchAll(/\]\(rules\/([a-z0-9-]+)\.md\)/g)].map((match) => match[1]!))];
    const planned = ruleIdsOfSpec();
    const existing = ruleIdsOfPlugin();
    expect(existing).toContain('no-unsupported-widget-features');
    expect(planned.length).toBeGreaterThanOrEqual(34);
    expect(named.filter((id) => !existing.includes(id) && !planned.includes(id))).toEqual([]);
    expect(planned.filter((id) => !named.includes(id))).toEqual([]);
    expect(existing.filter((id) => !named.includes(id))).toEqual([]);
    for (const match of coverage.matchAll(/\[([a-z0-9-]+)\]\(rules\/([a-z0-9-]+)\.md\)/g)) expect(match[1]).toBe(match[2]);
    const missing = named.filter((id) => !existing.includes(id));
    if (missing.length > 0) console.info(`docs/coverage.md names ${missing.length} rules not written yet: ${missing.join(', ')}`);
  });
});
