import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithPrevious, progressSentence } from '../../src/report/progress-compare.js';
import { eslintResults, pluginMessages, type ExpectedMessage } from './helpers/expected.js';
import { editedFile, fixedFile, runProgressScenario, type ProgressScenario } from './helpers/progress-scenario.js';
import { readReport, type WrittenReport } from './helpers/read-report.js';
import { repoRoot } from './helpers/run-cli.js';

describe('--previous: progress since the last report', () => {
  let scenario: ProgressScenario;
  let before: ExpectedMessage[];
  let after: ExpectedMessage[];
  let second: WrittenReport;

  beforeAll(async () => {
    // examples/ in the repository is what the scenario copied before changing it.
    [scenario, before] = await Promise.all([runProgressScenario(), eslintResults(repoRoot, ['examples']).then((results) => pluginMessages(results, repoRoot))]);
    after = pluginMessages(await eslintResults(scenario.project, ['examples']), scenario.project);
    second = readReport(scenario.secondOut);
  }, 90_000);

  afterAll(() => rmSync(scenario.project, { recursive: true, force: true }));

  it('the scenario did what it says: one file fully fixed, one more finding elsewhere', () => {
    expect(scenario.first.code).toBe(0);
    expect(scenario.second.code).toBe(0);
    expect(before.filter((message) => message.file === fixedFile).length).toBeGreaterThan(0);
    expect(after.filter((message) => message.file === fixedFile)).toEqual([]);
    expect(after.filter((message) => message.file === editedFile)).toHaveLength(before.filter((message) => message.file === editedFile).length + 1);
  });

  it('counts the fixed file as fixed, the moved lines as not fixed, and the new flag as new', () => {
    const fixed = before.filter((message) => message.file === fixedFile).length;
    const sentence = `${fixed} of ${before.length} fixed since the last report, 1 new`;
    expect(second.json.progress).toMatchObject({ previousTotal: before.length, fixed, added: 1, remaining: before.length - fixed });
    expect(second.json.totals.findings).toBe(after.length);
    expect(scenario.second.stdout).toContain(`${sentence}.`);
    expect(second.markdown).toContain(`**${sentence}.**`);
    expect(second.html).toContain(sentence);
  });

  it('splits the progress by rule', () => {
    const byRule = new Map(second.json.progress!.byRule.map((rule) => [rule.ruleId, rule]));
    for (const ruleId of new Set(before.map((message) => message.ruleId))) {
      const rule = byRule.get(ruleId)!;
      expect(rule.previous).toBe(before.filter((message) => message.ruleId === ruleId).length);
      expect(rule.current).toBe(after.filter((message) => message.ruleId === ruleId).length);
      expect(rule.fixed).toBe(before.filter((message) => message.ruleId === ruleId && message.file === fixedFile).length);
    }
    expect(byRule.get('okta-oie/no-unsupported-widget-features')!.added).toBe(1);
  });

  it('has no progress line without --previous', () => {
    expect(readReport(scenario.firstOut).json.progress).toBeUndefined();
    expect(scenario.first.stdout).not.toContain('since the last report');
  });
});

describe('matching findings across runs (rule + file + the reported line, whitespace collapsed)', () => {
  const finding = (ruleId: string, file: string, lineText: string) => ({ ruleId, file, lineText });

  it('treats re-indented and moved lines as the same finding', () => {
    const progress = compareWithPrevious({ generatedAt: undefined, findings: [finding('r/a', 'x.js', 'autoPush: true,')] }, [finding('r/a', 'x.js', 'autoPush: true,')]);
    expect(progress).toMatchObject({ previousTotal: 1, fixed: 0, added: 0, remaining: 1 });
  });

  it('compares identical keys as counts: two findings on one line, one fixed', () => {
    const line = 'features: { autoPush: true, webauthn: true },';
    const progress = compareWithPrevious(
      { generatedAt: undefined, findings: [finding('r/a', 'x.js', line), finding('r/a', 'x.js', line)] },
      [finding('r/a', 'x.js', 'features: { webauthn: true },')],
    );
    // The edited line no longer matches: both old findings count as fixed and the remaining one as new.
    expect(progress).toMatchObject({ previousTotal: 2, fixed: 2, added: 1 });
    const same = compareWithPrevious({ generatedAt: undefined, findings: [finding('r/a', 'x.js', line), finding('r/a', 'x.js', line)] }, [finding('r/a', 'x.js', line)]);
    expect(same).toMatchObject({ fixed: 1, added: 0, remaining: 1 });
  });

  it('keeps rules and files apart', () => {
    const progress = compareWithPrevious(
      { generatedAt: '2026-01-01T00:00:00.000Z', findings: [finding('r/a', 'x.js', 'l'), finding('r/b', 'x.js', 'l'), finding('r/a', 'y.js', 'l')] },
      [finding('r/a', 'x.js', 'l')],
    );
    expect(progress).toMatchObject({ previousTotal: 3, fixed: 2, added: 0, previousGeneratedAt: '2026-01-01T00:00:00.000Z' });
    expect(progressSentence(progress)).toBe('2 of 3 fixed since the last report');
  });
});
