/**
 * The release-notes pipeline (scripts/release-notes.mjs, scripts/coverage.mjs, scripts/data-check.mjs) on notes
 * written for these tests: tests/fixtures/release-notes/ holds a made-up year of notes in the markdown shape of Okta's
 * yearly page (with its rough edges: a weekly release under a `##` heading, bugs listed under no item heading, a
 * lowercase ticket, a day-first date, a Production date in a comment), with overrides and a coverage page for them.
 * Okta's own text is not in the repository; `npm run data:check -- <notes.md>` checks the checked-in data against it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bulletKey, checkCoverage, parseCoverage, pendingRuleMarker, skeleton } from '../../scripts/coverage.mjs';
import { runCheck } from '../../scripts/data-check.mjs';
import {
  buildFeatureData,
  defaultDataFile,
  findDates,
  parseComment,
  parseReleaseNotes,
  serialize,
  splitLifecycle,
  titleKey,
  withFeatureTable,
} from '../../scripts/release-notes.mjs';
import { availability, type AvailabilityContext } from '../../src/data/availability.js';
import type { FeatureData, FeatureRecord } from '../../src/data/features.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('../../scripts/release-notes.mjs', import.meta.url));
const checkScript = fileURLToPath(new URL('../../scripts/data-check.mjs', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/release-notes/${name}`, import.meta.url));
const notesFile = fixture('2031-okta-identity-engine.md');
const overridesFile = fixture('overrides.json');
const coverageFile = fixture('coverage.md');
const notes = readFileSync(notesFile, 'utf8');
const overrides = JSON.parse(readFileSync(overridesFile, 'utf8')) as { features: Record<string, unknown>[] };
const checkedIn = JSON.parse(readFileSync(defaultDataFile, 'utf8')) as FeatureData;

// In the OS's temporary space; a failing run leaves it to inspect.
const scratch = mkdtempSync(join(tmpdir(), 'okta-oie-release-notes-'));

describe('the made-up 2031 notes, parsed', () => {
  const doc = parseReleaseNotes(notes, { file: notesFile });
  const release = (id: string) => doc.releases.find((candidate) => candidate.id === id)!;

  it('finds every release, monthly and weekly, with its publication and preview rollout, whatever its heading level', () => {
    expect(doc).toMatchObject({ file: '2031-okta-identity-engine.md', title: 'Okta Identity Engine API release notes 2031', engines: ['identity'], warnings: [] });
    expect(doc.releases.map((r) => [r.id, r.kind, r.published, r.previewRollout])).toEqual([
      // `## Weekly release 2031.04.1`, no publication comment: dated by its change table.
      ['2031.04.1', 'weekly', null, '2031-04-16'],
      ['2031.04.0', 'monthly', '2031-04-03', '2031-04-02'],
      ['2031.03.1', 'weekly', '2031-03-12', '2031-03-11'],
      ['2031.03.0', 'monthly', '2031-03-06', '2031-03-05'],
      ['2031.01.0', 'monthly', '2031-01-09', '2031-01-08'],
    ]);
  });

  it('makes an item of bugs listed under the change table with no heading, from the one row without one', () => {
    const [bugs] = release('2031.03.1').sections;
    expect(bugs).toMatchObject({ heading: 'Bugs fixed in 2031.03.1', kind: 'bugs', headingFrom: 'change-table row', tickets: ['OKTA-2000601', 'OKTA-2000602'] });
  });

  it('reads tickets in any case, day-first dates, and Production dates a comment labels', () => {
    const bugs = release('2031.04.0').sections.find((s) => s.kind === 'bugs')!;
    expect(bugs.tickets).toEqual(['OKTA-2000501', 'OKTA-2000502']);
    const numbatPreview = release('2031.03.0').sections.find((s) => s.heading.startsWith('Numbat'))!;
    expect(numbatPreview).toMatchObject({ commentDate: '2031-03-05', productionDate: null, table: { date: null } });
    const numbatProduction = release('2031.04.0').sections.find((s) => s.heading.startsWith('Numbat'))!;
    expect(numbatProduction).toMatchObject({ commentDate: '2031-03-05', productionDate: '2031-04-09' });
  });

  it('reads docs bullets and the lifecycle of every item', () => {
    const docs = release('2031.04.0').sections.find((s) => s.kind === 'docs')!;
    expect(docs.bullets.map(bulletKey)).toEqual(['The new Wombat widgets guide shows', 'The GET /api/v1/numbats reference now lists']);
    expect(release('2031.03.0').sections.map((s) => [s.heading, s.clauses.map((c) => `${c.stage} ${c.channel}`)])).toEqual([
      ['Wombat widgets is GA in Preview', ['GA preview']],
      ['Numbat names is GA in Preview', ['GA preview']],
      ['Echidna endpoints', []],
    ]);
  });
});

describe('a feature that goes EA → GA in Preview → GA in Production across releases', () => {
  const { data, warnings } = buildFeatureData([parseReleaseNotes(notes, { file: notesFile })], overrides);
  const feature = (id: string) => data.features.find((candidate) => candidate.id === id)!;
  const org = (context: Partial<AvailabilityContext>): AvailabilityContext => ({ engine: 'identity', channel: 'production', asOf: '2031-04-20', enabledFeatures: [], ...context });

  it('builds the data with no warning, newest date the last preview rollout', () => {
    expect(warnings).toEqual([]);
    expect(data.newestDate).toBe('2031-04-16');
    expect(data.features.map((f) => f.id)).toEqual(['quokka-quotas', 'wombat-widgets', 'numbat-names', 'bandicoot-badges']);
  });

  it('records each stage with its date: self-service EA in Preview, GA in Preview, GA in Production by release month', () => {
    const wombats = feature('wombat-widgets');
    expect(wombats.history.map((e) => [e.release, e.stage, e.channel, e.date, e.approx ?? false])).toEqual([
      ['2031.01.0', 'EA', 'preview', '2031-01-08', false],
      ['2031.03.0', 'GA', 'preview', '2031-03-05', false],
      ['2031.04.0', 'GA', 'production', '2031-04-01', true],
    ]);
    expect(wombats.support).toEqual({
      preview: { ea: { date: '2031-01-08', release: '2031.01.0', selfService: true }, ga: { date: '2031-03-05', release: '2031.03.0' } },
      production: { ga: { date: '2031-04-01', release: '2031.04.0', approx: true } },
    });
    expect(wombats.uses).toEqual([{ endpoint: '/api/v1/widgets', methods: ['POST'] }]);
  });

  it('dates a Production stage by the day its comment gives, when the notes give one', () => {
    expect(feature('numbat-names').support.production).toEqual({ ga: { date: '2031-04-09', release: '2031.04.0' } });
    expect(feature('numbat-names').history.at(-1)).toMatchObject({ channel: 'production', productionDate: '2031-04-09' });
  });

  it('is judged by those dates for each channel', () => {
    const wombats: FeatureRecord = feature('wombat-widgets');
    expect(availability(wombats, org({ channel: 'preview', asOf: '2031-01-07' })).status).toBe('not-yet-available');
    expect(availability(wombats, org({ channel: 'preview', asOf: '2031-01-08' }))).toMatchObject({ status: 'early-access', selfService: true });
    expect(availability(wombats, org({ channel: 'preview', asOf: '2031-03-05' })).status).toBe('available');
    expect(availability(wombats, org({ asOf: '2031-03-31' }))).toMatchObject({ status: 'not-yet-available', elsewhere: { channel: 'preview', stage: 'GA' } });
    expect(availability(wombats, org({ asOf: '2031-04-01' })).status).toBe('available');
  });

  it('lets an Early Access feature Okta names no flag for be turned on by its id, once the overrides say why', () => {
    expect(feature('bandicoot-badges')).toMatchObject({ flags: [], unflagged: 'The made-up notes name no flag.' });
    expect(availability(feature('bandicoot-badges'), org({ channel: 'preview', enabledFeatures: ['bandicoot-badges'] }))).toMatchObject({ status: 'available', via: 'enabled-flag' });
    const bare = buildFeatureData([parseReleaseNotes(notes, { file: notesFile })], { features: [overrides.features[0]!] });
    expect(bare.warnings).toEqual([expect.stringMatching(/^bandicoot-badges: Early Access, but no flag name/)]);
  });
});

describe('docs/coverage.md checking (scripts/coverage.mjs) on the made-up notes', () => {
  const doc = parseReleaseNotes(notes, { file: notesFile });
  const page = readFileSync(coverageFile, 'utf8');
  const gap = checkCoverage(doc, page);

  it('reads the page by sections and columns', () => {
    const sections = parseCoverage(page);
    expect(sections.map((s) => s.heading)).toEqual(['Weekly release 2031.04.1', 'Monthly release 2031.04.0', 'Monthly release 2031.03.0', 'Monthly release 2031.01.0']);
    expect(sections[1]!.rows[2]).toMatchObject({ item: 'Bandicoot badges is EA in Preview', feature: '`bandicoot-badges`', coveredBy: pendingRuleMarker });
  });

  it('lists the release with no section, entries with no row, pending rows and rows that name nothing', () => {
    expect(gap.missingReleases).toEqual(['Weekly release 2031.03.1']);
    expect(gap.missing.map((e) => `${e.release} ${e.key}`)).toEqual([
      '2031.04.0 ↳ The GET /api/v1/numbats reference now lists',
      '2031.03.1 Bugs fixed in 2031.03.1',
      '2031.03.1 ↳ OKTA-2000601',
      '2031.03.1 ↳ OKTA-2000602',
    ]);
    expect(gap.pending.map((e) => e.key)).toEqual(['Bandicoot badges is EA in Preview']);
    expect(gap.unexplained.map((e) => e.key)).toEqual(['Echidna endpoints']);
  });

  it('accounts for a one-bug release by the ticket in its heading row, and for a lowercase ticket by its upper-case row', () => {
    expect(gap.missing.map((e) => e.key)).not.toContain('↳ OKTA-2000302');
    expect(gap.missing.map((e) => e.key)).not.toContain('↳ OKTA-2000502');
  });

  it('prints rows to paste for what is missing, with the feature record of a lifecycle item', () => {
    expect(skeleton(gap.missing)).toBe(
      [
        '### Monthly release 2031.04.0',
        '',
        '| Item | Feature | Covered by | Notes |',
        '|---|---|---|---|',
        '| ↳ The GET /api/v1/numbats reference now lists | — | | |',
        '',
        '### Weekly release 2031.03.1',
        '',
        '| Item | Feature | Covered by | Notes |',
        '|---|---|---|---|',
        '| Bugs fixed in 2031.03.1 | — | | |',
        '| ↳ OKTA-2000601 | — | | |',
        '| ↳ OKTA-2000602 | — | | |',
      ].join('\n'),
    );
    const missingFeature = checkCoverage(doc, page.replace('| Numbat names is GA in Preview | `numbat-names` | | |\n', ''));
    expect(skeleton(missingFeature.missing, (release, heading) => (heading.startsWith('Numbat') ? 'numbat-names' : undefined))).toContain('| Numbat names is GA in Preview | `numbat-names` | | |');
  });
});

describe('the commands, on the made-up notes', () => {
  const out = join(scratch, 'features.json');
  const docs = join(scratch, 'availability.md');
  writeFileSync(docs, ['# Availability', '<!-- features:start (generated by npm run data:release-notes; do not edit) -->', 'old', '<!-- features:end -->', ''].join('\n'));
  const run = (file: string, args: string[]) => spawnSync(process.execPath, [file, ...args], { cwd: repo, encoding: 'utf8' });
  const files = ['--out', out, '--docs', docs, '--overrides', overridesFile];

  it('data:release-notes --write writes the data and the docs table, and says what coverage.md lacks', () => {
    const write = run(script, ['--write', ...files, '--coverage', coverageFile, notesFile]);
    expect(write.status, write.stderr).toBe(0);
    expect(write.stderr).toMatch(/wrote 4 features to /);
    expect(write.stderr).toMatch(/does not account for everything in the notes yet/);
    expect(write.stderr).toMatch(/waits for a rule \(pending rule\): 2031\.04\.0 Bandicoot badges is EA in Preview/);
    const { data } = buildFeatureData([parseReleaseNotes(notes, { file: notesFile })], overrides);
    expect(readFileSync(out, 'utf8')).toBe(serialize(data));
    expect(readFileSync(docs, 'utf8')).toContain('| `wombat-widgets` | `WOMBAT_WIDGETS` | 2031-01-08, self-service | 2031-03-05 | — | 2031-04 | Identity Engine |');
  });

  it('--check passes on what --write wrote, and fails once the data differs', () => {
    const check = run(script, ['--check', ...files, notesFile]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    writeFileSync(out, readFileSync(out, 'utf8').replace('2031-04-01', '2031-04-02'));
    const stale = run(script, ['--check', ...files, notesFile]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/is out of date: run npm run data:release-notes -- --write/);
  });

  it('rejects unknown options and a missing file list', () => {
    const bad = run(script, ['--frobnicate', notesFile]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option --frobnicate/);
    expect(run(script, []).stderr).toMatch(/^usage:/);
    expect(run(checkScript, []).status).toBe(2);
  });

  it('data:check reports stale data, the coverage gap with rows to paste, and limitations headings', () => {
    const data = join(scratch, 'checked.json');
    const page = join(scratch, 'checked.md');
    run(script, ['--write', '--out', data, '--docs', page, '--overrides', overridesFile, '--no-coverage', notesFile]);
    copyFileSync(docs, page);
    const limitations = join(scratch, 'limitations.txt');
    writeFileSync(limitations, '### Wombat widgets is GA in Preview\n#### Platypus pings\n');
    const { problems, hints } = runCheck({ notes: [notesFile], coverageFile, dataFile: data, overridesFile, docsFile: page, limitations });
    expect(problems).toContain('releases with no section in docs/coverage.md: Weekly release 2031.03.1');
    expect(problems).toContain('waits for a rule (pending rule): 2031.04.0 Bandicoot badges is EA in Preview (docs/coverage.md:18)');
    expect(problems).toContain('not in docs/coverage.md: limitations heading "Platypus pings"');
    expect(problems.some((line) => line.includes('out of date'))).toBe(false);
    expect(hints.join('\n')).toContain('| ↳ OKTA-2000601 | — | | |');
    const cli = run(checkScript, ['--coverage', coverageFile, '--data', data, '--overrides', overridesFile, '--docs', page, notesFile]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/\d+ problems\.\n$/);
  });
});

describe('the checked-in data', () => {
  it('lists the notes it was made from and every 2026 release through the newest, weekly ones included', () => {
    expect(checkedIn.sources.map((source) => [source.file, source.title])).toEqual([['2026-okta-identity-engine.md', 'Okta Identity Engine API release notes 2026']]);
    const releases = checkedIn.sources.flatMap((source) => source.releases);
    for (const month of ['01', '02', '03', '04', '05', '06', '07', '08']) expect(releases).toContain(`2026.${month}.0`);
    expect(releases).toEqual(expect.arrayContaining(['2026.02.3', '2026.03.3', '2026.08.3']));
    expect(new Set(releases).size).toBe(releases.length);
  });

  it('rewrites only the marked block of the docs page, and leaves a page without markers alone', () => {
    const page = ['# Title', 'before', '<!-- features:start (generated by npm run data:release-notes; do not edit) -->', 'old table', '<!-- features:end -->', 'after'].join('\n');
    const updated = withFeatureTable(page, checkedIn)!;
    expect(updated.startsWith('# Title\nbefore\n<!-- features:start')).toBe(true);
    expect(updated.endsWith('<!-- features:end -->\nafter')).toBe(true);
    expect(updated).not.toContain('old table');
    expect(updated).toContain('| `policy-platform-linux` | `LINUX_SUPPORT_FOR_POLICIES` | — | 2026-02-04 | — | — | Identity Engine |');
    expect(updated).toContain('| `client-update-policy` | `OKTA_VERIFY_RELEASE_CONTROL_POLICY` | 2026-01-07, via Okta Support | 2026-04-01 | — | 2026-05 | Identity Engine |');
    expect(withFeatureTable('# No markers', checkedIn)).toBeUndefined();
  });
});

describe('findDates', () => {
  it.each([
    ['Feb 4, 2026', '2026-02-04'],
    ['February 6, 2024', '2024-02-06'],
    ['preview org: july 2, 2025', '2025-07-02'],
    ['Preview date August 7, 2025', '2025-08-07'],
    ['Sept. 10 2025', '2025-09-10'],
    ['DEC 10, 2025', '2025-12-10'],
    ['on June 1st, 2026', '2026-06-01'],
    ['2026-02-04', '2026-02-04'],
  ])('reads %j', (text, date) => {
    expect(findDates(text).map((found) => found.date)).toEqual([date]);
  });

  it('gives a date without a year the release year, or the year before when that would be after the release', () => {
    expect(findDates('preview org date: Nov 26', { year: 2025, latest: '2025-12-10' })).toEqual([{ date: '2025-11-26', raw: 'Nov 26', yearInferred: true }]);
    expect(findDates('Dec 30', { year: 2026, latest: '2026-01-08' })[0]!.date).toBe('2025-12-30');
    expect(findDates('Nov 26')).toEqual([]);
  });

  it('reads a day-first date with a two-digit year once, not also as a month and day', () => {
    expect(findDates('PIV_JIT_PROVISIONING 06 May 26', { year: 2026, latest: '2026-05-06' })).toEqual([{ date: '2026-05-06', raw: '06 May 26', yearInferred: false }]);
    expect(findDates('6 March 2031')).toEqual([{ date: '2031-03-06', raw: '6 March 2031', yearInferred: false }]);
  });

  it('ignores impossible days and release numbers', () => {
    expect(findDates('Feb 30, 2026')).toEqual([]);
    expect(findDates('FF SECURE_AI_A2A_SERVERS preview release 2026.06.2 OKTA-1197640')).toEqual([]);
  });
});

describe('parseComment', () => {
  it.each([
    ['OKTA-1044803 FF: ENROLLMENT_POLICY_GRACE_PERIOD_V2 preview date: Feb 4, 2026', ['ENROLLMENT_POLICY_GRACE_PERIOD_V2'], ['OKTA-1044803'], ['2026-02-04']],
    ['DEVICE_ASSURANCE_GRACE_PERIOD OKTA-803140 Preview date: October 9, 2024', ['DEVICE_ASSURANCE_GRACE_PERIOD'], ['OKTA-803140'], ['2024-10-09']],
    ['OKTA-1091224 ALLOW_IDENTITY_PROVIDER_CHAINING Preview org date: January 28, 2026', ['ALLOW_IDENTITY_PROVIDER_CHAINING'], ['OKTA-1091224'], ['2026-01-28']],
    ['OKTA_VERIFY_RELEASE_CONTROL_POLICY OKTA-1036332 January 7, 2026', ['OKTA_VERIFY_RELEASE_CONTROL_POLICY'], ['OKTA-1036332'], ['2026-01-07']],
    ['  OKTA-1075267 CUSTOM_TELEPHONY_PROVIDERS', ['CUSTOM_TELEPHONY_PROVIDERS'], ['OKTA-1075267'], []],
    ['ENROLLMENT_POLICY_GRACE_PERIOD (OKTA-832949) preview date: May 21, 2025', ['ENROLLMENT_POLICY_GRACE_PERIOD'], ['OKTA-832949'], ['2025-05-21']],
    ['[OKTA-903533] FF ORG2ORG_ENABLE_PROVISION_JWK', ['ORG2ORG_ENABLE_PROVISION_JWK'], ['OKTA-903533'], []],
    ['OKTA-687191 FF: PASSKEYS', ['PASSKEYS'], ['OKTA-687191'], []],
    ['UD_REALMS, UD_REALMS_FOUNDATIONS OKTA-1 OKTA-2 Preview date: April 9, 2025', ['UD_REALMS', 'UD_REALMS_FOUNDATIONS'], ['OKTA-1', 'OKTA-2'], ['2025-04-09']],
    ['(OKTA-889035)', [], ['OKTA-889035'], []],
    ['Feature: Remove FF gate after GA', [], [], []],
  ])('reads %j', (text, flags, tickets, dates) => {
    const parsed = parseComment(text);
    expect(parsed.flags).toEqual(flags);
    expect(parsed.tickets).toEqual(tickets);
    expect(parsed.dates.map((found) => found.date)).toEqual(dates);
  });
});

describe('parseComment, Production dates', () => {
  it('keeps a date labelled Prod or Production apart from the preview date', () => {
    expect(parseComment('OKTA-1 Preview: July 1, 2031, Prod: August 5, 2031')).toMatchObject({
      dates: [{ date: '2031-07-01' }],
      productionDates: [{ date: '2031-08-05' }],
    });
    expect(parseComment('OKTA-2 X_Y No Preview date, Production date: April 7', { year: 2031 })).toMatchObject({ dates: [], productionDates: [{ date: '2031-04-07' }] });
    expect(parseComment('Okta-1044631').tickets).toEqual(['OKTA-1044631']);
  });
});

describe('splitLifecycle', () => {
  it.each([
    ['Linux as a platform condition is GA in Preview', 'Linux as a platform condition', [{ stage: 'GA', channel: 'preview', selfService: false }]],
    ['Passkeys rebrand is self-service EA in Preview', 'Passkeys rebrand', [{ stage: 'EA', channel: 'preview', selfService: true }]],
    ['Skip counts for authenticator enrollment grace periods is EA', 'Skip counts for authenticator enrollment grace periods', [{ stage: 'EA', channel: null, selfService: false }]],
    ['Unified claims generation for custom apps is self-service EA in preview', 'Unified claims generation for custom apps', [{ stage: 'EA', channel: 'preview', selfService: true }]],
    ['Device conditions in the policy is self-service is EA in Preview', 'Device conditions in the policy', [{ stage: 'EA', channel: 'preview', selfService: true }]],
    [
      'MyAccount WebAuthn API is EA in Production and GA in Preview',
      'MyAccount WebAuthn API',
      [
        { stage: 'EA', channel: 'production', selfService: false },
        { stage: 'GA', channel: 'preview', selfService: false },
      ],
    ],
    ['Anything-as-a-Source for groups and group memberships API is GA in Production', 'Anything-as-a-Source for groups and group memberships API', [{ stage: 'GA', channel: 'production', selfService: false }]],
    ['Session hooks are now Beta', 'Session hooks', [{ stage: 'Beta', channel: null, selfService: false }]],
    ['Custom domains is Limited GA', 'Custom domains', [{ stage: 'Limited GA', channel: null, selfService: false }]],
    ['Bug fixed in 2026.02.2', 'Bug fixed in 2026.02.2', []],
    ['What is new in the docs', 'What is new in the docs', []],
  ])('reads %j', (heading, title, clauses) => {
    expect(splitLifecycle(heading)).toEqual({ title, clauses });
  });

  it('keys headings and table rows the same way across case, punctuation, plural bug headings and the lifecycle phrase', () => {
    expect(titleKey('Passkeys Rebrand is self-service EA in Preview')).toBe(titleKey('Passkeys rebrand is GA in Production'));
    expect(titleKey('Lightweight Directory Access Protocol Bidirectional Group Management')).toBe(titleKey('Lightweight directory access protocol bidirectional group management is GA in Production'));
    expect(titleKey('Bugs fixed in 2026.02.1')).toBe(titleKey('Bug fixed in 2026.02.1'));
  });
});

/** A page written for these tests in the style of Okta's notes, with their rough edges. */
const synthetic = `---
title: Okta Identity Engine API release notes 2031
---

<ApiLifecycle access="ie" />

# Okta Identity Engine API release notes (2031)

## March

### Monthly release 2031.03.0

| Change | Expected in Preview Orgs |
|--------|--------------------------|
| [Widget wombats is self-service EA in Preview](#widget-wombats-is-self-service-ea-in-preview) | March 5, 2031 |
|[Quokka quotas is GA in preview](#quokka-quotas-is-ga-in-preview)| November 12, 2030 |
| [Numbat names is EA in Production and GA in Preview](#numbat-names-is-ea-in-production-and-ga-in-preview) | February 26, 2031 |
| [Echidna events is Beta](#echidna-events-is-beta) | March 5, 2031 |
| [Row without a heading](#row-without-a-heading) | March 5, 2031 |
| [Bugs fixed in 2031.03.0](#bugs-fixed-in-2031-03-0) | March 5, 2031 |

#### Widget wombats is self-service EA in Preview

Wombats in the widget. <!-- OKTA-1 FF: WIDGET_WOMBATS,
preview date: Mar 5, 2031 -->

#### Quokka Quotas is GA in Preview

Quotas for quokkas. <!-- QUOKKA_QUOTAS OKTA-2 Preview date: November 12, 2030 -->

#### Numbat names is EA in Production and GA in Preview

Names. The API now takes \`NUMBAT_NAME\`. <!-- NUMBAT_NAMES OKTA-3 -->

#### Echidna events is Beta

Events. <!-- ECHIDNA_EVENTS -->

#### Heading without a row is GA in Preview

Nothing here.

#### Bug fixed in 2031.03.0

* A thing broke. (OKTA-9)

## February

### Weekly release 2031.02.1

| Change | Expected in Preview Orgs |
|--------|--------------------------|
| [Widget wombats is EA](#widget-wombats-is-ea) | Feb 18 |

#### Widget wombats is EA

First look at wombats.
`;

describe('parseReleaseNotes and buildFeatureData on tricky input', () => {
  const doc = parseReleaseNotes(synthetic, { file: '/somewhere/2031.md' });
  const march = doc.releases[0]!;

  it('reads releases without a publication comment, windows and rollout dates from the table', () => {
    expect(doc).toMatchObject({ file: '2031.md', title: 'Okta Identity Engine API release notes 2031', engines: ['identity'] });
    expect(march).toMatchObject({ id: '2031.03.0', kind: 'monthly', published: null, window: { from: '2031-02-01', to: '2031-03-31' }, previewRollout: '2031-03-05' });
    expect(doc.releases[1]).toMatchObject({ id: '2031.02.1', kind: 'weekly', previewRollout: '2031-02-18' });
  });

  it('reports table rows without a heading and lifecycle headings without a row', () => {
    expect(doc.warnings).toEqual([
      '2031.03.0: no change-table row for "Heading without a row is GA in Preview"',
      '2031.03.0: change-table row "Row without a heading" has no item heading',
    ]);
  });

  it('reads a comment that spans lines, a row with no space after the pipe and a heading in other case', () => {
    expect(march.sections[0]).toMatchObject({ flags: ['WIDGET_WOMBATS'], tickets: ['OKTA-1'], commentDate: '2031-03-05' });
    expect(march.sections[1]!.table).toMatchObject({ text: 'Quokka quotas is GA in preview', date: '2030-11-12' });
  });

  const { data, warnings } = buildFeatureData([doc], {});
  const feature = (id: string) => data.features.find((candidate) => candidate.id === id)!;

  it('groups a feature across releases by title, even when the earlier item has no flag', () => {
    const wombats = feature('widget-wombats');
    expect(wombats.flags).toEqual(['WIDGET_WOMBATS']);
    expect(wombats.history.map((e) => [e.release, e.stage, e.channel, e.date, e.approx ?? false, e.selfService])).toEqual([
      ['2031.02.1', 'EA', 'production', '2031-02-01', true, false],
      ['2031.02.1', 'EA', 'preview', '2031-02-18', false, false],
      ['2031.03.0', 'EA', 'preview', '2031-03-05', false, true],
    ]);
    // The first Early Access date, with the self-service reading of the latest announcement.
    expect(wombats.support.preview.ea).toEqual({ date: '2031-02-18', release: '2031.02.1', selfService: true });
    expect(wombats.support.production.ea).toEqual({ date: '2031-02-01', release: '2031.02.1', approx: true, selfService: false });
  });

  it('dates a GA stage whose table date is older than the release window by the release rollout', () => {
    expect(feature('quokka-quotas').support.preview.ga).toEqual({ date: '2031-03-05', release: '2031.03.0' });
  });

  it('splits "EA in Production and GA in Preview" into two stages', () => {
    const numbat = feature('numbat-names');
    expect(numbat.support.preview).toEqual({ ga: { date: '2031-02-26', release: '2031.03.0' } });
    expect(numbat.support.production).toEqual({ ea: { date: '2031-03-01', release: '2031.03.0', approx: true, selfService: false } });
  });

  it('reads a Beta with no channel as Preview only', () => {
    expect(feature('echidna-events').support).toEqual({ preview: { ea: { date: '2031-03-05', release: '2031.03.0', selfService: false, stage: 'Beta' } }, production: {} });
  });

  it('makes a feature of every lifecycle item, and warns about an Early Access one without a flag name', () => {
    expect(warnings).toContain('2031.md: 2031.03.0: change-table row "Row without a heading" has no item heading');
    expect(data.features.map((f) => f.id)).toEqual(['widget-wombats', 'quokka-quotas', 'numbat-names', 'echidna-events', 'heading-without-a-row']);
    // "Heading without a row" is GA only, so no flag is needed for enabledFeatures.
    expect(warnings.filter((w) => w.includes('no flag name'))).toEqual([]);
    const unflagged = parseReleaseNotes(
      ['### Monthly release 2031.06.0', '| Change | Expected in Preview Orgs |', '|---|---|', '| [Platypus pings is EA in Preview](#platypus-pings-is-ea-in-preview) | June 4, 2031 |', '#### Platypus pings is EA in Preview', 'Pings. <!-- OKTA-77 -->'].join('\n'),
      { file: 'platypus.md' },
    );
    expect(buildFeatureData([unflagged], {}).warnings).toEqual([
      'platypus-pings: Early Access, but no flag name in the notes or the overrides (give it `flags`, or `unflagged` saying why none is known)',
    ]);
  });

  it('applies overrides: ids, titles, flags by title, history from earlier notes, renamed literals and uses', () => {
    const result = buildFeatureData([doc], {
      features: [
        {
          id: 'numbats',
          title: 'Numbat names',
          match: { flags: ['NUMBAT_NAMES'] },
          renamed: { NUMBAT_NAME: 'NUMBAT_LABEL' },
          uses: [{ payload: 'policy', path: 'settings.numbat', equals: 'NUMBAT_LABEL' }],
        },
        {
          id: 'headless',
          match: { titles: ['HEADING WITHOUT A ROW'] },
          flags: ['HEADLESS_THING'],
          engines: ['classic'],
          history: [{ release: '2030.11.0', stage: 'EA', channel: 'both', selfService: false, date: '2030-11-12', heading: 'Headless thing is EA', from: 'the 2030 notes' }],
        },
      ],
    });
    const numbats = result.data.features.find((f) => f.id === 'numbats')!;
    expect(numbats).toMatchObject({ title: 'Numbat names', renamed: { NUMBAT_NAME: 'NUMBAT_LABEL' }, uses: [{ payload: 'policy', path: 'settings.numbat', equals: 'NUMBAT_LABEL' }] });
    const headless = result.data.features.find((f) => f.id === 'headless')!;
    expect(headless).toMatchObject({ flags: ['HEADLESS_THING'], engines: ['identity', 'classic'] });
    expect(headless.support).toEqual({
      preview: { ea: { date: '2030-11-12', release: '2030.11.0', selfService: false }, ga: { date: '2031-03-05', release: '2031.03.0' } },
      production: { ea: { date: '2030-11-01', release: '2030.11.0', approx: true, selfService: false } },
    });
    expect(headless.history[0]).toMatchObject({ source: 'overrides: the 2030 notes', heading: 'Headless thing is EA' });
  });

  it('warns when an override no longer applies: unmatched feature, stale rename, history now in the notes, unmatched section', () => {
    const result = buildFeatureData([doc], {
      features: [
        { id: 'gone', match: { flags: ['NOT_IN_THE_NOTES'] } },
        { id: 'wombats', match: { flags: ['WIDGET_WOMBATS'] }, renamed: { NOT_MENTIONED: 'X' }, history: [{ release: '2031.03.0', stage: 'EA', channel: 'preview', selfService: true, date: '2031-03-05', heading: 'x', from: 'y' }] },
      ],
      sections: [{ release: '2031.03.0', heading: 'No such heading', flags: ['X_Y'] }],
    });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'overrides: section override for 2031.03.0 "No such heading" matches no item',
        'overrides: wombats history entry 2031.03.0 EA preview is now in the notes; remove it from the overrides',
        'overrides: wombats renames `NOT_MENTIONED`, which none of its items mention any more',
        'overrides: feature gone matches no item in the notes',
      ]),
    );
    expect(result.data.features.find((f) => f.id === 'wombats')!.history).toHaveLength(3);
  });

  it('lets a section override correct what an item says, and warns about an unreadable conflict', () => {
    const conflict = parseReleaseNotes(
      ['### Monthly release 2031.05.0', '', '| Change | Expected in Preview Orgs |', '|---|---|', '| [Kiwi keys is GA in Preview](#kiwi-keys-is-ga-in-preview) | May 7, 2031 |', '', '#### Kiwi keys is EA in Preview', '', 'Keys. <!-- KIWI_KEYS -->', ''].join('\n'),
      { file: 'kiwi.md' },
    );
    const plain = buildFeatureData([conflict], {});
    expect(plain.warnings).toEqual(['kiwi.md: 2031.05.0 "Kiwi keys is EA in Preview": the heading says "Kiwi keys is EA in Preview", the change table "Kiwi keys is GA in Preview"; the heading\'s reading is used']);
    expect(plain.data.features[0]!.support.preview).toEqual({ ea: { date: '2031-05-07', release: '2031.05.0', selfService: false } });
    const fixed = buildFeatureData([conflict], {
      sections: [{ release: '2031.05.0', heading: 'Kiwi keys is EA in Preview', clauses: [{ stage: 'GA', channel: 'preview', selfService: false }], why: 'the table is right' }],
    });
    expect(fixed.warnings).toEqual([]);
    expect(fixed.data.features[0]!.support.preview).toEqual({ ga: { date: '2031-05-07', release: '2031.05.0' } });
    expect(fixed.data.features[0]!.history[0]!.note).toBe('the table is right');
  });

  it('infers Preview GA from Production GA, and takes engines from every page a feature is in', () => {
    const classic = parseReleaseNotes(
      ['---', 'title: Okta Classic Engine API release notes 2031', '---', '### Monthly release 2031.04.0', '| Change | Expected in Preview Orgs |', '|---|---|', '| [Quokka quotas is GA in Production](#quokka-quotas-is-ga-in-production) | November 12, 2030 |', '#### Quokka quotas is GA in Production', 'Quotas. <!-- QUOKKA_QUOTAS -->'].join('\n'),
      { file: 'classic.md' },
    );
    expect(classic.engines).toEqual(['classic']);
    const alone = buildFeatureData([classic], {}).data.features[0]!;
    expect(alone.support).toEqual({
      preview: { ga: { date: '2031-04-01', release: '2031.04.0', approx: true, inferred: true } },
      production: { ga: { date: '2031-04-01', release: '2031.04.0', approx: true } },
    });
    const both = buildFeatureData([doc, classic], {}).data.features.find((f) => f.id === 'quokka-quotas')!;
    expect(both.engines).toEqual(['identity', 'classic']);
    expect(both.support.preview.ga).toEqual({ date: '2031-03-05', release: '2031.03.0' });
  });
});
