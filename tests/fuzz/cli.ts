/**
 * `npm run fuzz -- --count N --seed S [--kind okta,eslump,mixed,json]`: a longer fuzz run than the one in `npm test`.
 * Prints each failing case (seed, settings, program, problems) as it is found and a summary at the end; exits 1 on
 * any failure. `--count 1 --seed S` makes one case again.
 */
import { parseArgs } from 'node:util';
import { caseKinds, describeFailure, runFuzz, type CaseKind } from './cases.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000_000) },
    kind: { type: 'string', default: caseKinds.join(',') },
    verbose: { type: 'boolean', default: false },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
const kinds = values.kind.split(',') as CaseKind[];
for (const kind of kinds) {
  if (!caseKinds.includes(kind)) throw new Error(`Unknown --kind ${kind}; known: ${caseKinds.join(', ')}.`);
}
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) throw new Error('--count and --seed take integers.');

console.log(`fuzz: ${count} cases from seed ${seed} (${kinds.join(', ')})`);
const started = performance.now();
let done = 0;
const summary = runFuzz(seed, count, kinds, (outcome) => {
  done++;
  if (outcome.report.problems.length > 0) console.log(`\n${describeFailure(outcome)}\n`);
  else if (values.verbose) console.log(`--- seed ${outcome.fuzzCase.seed} (${outcome.fuzzCase.kind}, ${outcome.fuzzCase.filename})\n${outcome.fuzzCase.text}`);
  if (done % 500 === 0) console.log(`… ${done} cases, ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify(
    {
      cases: summary.cases,
      seconds: Number(seconds.toFixed(1)),
      byKind: summary.byKind,
      parsedPrograms: summary.parsed,
      unparsedInputs: summary.unparsed,
      withFindings: summary.withFindings,
      fixed: summary.fixed,
      suggestionsChecked: summary.suggestionsChecked,
      findingsByRule: summary.findingsByRule,
      failures: summary.failures.map((failure) => failure.fuzzCase.seed),
    },
    null,
    2,
  ),
);
process.exitCode = summary.failures.length > 0 ? 1 : 0;
