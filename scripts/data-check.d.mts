// Types for scripts/data-check.mjs.
export const defaultCoverageFile: string;
export function limitationHeadings(text: string): string[];
export function runCheck(options: {
  notes: readonly string[];
  limitations?: string;
  coverageFile?: string;
  dataFile?: string;
  overridesFile?: string;
  docsFile?: string;
}): { problems: string[]; hints: string[] };
export function main(argv: readonly string[]): number;
