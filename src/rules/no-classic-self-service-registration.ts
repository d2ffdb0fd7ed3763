import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { registrationApiPath } from '../data/classic-endpoints.js';
import { oktaGuide } from '../data/doc-urls.js';
import { endpointStringGate, locateEndpointStrings } from '../locate/endpoint-strings.js';
import { locateHttpCalls, matchingCalls } from '../locate/http-call.js';
import type { WidgetOption } from '../locate/widget-config.js';
import { resolverFor } from '../resolve/index.js';
import { staticKeyName } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule, textMatches } from '../kit/rule-setup.js';
import {
  configShapesSchema,
  reportWidgetFact,
  widgetGate,
  widgetAppFileGates,
  widgetLanguages,
  widgetMessages,
  widgetOptionListener,
} from '../kit/widget-report.js';

const name = 'no-classic-self-service-registration';

/** Text of a call to the Classic Registration API (`/api/v1/registration…`, however the URL is built). */
const registrationApiGate = /registration/;
/** This rule looks at widget options and at Registration API calls. */
const gate = new RegExp(`${widgetGate.source}|${registrationApiGate.source}`);

type Options = [{ configShapes?: boolean }];
type FunctionNode = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration;

/** The function a `registration.parseSchema` option holds: written inline, or a same-file function or constant. */
function parseSchemaFunction(option: WidgetOption, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | undefined {
  if (!option.value) return undefined;
  const value = resolverFor(sourceCode).value(option.value);
  const fn = value.kind === 'function' ? value.node : undefined;
  return fn?.type === 'FunctionExpression' || fn?.type === 'ArrowFunctionExpression' || fn?.type === 'FunctionDeclaration' ? fn : undefined;
}

/** Where the first parameter of a Classic `parseSchema` is read as `schema.profileSchema` (or destructured so). */
function classicSchemaReads(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  const parameter = fn.params[0];
  if (!parameter) return [];
  if (parameter.type === 'ObjectPattern') {
    return parameter.properties.filter(
      (property) => property.type === 'Property' && staticKeyName(property.key, property.computed) === 'profileSchema',
    );
  }
  if (parameter.type !== 'Identifier') return [];
  const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === parameter.name);
  return (variable?.references ?? [])
    .map((reference) => reference.identifier.parent)
    .filter(
      (parent): parent is TSESTree.MemberExpression =>
        parent?.type === 'MemberExpression' && staticKeyName(parent.property, parent.computed) === 'profileSchema',
    );
}

export default createRule<Options, keyof typeof settingsMessages | keyof typeof widgetMessages | 'classicSchemaShape' | 'registrationApi'>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Classic Engine Self-Service Registration in the Sign-In Widget and the Registration API',
      recommended: 'error',
      strictOptions: { configShapes: true },
      languages: widgetLanguages,
      source: { doc: 'ie-limitations', heading: 'Self-Service Registration' },
      oktaGuide: oktaGuide.profileEnrollment,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [{ type: 'object', properties: { configShapes: configShapesSchema }, additionalProperties: false }],
    defaultOptions: [{ configShapes: false }],
    messages: {
      ...settingsMessages,
      ...widgetMessages,
      ignoredOption:
        'Okta Identity Engine has no Self-Service Registration, so the Sign-In Widget ignores `{{option}}`: {{instead}}.',
      classicSchemaShape:
        "`schema.profileSchema` is the Classic Engine registration schema; on Okta Identity Engine `parseSchema` receives an array of form fields named 'userProfile.<attribute>'.",
      registrationApi:
        '`{{operation}}` is the Classic Engine Self-Service Registration API, which Okta Identity Engine does not support. Sign-up follows the profile enrollment policy: use the Sign-In Widget, or okta-auth-js `idx.register()`.',
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: widgetLanguages, appFileGates: widgetAppFileGates });
    if (!setup) return {};
    const sourceCode = context.sourceCode;
    const widgetListener: TSESLint.RuleListener = textMatches(sourceCode, widgetGate)
      ? widgetOptionListener(context, setup, options.configShapes === true, (option) => {
          reportWidgetFact(context, option, name);
          if (option.path.length === 2 && option.path[0] === 'registration' && option.path[1] === 'parseSchema') {
            const fn = parseSchemaFunction(option, sourceCode);
            for (const read of fn ? classicSchemaReads(fn, sourceCode) : []) {
              context.report({ node: read, messageId: 'classicSchemaShape' });
            }
          }
        })
      : {};
    if (setup.language === 'json' || !textMatches(sourceCode, registrationApiGate)) return widgetListener;
    return {
      Program(program) {
        widgetListener.Program?.(program);
        // The Classic Registration API, called directly by a custom sign-up page or a back end.
        for (const call of matchingCalls(locateHttpCalls(sourceCode), registrationApiPath)) {
          const operation = `${call.method ?? ''} ${call.url.path.replace(/:param/g, '{…}')}`.trim();
          context.report({ node: call.urlNode, messageId: 'registrationApi', data: { operation } });
        }
        // The path written where the request is not: an endpoint constant, a literal handed to an imported helper.
        for (const written of textMatches(sourceCode, endpointStringGate) ? locateEndpointStrings(sourceCode) : []) {
          if (registrationApiPath.test(written.url.path)) context.report({ node: written.node, messageId: 'registrationApi', data: { operation: written.url.path.replace(/:param/g, '{…}') } });
        }
      },
    };
  },
});
