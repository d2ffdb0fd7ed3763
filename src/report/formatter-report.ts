import type { ESLint } from 'eslint';
import { version } from '../../package.json';
import { buildReport } from './build-report.js';
import type { ReportData } from './model.js';
import { projectTitle } from './project-title.js';

/**
 * The report data inside an ESLint formatter (`eslint -f …`): ESLint already linted with the user's config and hands over
 * the results, the working directory and the metadata of every rule that reported.
 */
export function reportFromFormatterContext(results: ESLint.LintResult[], context: ESLint.LintResultData | undefined): ReportData {
  const cwd = context?.cwd ?? process.cwd();
  return buildReport(results, context?.rulesMeta ?? {}, {
    cwd,
    run: {
      title: projectTitle(cwd),
      generatedAt: new Date().toISOString(),
      toolVersion: version,
      eslintVersion: undefined,
      config: 'the ESLint config of this run (formatter)',
      paths: [],
    },
  });
}
