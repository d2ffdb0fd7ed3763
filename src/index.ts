import type { ESLint, Rule } from 'eslint';
import { name, version } from '../package.json';
import { buildConfigs, namespace, type Configs } from './configs.js';
import { rules, type RuleName } from './rules/index.js';

export type { Configs } from './configs.js';
export type { OktaSettings } from './settings.js';

export type OktaOiePlugin = ESLint.Plugin & {
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
