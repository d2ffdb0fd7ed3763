import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import { docsUrl } from '../data/doc-urls.js';

/** Which source document a rule comes from; the migration report groups findings by it. */
export type RuleSource = 'ie-limitations' | 'api-release-notes-2026';

export interface OktaRuleDocs {
  /** Severity in `recommended`: `error` for code that breaks, `warn` for code that degrades. `strict` uses `error`. */
  recommended: 'error' | 'warn';
  /** Options `strict` passes to the rule: wider lists, documented heuristics. */
  strictOptions?: Record<string, unknown>;
  /** The heading of the item in the source document this rule covers. */
  source: { doc: RuleSource; heading: string };
  /** The Okta guide that explains the change; every rule doc links it. */
  oktaGuide: string;
  /** Languages the rule checks: ESTree (`js`) and `@eslint/json` documents (`json`). The JSON configs take rules with `json`. */
  languages: readonly ('js' | 'json')[];
}

export const createRule = RuleCreator<OktaRuleDocs>(docsUrl);
