import type { RuleInfo } from './model.js';

/** A rule's `meta` as ESLint hands it to formatters; every field is read defensively (other plugins' rules pass by here too). */
export type RuleMetaLike = { docs?: unknown; fixable?: unknown; hasSuggestions?: unknown } | undefined;

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readSource(docs: Record<string, unknown>): RuleInfo['source'] {
  const source = docs.source;
  if (typeof source !== 'object' || source === null) return undefined;
  const doc = stringField(source as Record<string, unknown>, 'doc');
  const heading = stringField(source as Record<string, unknown>, 'heading');
  return doc && heading ? { doc, heading } : undefined;
}

/**
 * The report's view of a rule, from its metadata. A rule belongs to this plugin when its docs name a source item and an
 * Okta guide: that holds under any namespace a user gives the plugin, and for every rule added later.
 */
export function ruleInfo(ruleId: string, meta: RuleMetaLike): RuleInfo | undefined {
  const docs = typeof meta?.docs === 'object' && meta.docs !== null ? (meta.docs as Record<string, unknown>) : undefined;
  if (!docs) return undefined;
  const source = readSource(docs);
  const oktaGuide = stringField(docs, 'oktaGuide');
  if (!source || !oktaGuide) return undefined;
  return {
    ruleId,
    description: stringField(docs, 'description'),
    docsUrl: stringField(docs, 'url'),
    oktaGuide,
    source,
    recommended: stringField(docs, 'recommended'),
    fixable: typeof meta?.fixable === 'string',
    hasSuggestions: meta?.hasSuggestions === true,
  };
}

/** The rule name without its plugin namespace, for tight spaces such as chart labels. */
export function shortRuleName(ruleId: string): string {
  const slash = ruleId.lastIndexOf('/');
  return slash === -1 ? ruleId : ruleId.slice(slash + 1);
}
