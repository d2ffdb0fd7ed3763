import { oktaGuide } from '../data/doc-urls.js';
import { createRule } from '../util/create-rule.js';
import { settingsMessages, setupRule } from '../util/rule-setup.js';
import {
  configShapesSchema,
  reportWidgetFact,
  widgetGate,
  widgetLanguages,
  widgetMessages,
  widgetOptionListener,
} from '../util/widget-report.js';

const name = 'no-widget-help-support-number';

type Options = [{ configShapes?: boolean }];

export default createRule<Options, keyof typeof settingsMessages | keyof typeof widgetMessages>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the Help Support number, which Okta Identity Engine no longer shows',
      recommended: 'warn',
      strictOptions: { configShapes: true },
      languages: widgetLanguages,
      source: { doc: 'ie-limitations', heading: 'Help Support number' },
      oktaGuide: oktaGuide.ieLimitations,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [{ type: 'object', properties: { configShapes: configShapesSchema }, additionalProperties: false }],
    defaultOptions: [{ configShapes: false }],
    messages: {
      ...settingsMessages,
      ...widgetMessages,
      ignoredOption: 'Okta Identity Engine no longer shows a Help Support number, so the Sign-In Widget ignores `{{option}}`: {{instead}}.',
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate: widgetGate, identityEngineOnly: true, languages: widgetLanguages });
    if (!setup) return {};
    return widgetOptionListener(context, setup, options.configShapes === true, (option) => reportWidgetFact(context, option, name));
  },
});
