import { oktaGuide } from '../data/doc-urls.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import {
  configShapesSchema,
  reportWidgetFact,
  widgetGate,
  widgetAppFileGates,
  widgetLanguages,
  widgetMessages,
  widgetOptionListener,
} from '../kit/widget-report.js';

const name = 'no-unsupported-widget-features';

type Options = [{ configShapes?: boolean; classicOnlyFlags?: boolean }];

export default createRule<Options, keyof typeof settingsMessages | keyof typeof widgetMessages>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Sign-In Widget feature flags that Okta Identity Engine ignores',
      recommended: 'error',
      strictOptions: { configShapes: true, classicOnlyFlags: true },
      languages: widgetLanguages,
      source: { doc: 'ie-limitations', heading: 'Sign-In Widget customization - feature flags' },
      oktaGuide: oktaGuide.widgetUpgradeFeatureFlags,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          configShapes: configShapesSchema,
          classicOnlyFlags: {
            type: 'boolean',
            description:
              'Also report options the widget reads only in Classic Engine that the limitations document does not name (`features.router`, `features.passwordlessAuth`, `relayState`, …) (on in `strict`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ configShapes: false, classicOnlyFlags: false }],
    messages: {
      ...settingsMessages,
      ...widgetMessages,
      ignoredOption: 'Okta Identity Engine ignores the Sign-In Widget {{what}} `{{option}}`: {{instead}}.',
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate: widgetGate, identityEngineOnly: true, languages: widgetLanguages, appFileGates: widgetAppFileGates });
    if (!setup) return {};
    const lists = options.classicOnlyFlags ? (['source-doc', 'classic-only'] as const) : (['source-doc'] as const);
    return widgetOptionListener(context, setup, options.configShapes === true, (option) =>
      reportWidgetFact(context, option, name, lists),
    );
  },
});
