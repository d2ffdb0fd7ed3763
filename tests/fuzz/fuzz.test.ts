import { describe, expect, it } from 'vitest';
import { describeFailure, runFuzz, type FuzzSummary } from './cases.js';

/**
 * A bounded fuzz run in `npm test`: a fixed seed, so it is the same run every time and a failure reproduces with the
 * command it prints; `npm run fuzz -- --count N --seed S` runs more. No rule may throw; every fix must give text
 * that parses, that a second `--fix` leaves alone and that loses no comment but those inside or trailing removed
 * code; every suggestion must parse and keep its comments the same way. FUZZ_SEED / FUZZ_COUNT change the run (for
 * bisecting a failure with vitest).
 */

const seed = Number(process.env.FUZZ_SEED ?? 20260220);
const count = Number(process.env.FUZZ_COUNT ?? 250);

let summary: FuzzSummary | undefined;
const run = (): FuzzSummary => (summary ??= runFuzz(seed, count));

describe(`fuzz: ${count} generated programs from seed ${seed}`, () => {
  it('counts only the programs that parsed, and says how many', { timeout: 120_000 }, () => {
    const result = run();
    // A program that does not parse is ESLint's parse error: no rule ran on it, so it proves nothing either way.
    console.info(`fuzz: ${result.parsed} of ${result.cases} generated programs parsed and were checked (${result.unparsed} did not parse)`);
    expect(result.parsed + result.unparsed).toBe(result.cases);
    // Most eslump programs parse (the Okta ones always do); many more that do not means the setup broke.
    expect(result.parsed / result.cases).toBeGreaterThan(0.75);
  });

  it('finds no rule that throws, no unsafe fix and no unsafe suggestion', { timeout: 120_000 }, () => {
    const { failures, parsed } = run();
    // The first few failures in full (seed, program, problem); the count says how many more there are.
    expect(`${failures.length} failing cases of ${parsed} parsed programs\n\n${failures.slice(0, 3).map(describeFailure).join('\n\n')}`).toBe(
      `0 failing cases of ${parsed} parsed programs\n\n`,
    );
  });

  it('reaches the rules: parsed programs get findings, fixes and suggestions', { timeout: 120_000 }, () => {
    const result = run();
    expect(result.withFindings / result.parsed, JSON.stringify(result.findingsByRule)).toBeGreaterThan(0.1);
    expect(result.fixed).toBeGreaterThan(0);
    expect(result.suggestionsChecked).toBeGreaterThan(0);
  });
});
