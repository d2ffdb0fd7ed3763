import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { securityImagePath } from '../data/classic-endpoints.js';
import { oktaGuide } from '../data/doc-urls.js';
import { locateHttpCalls } from '../locate/http-call.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule, textMatches } from '../kit/rule-setup.js';
import { removeStatement, type Range } from '../util/text-edit.js';
import {
  applyEdits,
  configShapesSchema,
  reportWidgetFact,
  widgetGate,
  widgetAppFileGates,
  widgetLanguages,
  widgetMessages,
  widgetOptionListener,
} from '../kit/widget-report.js';

const name = 'no-widget-security-image';

/** Text of a call to the Classic security image endpoint (`/login/getimage`, however the URL is built). */
const securityImageGate = /getimage/;
/** This rule looks at widget options and at security image requests. */
const gate = new RegExp(`${widgetGate.source}|${securityImageGate.source}`);

/** The statement a request is all of (`fetch(…);`, `await $.get(…);`), when its result is not used. */
function wholeStatement(call: TSESTree.CallExpression): TSESTree.ExpressionStatement | undefined {
  let node: TSESTree.Node = call;
  if (node.parent?.type === 'AwaitExpression') node = node.parent;
  return node.parent?.type === 'ExpressionStatement' ? node.parent : undefined;
}

type Options = [{ configShapes?: boolean }];

export default createRule<Options, keyof typeof settingsMessages | keyof typeof widgetMessages | 'securityImageRequest' | 'removeRequest'>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the Classic Engine security image options of the Sign-In Widget',
      recommended: 'warn',
      strictOptions: { configShapes: true },
      languages: widgetLanguages,
      source: { doc: 'ie-limitations', heading: 'Sign-In Widget customization - Security image' },
      oktaGuide: oktaGuide.widgetUpgrade,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [{ type: 'object', properties: { configShapes: configShapesSchema }, additionalProperties: false }],
    defaultOptions: [{ configShapes: false }],
    messages: {
      ...settingsMessages,
      ...widgetMessages,
      ignoredOption: 'Okta Identity Engine has no security image, so the Sign-In Widget ignores `{{option}}`: {{instead}}.',
      securityImageRequest:
        '`/login/getimage` is the Classic Engine security image; Okta Identity Engine shows no security image, so there is nothing to fetch. Use phishing-resistant authenticators against phishing.',
      removeRequest: 'Remove the security image request.',
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: widgetLanguages, appFileGates: widgetAppFileGates });
    if (!setup) return {};
    const sourceCode = context.sourceCode;
    const widgetListener: TSESLint.RuleListener = textMatches(sourceCode, widgetGate)
      ? widgetOptionListener(context, setup, options.configShapes === true, (option) => reportWidgetFact(context, option, name))
      : {};
    if (setup.language === 'json' || !textMatches(sourceCode, securityImageGate)) return widgetListener;
    return {
      Program(program) {
        widgetListener.Program?.(program);
        // A custom sign-in page that fetches the image itself.
        const comments = sourceCode.getAllComments().map((comment) => comment.range as Range);
        for (const call of locateHttpCalls(sourceCode)) {
          if (!securityImagePath.test(call.url.path)) continue;
          const statement = wholeStatement(call.node);
          context.report({
            node: call.urlNode,
            messageId: 'securityImageRequest',
            suggest: statement ? [{ messageId: 'removeRequest', fix: applyEdits([removeStatement(sourceCode.text, comments, statement.range)]) }] : [],
          });
        }
      },
    };
  },
});
