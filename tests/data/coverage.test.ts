/**
 * docs/coverage.md names only things that exist: every rule it links is a rule of the plugin, every feature record
 * it names is in src/data/features.json, and every rule and feature record is named. Whether it accounts for every
 * item of Okta's documents is `npm run data:check -- <notes.md>`'s job: the repository keeps no copy of them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkedRules, namedFeatures, parseCoverage } from '../../scripts/coverage.mjs';
import { features } from '../../src/data/features.js';

const coverage = readFileSync(fileURLToPath(new URL('../../docs/coverage.md', import.meta.url)), 'utf8');
const rows = parseCoverage(coverage).flatMap((section) => section.rows.map((row) => ({ ...row, section: section.heading })));

/** The rules the plugin has: the keys of src/rules/index.ts (read as text, so a rule in progress cannot break this test). */
function ruleIdsOfPlugin(): string[] {
  const index = readFileSync(fileURLToPath(new URL('../../src/rules/index.ts', import.meta.url)), 'utf8');
  return [...index.matchAll(/^\s+'([a-z0-9-]+)': [A-Za-z]+,$/gm)].map((match) => match[1]!);
}

describe('docs/coverage.md', () => {
  const existing = ruleIdsOfPlugin();
  const named = [...new Set([...coverage.matchAll(/\]\(rules\/([a-z0-9-]+)\.md\)/g)].map((match) => match[1]!))];

  it('links only rules the plugin has, each by its own id, and names every rule', () => {
    expect(existing).toContain('no-unsupported-widget-features');
    expect(named.filter((id) => !existing.includes(id))).toEqual([]);
    expect(existing.filter((id) => !named.includes(id))).toEqual([]);
    for (const match of coverage.matchAll(/\[([a-z0-9-]+)\]\(rules\/([a-z0-9-]+)\.md\)/g)) expect(match[1]).toBe(match[2]);
    for (const row of rows) for (const id of linkedRules(row.coveredBy)) expect(existing, `${row.section}: ${row.item}`).toContain(id);
  });

  it('names only feature records the data has in its Feature column', () => {
    const ids = new Set(features.map((feature) => feature.id));
    for (const row of rows) for (const id of namedFeatures(row.feature)) expect(ids.has(id), `${row.section}: ${row.item} names ${id}`).toBe(true);
  });
});
