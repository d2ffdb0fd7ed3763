import type { Linter, Rule } from 'eslint';

/**
 * ESLint's API reports nothing until every file is linted. This rule, added to the config for the run only, reports
 * nothing either: ESLint creates it once per linted file, which is the tick the progress display needs.
 */
export function progressConfig(onFile: (filePath: string) => void): Linter.Config {
  const tick: Rule.RuleModule = {
    meta: { type: 'suggestion', schema: [] },
    create(context) {
      onFile(context.filename);
      return {};
    },
  };
  return {
    name: 'okta-oie-report/progress',
    plugins: { 'okta-oie-report': { rules: { progress: tick } } },
    rules: { 'okta-oie-report/progress': 'warn' },
  };
}
