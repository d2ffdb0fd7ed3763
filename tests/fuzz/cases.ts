import { Linter } from 'eslint';
import { sdkSources } from '../../src/data/payload-sources.js';
import { widgetOptionFacts } from '../../src/data/widget-options.js';
import { knownFlags, newestReleaseDate } from '../../src/data/features.js';
import { checkFixSafety, type FixSafetyReport } from '../fix-safety/support/check.js';
import { languageConfig, lintConfig, type Level } from '../fix-safety/support/languages.js';
import { sprinkleComments } from './comments.js';
import { eslumpProgram, gateOpener, statementOffsets } from './eslump.js';
import { renderJson } from './okta/code.js';
import { oktaPaths } from './okta/http.js';
import { eventTypes, payload, payloadKinds } from './okta/payloads.js';
import { jsonDocument, oktaProgram, oktaStatements } from './okta/program.js';
import { Random } from './random.js';

/**
 * One fuzz case per seed: the seed alone decides the program, its file name and parser, the config (`recommended` or
 * `strict`) and the settings, so `npm run fuzz -- --seed <seed> --count 1` makes the same case again.
 *
 * - `okta`: an Okta-shaped program (JS or TS, module or script), often with comments sprinkled between tokens.
 * - `eslump`: a random eslump program, usually behind a comment that names every Okta thing, so the rules' text gates
 *   open and their locators walk random code.
 * - `mixed`: an eslump program with Okta statements spliced into its blocks.
 * - `json`: a JSON or JSONC document: widget configs, payloads, arrays, scalars.
 */

export type CaseKind = 'okta' | 'eslump' | 'mixed' | 'json';

export const caseKinds: readonly CaseKind[] = ['okta', 'eslump', 'mixed', 'json'];

export interface FuzzCase {
  seed: number;
  kind: CaseKind;
  filename: string;
  sourceType: 'module' | 'script';
  level: Level;
  settings: Record<string, unknown> | undefined;
  text: string;
}

const settingsChoices: readonly (Record<string, unknown> | undefined)[] = [
  undefined,
  undefined,
  undefined,
  { 'okta-oie': { engine: 'classic' } },
  { 'okta-oie': { channel: 'preview' } },
  { 'okta-oie': { asOf: '2025-06-01' } },
  { 'okta-oie': { channel: 'preview', asOf: newestReleaseDate, enabledFeatures: [...knownFlags] } },
];

let opener: string | undefined;

/** Every Okta word the generators know, in one comment. */
function okta(): string {
  opener ??= gateOpener([
    'okta OktaSignIn @okta/okta-signin-widget @okta/okta-sdk-nodejs @okta/okta-auth-js @pulumi/okta OktaUtil getSignInWidgetConfig',
    ...widgetOptionFacts.map((fact) => fact.path.join('.')),
    ...oktaPaths.map((path) => path.path),
    ...sdkSources.map((source) => source.method),
    ...eventTypes,
    'forgotPassword unlockAccount verifyRecoveryToken signInWithCredentials audience requestType userProfile com.okta.action.update',
    'FIDO2 (WebAuthn) Security Key or Biometric /v1/keys complexity-requirements interclient token-exchange okta_sms providerId',
    ...payloadKinds.map((kind) => renderJson(payload(new Random(1), kind), new Random(1), 0)),
  ]);
  return opener;
}

const parser = new Linter({ configType: 'flat' });

function splice(rng: Random, text: string, sourceType: 'module' | 'script'): string {
  const filename = 'mixed.js';
  const messages = parser.verify(text, [languageConfig(filename, sourceType)], filename);
  if (messages.some((message) => message.fatal)) return text;
  const sourceCode = parser.getSourceCode();
  const offsets = statementOffsets(sourceCode.ast as never, sourceCode.visitorKeys, text);
  const { header, statements } = oktaStatements(rng, { module: sourceType === 'module', ts: false });
  const insertions = statements.map((group) => ({ at: rng.pick(offsets), code: `\n;${group.join('\n')}\n` }));
  let result = text;
  for (const { at, code } of insertions.sort((a, b) => b.at - a.at)) result = result.slice(0, at) + code + result.slice(at);
  return `${header}\n${result}`;
}

export function makeCase(seed: number, kinds: readonly CaseKind[] = caseKinds): FuzzCase {
  const rng = new Random(seed);
  const roll = rng.next();
  const wanted: CaseKind = roll < 0.5 ? 'okta' : roll < 0.7 ? 'eslump' : roll < 0.88 ? 'mixed' : 'json';
  const kind = kinds.includes(wanted) ? wanted : rng.pick(kinds);
  const level: Level = rng.chance(0.6) ? 'strict' : 'recommended';
  const settings = rng.pick(settingsChoices);
  const base = { seed, kind, level, settings };
  switch (kind) {
    case 'okta': {
      const ts = rng.chance(0.35);
      const module = rng.chance(ts ? 0.8 : 0.6);
      let text = oktaProgram(rng, { module, ts });
      if (rng.chance(0.6)) text = sprinkleComments(text, rng, rng.int(1, 10));
      const filename = ts ? 'fuzz.ts' : module ? rng.pick(['fuzz.js', 'fuzz.mjs']) : rng.pick(['fuzz.js', 'fuzz.cjs']);
      return { ...base, filename, sourceType: module ? 'module' : 'script', text };
    }
    case 'eslump': {
      const sourceType = rng.chance(0.5) ? 'module' : 'script';
      const program = eslumpProgram(rng, sourceType);
      return { ...base, filename: 'eslump.js', sourceType, text: rng.chance(0.7) ? okta() + program : program };
    }
    case 'mixed': {
      const sourceType = rng.chance(0.5) ? 'module' : 'script';
      const program = splice(rng, eslumpProgram(rng, sourceType), sourceType);
      return { ...base, filename: 'mixed.js', sourceType, text: rng.chance(0.4) ? sprinkleComments(program, rng, rng.int(1, 6)) : program };
    }
    case 'json': {
      const { text, filename } = jsonDocument(rng, rng.chance(0.4));
      return { ...base, filename, sourceType: 'module', text };
    }
  }
}

export interface CaseOutcome {
  fuzzCase: FuzzCase;
  report: FixSafetyReport;
}

export function runCase(fuzzCase: FuzzCase): CaseOutcome {
  const { text, filename, level, settings, sourceType } = fuzzCase;
  const report = checkFixSafety({ text, filename, config: lintConfig(filename, level, settings, sourceType), sourceType });
  // Okta programs and JSON documents are ours: one that does not parse is a generator bug, and would test nothing.
  if (!report.parsed && (fuzzCase.kind === 'okta' || fuzzCase.kind === 'json')) {
    const messages = parser.verify(text, [languageConfig(filename, sourceType)], filename);
    report.problems.push(`the generated program does not parse: ${messages.find((message) => message.fatal)?.message}`);
  }
  return { fuzzCase, report };
}

/** How to report a failing case: everything needed to see it and to make it again. */
export function describeFailure({ fuzzCase, report }: CaseOutcome): string {
  return [
    `fuzz case seed ${fuzzCase.seed} (${fuzzCase.kind}, ${fuzzCase.filename}, ${fuzzCase.sourceType}, ${fuzzCase.level}, settings ${JSON.stringify(fuzzCase.settings ?? {})})`,
    `reproduce: npm run fuzz -- --seed ${fuzzCase.seed} --count 1`,
    ...report.problems.map((problem) => `problem: ${problem}`),
    '--- program',
    fuzzCase.text,
    '---',
  ].join('\n');
}

export interface FuzzSummary {
  cases: number;
  byKind: Record<string, number>;
  /** Programs that parsed: the only ones the plugin ran on, so the only ones that count as checked. */
  parsed: number;
  unparsed: number;
  withFindings: number;
  fixed: number;
  suggestionsChecked: number;
  findingsByRule: Record<string, number>;
  failures: CaseOutcome[];
}

export function runFuzz(seed: number, count: number, kinds: readonly CaseKind[] = caseKinds, onCase?: (outcome: CaseOutcome) => void): FuzzSummary {
  const summary: FuzzSummary = { cases: 0, byKind: {}, parsed: 0, unparsed: 0, withFindings: 0, fixed: 0, suggestionsChecked: 0, findingsByRule: {}, failures: [] };
  for (let index = 0; index < count; index++) {
    const outcome = runCase(makeCase(seed + index, kinds));
    const { report, fuzzCase } = outcome;
    summary.cases++;
    summary.byKind[fuzzCase.kind] = (summary.byKind[fuzzCase.kind] ?? 0) + 1;
    if (report.parsed) summary.parsed++;
    else summary.unparsed++;
    if (report.findings.length > 0) summary.withFindings++;
    if (report.fixed) summary.fixed++;
    summary.suggestionsChecked += report.suggestionsChecked;
    for (const finding of report.findings) {
      const rule = finding.ruleId ?? '(none)';
      summary.findingsByRule[rule] = (summary.findingsByRule[rule] ?? 0) + 1;
    }
    if (report.problems.length > 0) summary.failures.push(outcome);
    onCase?.(outcome);
  }
  return summary;
}
