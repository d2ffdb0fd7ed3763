import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { cookieTokenParameter, sdk6SessionFactories, sessionOperations, type SessionOperation } from '../data/sessions-api.js';
import { locateHttpCalls, propertyValue, type HttpCall, type HttpClient } from '../locate/http-call.js';
import { locateSdkCalls, resultCalls } from '../locate/sdk-call.js';
import { queryParameter } from '../locate/url.js';
import { staticString, unwrap } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule, textMatches } from '../kit/rule-setup.js';
import type { TextEdit } from '../util/text-edit.js';
import { applyEdits } from '../kit/widget-report.js';

const name = 'no-classic-sessions-api';

type Options = [{ endpoints?: 'current' | 'source-doc' }];
type MessageIds = keyof typeof settingsMessages | 'sessionById' | 'sessionByIdSdk' | 'cookieToken' | 'useMySession';

/** Text a file needs to hold any of these calls: a sessions path, or an SDK session method (`getSession(`, `endUserSessions(`). */
const gate = /sessions|Sessions?\(/;

/** Clients a browser page uses; the `/me` endpoints only make sense there (they go by the session cookie). */
const browserClients: ReadonlySet<HttpClient> = new Set(['fetch', 'axios', 'ky', 'superagent', 'jquery', 'xhr']);

/** An Okta API token (`SSWS …`) in the file means server code acting for an admin, where `/me` has no meaning. */
const apiToken = /SSWS/;

function isStringPart(node: TSESTree.Node): node is TSESTree.StringLiteral | TSESTree.TemplateLiteral {
  return (node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral';
}

/** The operands of a `+` chain, left to right (down its left side in a loop: a chain may be thousands long). */
function concatenation(node: TSESTree.Node): TSESTree.Node[] {
  const rights: TSESTree.Node[] = [];
  let expression = unwrap(node);
  while (expression.type === 'BinaryExpression' && expression.operator === '+') {
    rights.push(expression.right);
    expression = unwrap(expression.left);
  }
  return [expression, ...rights.reverse()];
}

function literalText(node: TSESTree.Node): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * The edit that turns a by-id URL written in place into its `/me` twin: the `${sessionId}` of a template literal, or
 * the `+ sessionId` of a concatenation, becomes `me`. Undefined when the URL is not written so plainly.
 */
function mySessionEdit(urlNode: TSESTree.Node, suffix: string, text: string): TextEdit | undefined {
  const url = unwrap(urlNode);
  if (url.type === 'TemplateLiteral') {
    const index = url.quasis.findIndex((quasi, position) => {
      const rest = url.quasis.slice(position + 1);
      return (
        position < url.expressions.length &&
        /\/sessions\/$/.test(quasi.value.cooked ?? '') &&
        rest.length === 1 &&
        rest[0]!.value.cooked === suffix
      );
    });
    const expression = url.expressions[index];
    if (!expression) return undefined;
    const start = text.lastIndexOf('${', expression.range[0]);
    const end = text.indexOf('}', expression.range[1]);
    if (start === -1 || end === -1) return undefined;
    return { range: [start, end + 1], text: 'me' };
  }
  const operands = concatenation(url);
  if (operands.length < 2) return undefined;
  for (let index = 1; index < operands.length; index++) {
    const before = operands[index - 1]!;
    const after = operands.slice(index + 1);
    const afterText = after.map((operand) => literalText(operand) ?? '').join('');
    if (!isStringPart(before) || after.some((operand) => literalText(operand) === undefined) || afterText !== suffix) continue;
    const beforeText = text.slice(before.range[0], before.range[1]);
    if (!/\/sessions\/.$/.test(beforeText)) continue;
    const end = after.length > 0 ? after[after.length - 1]!.range[1] : operands[index]!.range[1];
    return { range: [before.range[0], end], text: `${beforeText.slice(0, -1)}me${suffix}${beforeText.slice(-1)}` };
  }
  return undefined;
}

/** `additionalFields=cookieToken` in the URL, or `additionalFields: 'cookieToken'` in axios `params` / got `searchParams`. */
function cookieTokenRequest(call: HttpCall, scope: TSESLint.Scope.Scope): TSESTree.Node | undefined {
  const wanted = (value: string | undefined) => value !== undefined && value.split(',').map((field) => field.trim()).includes(cookieTokenParameter.value);
  if (wanted(queryParameter(call.url, cookieTokenParameter.name))) return call.urlNode;
  const value = propertyValue(call.queryObject, cookieTokenParameter.name);
  return value && wanted(staticString(value, scope)) ? value : undefined;
}

export default createRule<Options, MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Sessions API calls that Okta Identity Engine does not support',
      recommended: 'error',
      strictOptions: { endpoints: 'source-doc' },
      languages: ['js'],
      source: { doc: 'ie-limitations', heading: 'Sessions APIs' },
      oktaGuide: oktaGuide.sessionsUpgrade,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          endpoints: {
            type: 'string',
            enum: ['current', 'source-doc'],
            description:
              "Which list of unsupported Sessions API calls to report: `'current'` (what Okta lists today: `POST /api/v1/sessions?additionalFields=cookieToken`) or `'source-doc'` (also the four by-id operations of the limitations document, fixed in releases 2025.08.4 and 2025.10.1; on in `strict`).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ endpoints: 'current' }],
    messages: {
      ...settingsMessages,
      sessionById:
        "Okta's Identity Engine limitations list `{{operation}}` as unsupported: it did not work for Identity Engine sessions before release {{fixedIn}}. Use {{instead}}.",
      sessionByIdSdk:
        "`{{method}}()` calls `{{operation}}`, which Okta's Identity Engine limitations list as unsupported: it did not work for Identity Engine sessions before release {{fixedIn}}. Use {{instead}}.",
      cookieToken:
        'Okta Identity Engine does not support `POST /api/v1/sessions?additionalFields=cookieToken`: the cookie token works only on Classic Engine (`sid`) sessions. Use {{instead}}.',
      useMySession: "Call `{{replacement}}`, the signed-in user's own session (browser code with the Okta session cookie only).",
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    const sourceCode = context.sourceCode;
    const operations = sessionOperations.filter((operation) => options.endpoints === 'source-doc' || operation.list === 'current');
    const serverFile = textMatches(sourceCode, apiToken);

    function reportHttp(call: HttpCall, operation: SessionOperation, scope: TSESLint.Scope.Scope): void {
      if (operation.id === 'cookie-token') {
        const node = cookieTokenRequest(call, scope);
        if (node) context.report({ node, messageId: 'cookieToken', data: { instead: operation.instead } });
        return;
      }
      const me = operation.me;
      const suffix = me ? me.path.replace(/^\/api\/v1\/sessions\/me/, '') : '';
      const candidate = me && !serverFile && browserClients.has(call.client) ? mySessionEdit(call.urlNode, suffix, sourceCode.text) : undefined;
      // The id expression goes; a comment inside it would go with it, so then no suggestion.
      const edit = candidate && !sourceCode.getAllComments().some((comment) => comment.range[0] >= candidate.range[0] && comment.range[1] <= candidate.range[1]) ? candidate : undefined;
      context.report({
        node: call.urlNode,
        messageId: 'sessionById',
        data: { operation: operation.display, fixedIn: operation.fixedIn ?? '', instead: operation.instead },
        suggest: edit && me ? [{ messageId: 'useMySession', data: { replacement: `${me.method} ${me.path}` }, fix: applyEdits([edit]) }] : [],
      });
    }

    function reportSdk(node: TSESTree.Node, method: string, operation: SessionOperation): void {
      context.report({
        node,
        messageId: 'sessionByIdSdk',
        data: { method, operation: operation.display, fixedIn: operation.fixedIn ?? '', instead: operation.instead },
      });
    }

    return {
      Program() {
        const scope = sourceCode.scopeManager?.globalScope;
        if (!scope) return;
        for (const call of locateHttpCalls(sourceCode)) {
          const operation = operations.find(
            (candidate) => candidate.path.test(call.url.path) && (call.method === undefined || call.method === candidate.method),
          );
          if (operation) reportHttp(call, operation, scope);
        }
        for (const call of locateSdkCalls(sourceCode)) {
          if (call.sdk !== 'okta-sdk-nodejs') continue;
          const method = call.path.join('.');
          const operation = operations.find((candidate) => candidate.sdk6.includes(method) || candidate.sdk7.includes(method));
          if (operation) reportSdk(call.calleeNode, method, operation);
          if (call.path.length !== 1 || !sdk6SessionFactories.includes(method)) continue;
          // okta-sdk-nodejs 6: `(await client.getSession(id)).refresh()` acts on the session by its id.
          for (const result of resultCalls(call, scope)) {
            const modelMethod = result.path.join('.');
            const modelOperation = operations.find((candidate) => candidate.sdk6Model.includes(modelMethod));
            if (modelOperation) reportSdk(result.calleeNode, `session.${modelMethod}`, modelOperation);
          }
        }
      },
    };
  },
});
