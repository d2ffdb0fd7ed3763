import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/report/args.js';
import { helpText } from '../../src/report/help.js';
import { repoRoot, runCli } from './helpers/run-cli.js';

describe('okta-oie-report --help', () => {
  it('prints the usage on stdout and exits 0, for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([flag], repoRoot);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(helpText);
      expect(run.stdout).toMatch(/^Usage: okta-oie-report \[options\] \[paths\.\.\.\]/);
    }
  });

  it('documents every option the parser accepts, and the parser accepts every documented option', () => {
    const documented = [...helpText.matchAll(/^\s+(?:-(\w), )?--([\w-]+)( <[^>]+>)?/gm)];
    expect(documented.length).toBeGreaterThanOrEqual(13);
    // A value each option accepts: any text, except where the option takes a choice.
    const sample = (long: string) => (long === 'concurrency' ? 'auto' : 'x');
    for (const [, short, long, value] of documented) {
      const args = value ? [`--${long}`, sample(long!)] : [`--${long}`];
      // Each documented option parses on its own, and its short form means the same thing.
      const parsed = parseCliArgs(args);
      if (short) expect(parseCliArgs(value ? [`-${short}`, sample(long!)] : [`-${short}`])).toEqual(parsed);
    }
    expect(() => parseCliArgs(['--undocumented'])).toThrow(/Unknown option '--undocumented'/);
  });

  it('prints the version with --version', async () => {
    const run = await runCli(['--version'], repoRoot);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('defaults to the current folder and okta-oie-report/ for the output', () => {
    expect(parseCliArgs([])).toMatchObject({ paths: ['.'], outDir: 'okta-oie-report', progress: undefined, recommended: false });
    expect(parseCliArgs(['--progress']).progress).toBe(true);
    expect(parseCliArgs(['--no-progress']).progress).toBe(false);
    expect(() => parseCliArgs(['--config', 'a.mjs', '--recommended'])).toThrow('use either --config or --recommended');
    expect(parseCliArgs([])).toMatchObject({ concurrency: undefined, cache: false, cacheLocation: undefined });
    expect(parseCliArgs(['--concurrency', '8', '--cache', '--cache-location', '.cache/'])).toMatchObject({ concurrency: 8, cache: true, cacheLocation: '.cache/' });
  });
});
