import type { TSESLint } from '@typescript-eslint/utils';
import type { NamedCreateRuleMeta } from '@typescript-eslint/utils/eslint-utils';
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

type Options = readonly Record<string, unknown>[];

interface RuleSpec<O extends Options, M extends string> {
  name: string;
  meta: NamedCreateRuleMeta<M, OktaRuleDocs, O>;
  create(context: Readonly<TSESLint.RuleContext<M, O>>, options: O): TSESLint.RuleListener;
}

/**
 * Every option of every rule here is one flat object, so the defaults merge with a spread. ESLint 9.15+ has merged
 * `meta.defaultOptions` already; ESLint 8.57 has not. Either way this costs next to nothing, unlike a deep clone and
 * merge per rule per file (typescript-eslint's `RuleCreator`), which a file with no Okta trace should not pay for.
 */
function withDefaults<O extends Options>(defaults: O, given: readonly unknown[]): O {
  return defaults.map((fallback, index) => {
    const value = given[index];
    return value && typeof value === 'object' && !Array.isArray(value) ? { ...fallback, ...value } : fallback;
  }) as unknown as O;
}

/** A typed rule with its docs URL, messageIds and options, in the shape typescript-eslint's `RuleCreator` gives. */
export function createRule<O extends Options, M extends string>(spec: RuleSpec<O, M>): TSESLint.RuleModule<M, O, OktaRuleDocs> & { name: string } {
  const meta = { ...spec.meta, docs: { ...spec.meta.docs, url: docsUrl(spec.name) } };
  const defaults = (spec.meta.defaultOptions ?? []) as unknown as O;
  return {
    name: spec.name,
    meta,
    defaultOptions: defaults,
    create: (context) => spec.create(context, withDefaults(defaults, context.options)),
  };
}
