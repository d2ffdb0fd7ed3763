import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { interclientAccessScope, interclientExchange } from '../data/token-types.js';
import type { Payload } from '../locate/payload.js';
import { payloadTreeOf, stringValue, valueAt, type PayloadNode } from '../locate/payload-tree.js';
import { staticKeyName, unwrap } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { isEditableString, nodeText, payloadListener, quotedLike } from '../kit/payload-report.js';
import { callArguments, itemRemovalIsSafe } from '../kit/payload-removal.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { walk } from '../util/walk.js';
import { applyEdits } from '../kit/widget-report.js';

type MessageIds = keyof typeof settingsMessages | 'tokenType' | 'missingTokenType' | 'scopeWithToken' | 'useValue' | 'addTokenType';

const gate = /interclient/;
const separator = /(%20|\+| )/;

/** The scope value with `interclient_access` taken out, keeping the separator it used; undefined when nothing would be left. */
function withoutInterclientAccess(scope: string): string | undefined {
  const parts = scope.split(separator);
  const tokens = parts.filter((_, index) => index % 2 === 0);
  const kept = tokens.filter((token) => token !== interclientAccessScope && token !== '');
  if (kept.length === 0 || kept.length === tokens.filter((token) => token !== '').length) return undefined;
  const joiner = parts.find((_, index) => index % 2 === 1) ?? ' ';
  return kept.join(joiner);
}

function hasScope(scope: string): boolean {
  return scope.split(separator).includes(interclientAccessScope);
}

/** A static piece of a URL written in the code, with where its raw text sits in the file. */
interface UrlPiece {
  node: TSESTree.Node;
  raw: string;
  start: number;
}

/**
 * The static pieces of a string expression (`'…'`, `` `…${x}…` ``, `a + b`), in source order. An explicit stack, not
 * recursion: a `+` chain may be thousands long.
 */
function urlPieces(node: TSESTree.Node, text: string): UrlPiece[] {
  const pieces: UrlPiece[] = [];
  // Nodes to read, and template pieces already cut, last first.
  const stack: ({ node: TSESTree.Node } | { piece: UrlPiece })[] = [{ node }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if ('piece' in next) {
      pieces.push(next.piece);
      continue;
    }
    const expression = unwrap(next.node);
    if (expression.type === 'Literal' && typeof expression.value === 'string') {
      pieces.push({ node: expression, raw: text.slice(expression.range[0] + 1, expression.range[1] - 1), start: expression.range[0] + 1 });
    } else if (expression.type === 'TemplateLiteral') {
      const parts: ({ node: TSESTree.Node } | { piece: UrlPiece })[] = [];
      expression.quasis.forEach((quasi, index) => {
        // A template element's range includes its delimiters: `…${, }…${, }…`.
        const start = quasi.range[0] + 1;
        const end = quasi.range[1] - (quasi.tail ? 1 : 2);
        parts.push({ piece: { node: expression, raw: text.slice(start, end), start } });
        const inner = expression.expressions[index];
        if (inner) parts.push({ node: inner });
      });
      for (let index = parts.length - 1; index >= 0; index--) stack.push(parts[index]!);
    } else if (expression.type === 'BinaryExpression' && expression.operator === '+') {
      stack.push({ node: expression.right }, { node: expression.left });
    }
  }
  return pieces;
}

export default createRule<[], MessageIds>({
  name: 'valid-interclient-sso',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the token types and scopes of Native to Web SSO requests',
      recommended: 'error',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Native to Web SSO is self-service EA in Preview' },
      oktaGuide: oktaGuide.nativeToWebSso,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      tokenType: "An `interclient_token` is exchanged with `{{parameter}}` '{{expected}}', not '{{value}}'.",
      missingTokenType: "An `interclient_token` exchange needs `{{parameter}}: '{{expected}}'`.",
      scopeWithToken:
        'The `interclient_access` scope is not allowed in a request that carries `interclient_token`: it belongs to the origin app\'s token request. Remove it from this scope.',
      useValue: "Use '{{value}}'.",
      addTokenType: "Add `{{parameter}}: '{{expected}}'`.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;

    function checkExchange(payload: Payload): void {
      const body = payload.body;
      if (body.type !== 'object') return;
      const requested = valueAt(body, 'requested_token_type');
      if (stringValue(requested) !== interclientExchange.requested) return;
      const pairs = [
        { parameter: 'actor_token_type', expected: interclientExchange.actorTokenType },
        { parameter: 'subject_token_type', expected: interclientExchange.subjectTokenType },
      ];
      for (const { parameter, expected } of pairs) {
        const node = valueAt(body, parameter);
        if (!node) {
          if (body.open) continue;
          const insertAt = requested!.range[1];
          const insertion = `, ${parameter}: ${quotedLike(nodeText(context, requested!), expected)}`;
          context.report({
            node: body.node as never,
            messageId: 'missingTokenType',
            data: { parameter, expected },
            suggest: isEditableString(requested)
              ? [{ messageId: 'addTokenType', data: { parameter, expected }, fix: (fixer: TSESLint.RuleFixer) => fixer.insertTextAfterRange([insertAt, insertAt], insertion) }]
              : [],
          });
          continue;
        }
        const value = stringValue(node);
        if (value === undefined || value === expected) continue;
        context.report({
          node: node.node as never,
          messageId: 'tokenType',
          data: { parameter, expected, value },
          suggest: isEditableString(node)
            ? [{ messageId: 'useValue', data: { value: expected }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(node.range, quotedLike(nodeText(context, node), expected)) }]
            : [],
        });
      }
    }

    /** `{ scope: 'openid interclient_access', interclient_token }`, also with auth-js `scopes: [...]` and `extraParams`. */
    function checkParameters(object: TSESTree.ObjectExpression): void {
      const keys = new Map<string, TSESTree.Node>();
      for (const property of object.properties) {
        if (property.type !== 'Property') continue;
        const key = staticKeyName(property.key, property.computed);
        if (key !== undefined) keys.set(key, property.value);
      }
      const extra = keys.get('extraParams');
      const extraObject = extra && unwrap(extra);
      const carriesToken =
        keys.has('interclient_token') ||
        (extraObject?.type === 'ObjectExpression' &&
          extraObject.properties.some((property) => property.type === 'Property' && staticKeyName(property.key, property.computed) === 'interclient_token'));
      if (!carriesToken) return;
      const tree = payloadTreeOf(object, sourceCode);
      const scopeValue: PayloadNode | undefined = valueAt(tree, 'scope');
      const scopeText = stringValue(scopeValue);
      if (scopeValue && scopeText !== undefined && hasScope(scopeText)) {
        const fixed = withoutInterclientAccess(scopeText);
        context.report({
          node: scopeValue.node as never,
          messageId: 'scopeWithToken',
          fix: fixed !== undefined && isEditableString(scopeValue) ? (fixer) => fixer.replaceTextRange(scopeValue.range, quotedLike(nodeText(context, scopeValue), fixed)) : null,
        });
      }
      const scopes = valueAt(tree, 'scopes');
      if (scopes?.type === 'array') {
        const index = scopes.items.findIndex((item) => stringValue(item) === interclientAccessScope);
        const item = scopes.items[index];
        const removal = scopes.itemRemovals[index];
        if (item) {
          const othersLeft = scopes.items.length > 1;
          // The array and the item go to the request alone (written in place, passed straight to a call), or no fix.
          const safe = removal !== undefined && othersLeft && itemRemovalIsSafe(context, scopes, item, callArguments);
          context.report({ node: item.node as never, messageId: 'scopeWithToken', fix: safe ? applyEdits(removal) : null });
        }
      }
    }

    /** An authorize URL written as a string that carries both `interclient_token=` and `interclient_access` in `scope=`. */
    function checkUrl(node: TSESTree.Node): void {
      const pieces = urlPieces(node, text);
      const whole = pieces.map((piece) => piece.raw).join('\u0000');
      if (!/[?&]interclient_token=/.test(whole)) return;
      for (const piece of pieces) {
        const match = /(^|[?&])scope=([^&#]*)/.exec(piece.raw);
        if (!match) continue;
        const value = match[2]!;
        if (!hasScope(value)) continue;
        const fixed = withoutInterclientAccess(value);
        const start = piece.start + match.index + match[1]!.length + 'scope='.length;
        context.report({
          node: piece.node,
          messageId: 'scopeWithToken',
          fix: fixed !== undefined ? (fixer) => fixer.replaceTextRange([start, start + value.length], fixed) : null,
        });
      }
    }

    const listener = payloadListener(context, setup, ['token-request'], checkExchange);
    return {
      Program(program) {
        listener.Program?.(program);
        if (!/interclient_access/.test(text)) return;
        walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
          if (node.type === 'ObjectExpression') {
            checkParameters(node);
            return;
          }
          const isString = (node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral' || (node.type === 'BinaryExpression' && node.operator === '+');
          if (!isString) return;
          // Only the outermost string expression: a piece of a concatenation or template is read with the whole.
          const parent = node.parent;
          if ((parent?.type === 'BinaryExpression' && parent.operator === '+') || parent?.type === 'TemplateLiteral') return;
          if (!text.slice(node.range[0], node.range[1]).includes(interclientAccessScope)) return;
          checkUrl(node);
        });
      },
    };
  },
});
