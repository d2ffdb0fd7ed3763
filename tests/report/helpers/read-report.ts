import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportData } from '../../../src/report/model.js';

export interface WrittenReport {
  json: ReportData & { kind: string; schemaVersion: number };
  html: string;
  markdown: string;
}

/** The three files a run wrote into `outDir`. */
export function readReport(outDir: string): WrittenReport {
  return {
    json: JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as WrittenReport['json'],
    html: readFileSync(join(outDir, 'report.html'), 'utf8'),
    markdown: readFileSync(join(outDir, 'report.md'), 'utf8'),
  };
}

/** Every match of a regexp's first group. */
export function allMatches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map((match) => match[1]!);
}
