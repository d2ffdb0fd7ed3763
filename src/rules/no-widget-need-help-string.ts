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

const name = 'no-widget-need-help-string';

type Options = [{ configShapes?: boolean }];

export default createRule<Options, keyof typeof settingsMessages | keyof typeof widgetMessages>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the "Need help signing in?" string, which Okta Identity Engine removed',
      recommended: 'warn',
      strictOptions: { configShapes: true },
      languages: widgetLanguages,
      source: { doc: 'ie-limitations', heading: 'Sign-In Widget customization - Help title link and Need help signing in string' },
      oktaGuide: oktaGuide.widgetUpgrade,
    },
    hasSuggestions: true,
    schema: [{ type: 'object', properties: { configShapes: configShapesSchema }, additionalProperties: false }],
    defaultOptions: [{ configShapes: false }],
    messages: {
      ...settingsMessages,
      ...widgetMessages,
      ignoredOption: 'Okta Identity Engine removed the "Need help signing in?" string, so `{{option}}` is never shown: {{instead}}.',
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate: widgetGate, identityEngineOnly: true, languages: widgetLanguages });
    if (!setup) return {};
    return widgetOptionListener(context, setup, options.configShapes === true, (option) => reportWidgetFact(context, option, name));
  },
});
