import { join, resolve } from 'node:path';
import type { CliOptions } from './args.js';

export interface OutputPaths {
  html: string;
  markdown: string;
  json: string;
}

/** `--html`/`--markdown`/`--json` win; otherwise each file goes into `--out-dir` under its usual name. */
export function outputPaths(cwd: string, options: Pick<CliOptions, 'outDir' | 'html' | 'markdown' | 'json'>): OutputPaths {
  const outDir = resolve(cwd, options.outDir);
  return {
    html: resolve(cwd, options.html ?? join(outDir, 'report.html')),
    markdown: resolve(cwd, options.markdown ?? join(outDir, 'report.md')),
    json: resolve(cwd, options.json ?? join(outDir, 'report.json')),
  };
}
