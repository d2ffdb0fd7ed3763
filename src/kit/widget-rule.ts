import type { WidgetRuleId } from '../data/widget-options.js';
import { createRule, type OktaRuleDocs } from './create-rule.js';
import { settingsMessages, setupRule } from './rule-setup.js';
import {
  configShapesSchema,
  reportWidgetFact,
  widgetGate,
  widgetAppFileGates,
  widgetLanguages,
  widgetMessages,
  widgetOptionListener,
} from './widget-report.js';

export interface WidgetOptionRuleSpec {
  name: WidgetRuleId;
  description: string;
  recommended: OktaRuleDocs['recommended'];
  source: OktaRuleDocs['source'];
  oktaGuide: string;
  /** How the rule words `ignoredOption` (placeholders `option` and `instead`). */
  message: string;
  /** Some option of the rule is removed by autofix. */
  fixable: boolean;
}

/**
 * A rule that reports exactly the widget options `src/data/widget-options.ts` gives it, with the fix or suggestion the
 * data allows. The data is the rule: the rule files only name themselves and word their message.
 */
export function createWidgetOptionRule(spec: WidgetOptionRuleSpec) {
  return createRule<[{ configShapes?: boolean }], keyof typeof settingsMessages | keyof typeof widgetMessages>({
    name: spec.name,
    meta: {
      type: 'problem',
      docs: {
        description: spec.description,
        recommended: spec.recommended,
        strictOptions: { configShapes: true },
        languages: widgetLanguages,
        source: spec.source,
        oktaGuide: spec.oktaGuide,
      },
      ...(spec.fixable ? { fixable: 'code' as const } : {}),
      hasSuggestions: true,
      schema: [{ type: 'object', properties: { configShapes: configShapesSchema }, additionalProperties: false }],
      defaultOptions: [{ configShapes: false }],
      messages: { ...settingsMessages, ...widgetMessages, ignoredOption: spec.message },
    },
    create(context, [options]) {
      const setup = setupRule(context, { gate: widgetGate, identityEngineOnly: true, languages: widgetLanguages, appFileGates: widgetAppFileGates });
      if (!setup) return {};
      return widgetOptionListener(context, setup, options.configShapes === true, (option) => reportWidgetFact(context, option, spec.name));
    },
  });
}
