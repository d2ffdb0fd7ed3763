import type { TSESLint } from '@typescript-eslint/utils';
import type { Language } from './rule-setup.js';

/**
 * Listeners that run once per file, on the root of whichever language the file is in: `Program` for ESTree code,
 * `Document` for an `@eslint/json` document. Rules whose work is done by locators (which cache per file) need only this.
 */
export function fileListener(language: Language, run: () => void): TSESLint.RuleListener {
  return (language === 'json' ? { Document: run } : { Program: run }) as TSESLint.RuleListener;
}
