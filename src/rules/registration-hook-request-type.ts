import type { TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { noCommandsResponse, requestTypeKey, requestTypes } from '../data/registration-hook.js';
import {
  locateRegistrationHookHandlers,
  registrationHookGate,
  type RegistrationHookHandler,
} from '../locate/registration-hook.js';
import { staticKeyName } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import type { TextEdit } from '../util/text-edit.js';
import { walk } from '../util/walk.js';
import { applyEdits } from '../kit/widget-report.js';

const name = 'registration-hook-request-type';

type MessageIds = keyof typeof settingsMessages | 'noRequestTypeCheck' | 'answerProgressiveProfile';

/** How the handler answers, when it is an Express-style `(req, res) => { … res.json(…) }`: `json` or `send`. */
function responseMethod(handler: RegistrationHookHandler, response: string, visitorKeys: Parameters<typeof walk>[1]): 'json' | 'send' | undefined {
  let found: 'json' | 'send' | undefined;
  walk(handler.fn, visitorKeys, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return;
    const method = staticKeyName(node.callee.property, node.callee.computed);
    if (method !== 'json' && method !== 'send') return;
    // `res.json(…)` or `res.status(200).json(…)`
    let object: TSESTree.Node = node.callee.object;
    if (object.type === 'CallExpression' && object.callee.type === 'MemberExpression') object = object.callee.object;
    if (object.type === 'Identifier' && object.name === response && found !== 'json') found = method;
  });
  return found;
}

/**
 * A guard at the top of an Express-style handler that answers progressive profile requests with no commands, so
 * they never reach the self-service registration logic: only when the handler reads `<req>.body` and answers with
 * `<res>.json()` or `<res>.send()`.
 */
function progressiveProfileGuard(handler: RegistrationHookHandler, text: string, visitorKeys: Parameters<typeof walk>[1]): TextEdit | undefined {
  const { fn } = handler;
  const [request, response] = fn.params;
  if (fn.body.type !== 'BlockStatement' || request?.type !== 'Identifier' || response?.type !== 'Identifier') return undefined;
  const first = fn.body.body[0];
  if (!first) return undefined;
  const readsBody = handler.signals.some(
    (signal) =>
      signal.body?.type === 'MemberExpression' &&
      signal.body.object.type === 'Identifier' &&
      signal.body.object.name === request.name &&
      staticKeyName(signal.body.property, signal.body.computed) === 'body',
  );
  const method = readsBody ? responseMethod(handler, response.name, visitorKeys) : undefined;
  if (!method) return undefined;
  const answer = method === 'json' ? `${response.name}.json(${noCommandsResponse})` : `${response.name}.send(JSON.stringify(${noCommandsResponse}))`;
  const test = `${request.name}.body.${requestTypeKey} === '${requestTypes.progressiveProfile}'`;
  const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
  const indent = text.slice(lineStart, first.range[0]);
  const guard = /^[ \t]*$/.test(indent)
    ? `if (${test}) {\n${indent}  return ${answer};\n${indent}}\n${indent}`
    : `if (${test}) return ${answer}; `;
  return { range: [first.range[0], first.range[0]], text: guard };
}

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require registration inline hook handlers to check `requestType`, which Okta Identity Engine adds',
      recommended: 'warn',
      languages: ['js'],
      source: { doc: 'ie-limitations', heading: 'Sign-In Widget customization - Registration Inline Hooks' },
      oktaGuide: oktaGuide.registrationHookUpgrade,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      noRequestTypeCheck:
        "This registration inline hook handler {{signal}} but never checks `requestType`: on Okta Identity Engine the hook also runs for progressive profile enrollment (`requestType: 'progressive.profile'`), which sends the new fields in `data.userProfileUpdate` and has no `data.userProfile`. Branch on `requestType`.",
      answerProgressiveProfile: 'Answer progressive profile requests with no commands before the self-service registration logic.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: registrationHookGate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    return {
      Program() {
        const sourceCode = context.sourceCode;
        for (const handler of locateRegistrationHookHandlers(sourceCode)) {
          if (handler.checksRequestType) continue;
          const first = handler.signals[0]!;
          const signal = first.kind === 'reads-user-profile' ? `reads \`${first.detail}\`` : `answers with \`${first.detail}\``;
          const guard = progressiveProfileGuard(handler, sourceCode.text, sourceCode.visitorKeys);
          context.report({
            node: first.node,
            messageId: 'noRequestTypeCheck',
            data: { signal },
            suggest: guard ? [{ messageId: 'answerProgressiveProfile', fix: applyEdits([guard]) }] : [],
          });
        }
      },
    };
  },
});
