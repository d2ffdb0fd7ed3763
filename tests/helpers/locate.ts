import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

/** Runs `locate` on `code` the way a rule would (TypeScript parser, module), and returns what it found. */
export function locateIn<T>(code: string, locate: (sourceCode: Readonly<TSESLint.SourceCode>) => T, filename = 'file.ts'): T {
  let found: T | undefined;
  const linter = new Linter();
  const plugin = {
    rules: {
      probe: {
        create(context: { sourceCode: unknown }) {
          return {
            Program() {
              found = locate(context.sourceCode as Readonly<TSESLint.SourceCode>);
            },
          };
        },
      },
    },
  };
  const messages = linter.verify(code, [
    { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], languageOptions: { parser: tsParser }, plugins: { test: plugin as never }, rules: { 'test/probe': 'error' } },
  ], filename);
  const fatal = messages.find((message) => message.fatal || message.ruleId === 'test/probe');
  if (fatal || messages.length > 0) throw new Error(`locateIn: ${(fatal ?? messages[0])!.message}`);
  return found as T;
}
