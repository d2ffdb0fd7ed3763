import type { ESLint, Rule } from 'eslint';
import { name, version } from '../package.json';
import { buildConfigs, namespace, type Configs } from './configs.js';
import { rules, type RuleName } from './rules/index.js';

// Only the default export: a named export next to it would stop the CommonJS types from being `export =`, which
// is what `require('eslint-plugin-okta-oie')` really returns. Types stay reachable as `typeof okta.configs`.
type OktaOiePlugin = Omit<ESLint.Plugin, 'meta' | 'rules' | 'configs'> & {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Configs;
};

const plugin = {
  meta: { name, version, namespace },
  // RuleCreator's rule type is stricter than ESLint's own; at run time they are the same object shape.
  rules: rules as unknown as Record<RuleName, Rule.RuleModule>,
  configs: {} as Configs,
} satisfies OktaOiePlugin;

Object.assign(plugin.configs, buildConfigs(plugin, rules));

export default plugin as OktaOiePlugin;
