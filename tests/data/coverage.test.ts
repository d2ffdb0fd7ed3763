/**
 * docs/coverage.md names only things that exist: every rule it links is a rule of the plugin, every feature record
 * it names is in src/data/features.json, and every rule and feature record is named; every release of the data has
 * its section; the rows that wait for a rule are exactly the ones listed below. Whether it accounts for every item
 * of Okta's documents is `npm run data:check -- <notes.md>`'s job: the repository keeps no copy of them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkedRules, namedFeatures, parseCoverage, pendingRuleMarker, releaseHeading } from '../../scripts/coverage.mjs';
import { featureData, features } from '../../src/data/features.js';

const coverage = readFileSync(fileURLToPath(new URL('../../docs/coverage.md', import.meta.url)), 'utf8');
const rows = parseCoverage(coverage).flatMap((section) => section.rows.map((row) => ({ ...row, section: section.heading })));

/** The rules the plugin has: the keys of src/rules/index.ts (read as text, so a rule in progress cannot break this test). */
function ruleIdsOfPlugin(): string[] {
  const index = readFileSync(fileURLToPath(new URL('../../src/rules/index.ts', import.meta.url)), 'utf8');
  return [...index.matchAll(/^\s+'([a-z0-9-]+)': [A-Za-z]+,$/gm)].map((match) => match[1]!);
}

/**
 * The coverage.md rows marked `pending rule`, by section and item: 2026 API changes that need a new rule, which the
 * rules2026 helper is writing. When merging, the integrator replaces each row's `pending rule` with the rule's link
 * and deletes its line here; the list is empty when every item is covered. A row added as `pending rule` without a
 * line here fails the test, and so does a line whose row is gone.
 */
const rowsWaitingForNewRules: readonly string[] = [];

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

  it('names only feature records the data has in its Feature column, and every record of the data', () => {
    const ids = new Set(features.map((feature) => feature.id));
    for (const row of rows) for (const id of namedFeatures(row.feature)) expect(ids.has(id), `${row.section}: ${row.item} names ${id}`).toBe(true);
    expect(features.filter((feature) => !coverage.includes(`\`${feature.id}\``)).map((feature) => feature.id)).toEqual([]);
  });

  it('has a section for every release the data holds', () => {
    const headings = new Set(parseCoverage(coverage).map((section) => section.heading));
    const releases = featureData.releases.map((release) => releaseHeading({ id: release.id, kind: release.kind as 'monthly' | 'weekly' }));
    expect(releases.length).toBeGreaterThanOrEqual(31);
    expect(releases.filter((heading) => !headings.has(heading))).toEqual([]);
  });

  it('marks as pending rule exactly the rows of the list that waits for new rules', () => {
    const pending = rows.filter((row) => row.coveredBy.toLowerCase().includes(pendingRuleMarker)).map((row) => `${row.section} › ${row.item}`);
    expect(pending).toEqual(rowsWaitingForNewRules);
    // Each pending row says what the rule would check.
    for (const row of rows.filter((candidate) => candidate.coveredBy.includes(pendingRuleMarker))) expect(row.notes, row.item).toMatch(/^A rule would |rule/);
  });
});
