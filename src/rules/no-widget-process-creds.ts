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

const name = 'no-widget-process-creds';

type Options = [{ configShapes?: boolean }];

export default createRule<Options, keyof typeof settingsMessages | keyof typeof widgetMessages>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the processCreds hook, which the Sign-In Widget never calls on Okta Identity Engine',
      recommended: 'error',
      strictOptions: { configShapes: true },
      languages: widgetLanguages,
      source: { doc: 'ie-limitations', heading: 'Sign-In Widget customization - processCreds hook' },
      oktaGuide: oktaGuide.widgetDeprecatedMethods,
    },
    hasSuggestions: true,
    schema: [{ type: 'object', properties: { configShapes: configShapesSchema }, additionalProperties: false }],
    defaultOptions: [{ configShapes: false }],
    messages: {
      ...settingsMessages,
      ...widgetMessages,
      ignoredOption: 'The Sign-In Widget never calls `{{option}}` on Okta Identity Engine: {{instead}}.',
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate: widgetGate, identityEngineOnly: true, languages: widgetLanguages });
    if (!setup) return {};
    return widgetOptionListener(context, setup, options.configShapes === true, (option) => reportWidgetFact(context, option, name));
  },
});
