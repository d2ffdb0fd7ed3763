import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../src/report/progress-display.js';
import { repoRoot, runCli } from './helpers/run-cli.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 60, write: (text: string) => writes.push(text) } };
}

describe('progress on stderr', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'okta-oie-report-progress-display-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('stays silent when stderr is not a terminal and --progress is not given', async () => {
    const run = await runCli(['examples', '--out-dir', outDir], repoRoot);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('prints plain lines with --progress when stderr is not a terminal', async () => {
    const run = await runCli(['examples', '--out-dir', outDir, '--progress'], repoRoot);
    expect(run.code).toBe(0);
    // A line every two seconds while ESLint works; on a fast machine there is none between the two steps.
    expect(run.stderr).toMatch(/^Linting examples \(\d+\.\d s\)\n(?:Linting: \d+ files?, \d+\.\d s\n)*Linted \d+ files; writing the report \(\d+\.\d s\)\n$/);
    expect(run.stderr).not.toContain('\r');
  });

  it('redraws one line on a terminal, names the file, and clears it at the end', () => {
    vi.useFakeTimers();
    try {
      const { writes, stream } = fakeStream(true);
      const progress = createProgress(stream, true, '/p');
      progress.step('Linting .');
      for (let index = 0; index < 5; index += 1) {
        vi.advanceTimersByTime(100);
        progress.file(`/p/src/file-${index}.js`);
      }
      progress.stop();
      const redraws = writes.filter((text) => text.startsWith('\r\x1b[2K') && text.length > 5);
      expect(redraws).toHaveLength(5);
      expect(redraws.at(-1)).toContain('Linting: 5 files');
      expect(redraws.at(-1)).toContain('src/file-4.js');
      expect(redraws.every((text) => text.length <= 5 + 59)).toBe(true);
      expect(writes.at(-1)).toBe('\r\x1b[2K');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes nothing when off', () => {
    const { writes, stream } = fakeStream(true);
    const progress = createProgress(stream, false, '/p');
    progress.step('Linting .');
    progress.file('/p/a.js');
    progress.stop();
    expect(writes).toEqual([]);
  });
});
