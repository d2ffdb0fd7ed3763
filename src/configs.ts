import type { Linter } from 'eslint';
import type { OktaRuleDocs } from './kit/create-rule.js';

export const namespace = 'okta-oie';

export type ConfigName = 'recommended' | 'strict' | 'recommended-json' | 'strict-json' | 'legacy-recommended' | 'legacy-strict';

export type Configs = {
  recommended: Linter.Config;
  strict: Linter.Config;
  'recommended-json': Linter.Config;
  'strict-json': Linter.Config;
  'legacy-recommended': Linter.LegacyConfig;
  'legacy-strict': Linter.LegacyConfig;
};

interface RuleMetaView {
  meta: { docs?: OktaRuleDocs & { languages?: readonly string[] } };
}

type Level = 'recommended' | 'strict';

/**
 * The rule settings of one config, computed from each rule's `meta.docs`; nothing here is written by hand. Rules at
 * `error` come first: ESLint creates rules in config order, and the first of ours to run reports a bad
 * `settings['okta-oie']`, which should then fail the run.
 */
export function ruleEntries(rules: Record<string, RuleMetaView>, level: Level, onlyJson = false): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  const ordered = Object.entries(rules).sort(([, a], [, b]) => Number(a.meta.docs?.recommended === 'warn') - Number(b.meta.docs?.recommended === 'warn'));
  for (const [ruleName, rule] of ordered) {
    const docs = rule.meta.docs;
    if (!docs) throw new Error(`Rule ${ruleName} has no meta.docs.`);
    if (onlyJson && !docs.languages?.includes('json')) continue;
    const id = `${namespace}/${ruleName}`;
    if (level === 'recommended') entries[id] = docs.recommended;
    else entries[id] = docs.strictOptions ? ['error', docs.strictOptions] : 'error';
  }
  return entries;
}

/**
 * Flat configs (plain names, each with a `name`), JSON variants and eslintrc (`legacy-*`) configs. No flat config sets
 * `files`: each takes the `files` of the block that extends it. `defineConfig` intersects a block's `files` with the
 * `files` of what it extends, so a JSON config fixed to `.json` files would turn nothing on from a block for `.jsonc`
 * files. Which files are JSON, JSONC or lockfiles to skip is for the user's block to say, as the README shows.
 */
export function buildConfigs(plugin: object, rules: Record<string, RuleMetaView>): Configs {
  const plugins = { [namespace]: plugin } as Linter.Config['plugins'];
  return {
    recommended: { name: `${namespace}/recommended`, plugins, rules: ruleEntries(rules, 'recommended') },
    strict: { name: `${namespace}/strict`, plugins, rules: ruleEntries(rules, 'strict') },
    'recommended-json': {
      name: `${namespace}/recommended-json`,
      plugins,
      rules: ruleEntries(rules, 'recommended', true),
    },
    'strict-json': {
      name: `${namespace}/strict-json`,
      plugins,
      rules: ruleEntries(rules, 'strict', true),
    },
    'legacy-recommended': { plugins: [namespace], rules: ruleEntries(rules, 'recommended') },
    'legacy-strict': { plugins: [namespace], rules: ruleEntries(rules, 'strict') },
  };
}
