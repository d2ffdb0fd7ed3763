import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import {
  authorizationServerOf,
  closestTokenType,
  interclientExchange,
  orgAsOnlyExchanges,
  orgAsTokenTypes,
  tokenExchangeGrantType,
  tokenTypeParameters,
} from '../data/token-types.js';
import type { Payload } from '../locate/payload.js';
import { entryOf, stringValue, valueAt, type PayloadNode } from '../locate/payload-tree.js';
import { unwrap } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { isEditableString, nodeText, payloadListener, quotedLike, withCommentsOf } from '../kit/payload-report.js';
import type { Range } from '../util/text-edit.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

type MessageIds =
  | keyof typeof settingsMessages
  | 'grantType'
  | 'unknownTokenType'
  | 'orgAsOnlyAtCustomAs'
  | 'subjectTokenType'
  | 'missingAudience'
  | 'missingSubjectTokenType'
  | 'missingActorTokenType'
  | 'useValue'
  | 'useOrgAs';

/** Text a file must contain to hold a token exchange request. */
export const tokenExchangeGate = /token-exchange|token_exchange|_token_type/;

/** `/oauth2/{authorizationServerId}/v1/token` written in one string or template of the URL. */
const customAsTokenPath = /\/oauth2\/(?:[\w-]+|\$\{[^}]*\})\/v1\/token/g;

export default createRule<[], MessageIds>({
  name: 'valid-token-exchange-request',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the token types and parameters that Okta authorization servers accept in OAuth 2.0 token exchange requests',
      recommended: 'error',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Developer documentation updates in 2026.02.0' },
      oktaGuide: oktaGuide.aiAgentTokenExchange,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      grantType: "'{{value}}' is not the token exchange grant type: use '{{expected}}'.",
      unknownTokenType: "'{{value}}' is not a token type Okta knows for `{{parameter}}`.{{hint}}",
      orgAsOnlyAtCustomAs:
        "'{{value}}' is issued only by the org authorization server (`/oauth2/v1/token`), not by a custom authorization server: send this request to the org authorization server.",
      subjectTokenType: "A {{product}} exchange for '{{requested}}' takes {{allowed}} as `subject_token_type`, not '{{value}}'.",
      missingAudience:
        "A request for '{{requested}}' needs `audience`, the issuer URL of the resource app's authorization server: without it Okta rejects the request.",
      missingSubjectTokenType: 'A token exchange request needs `subject_token_type` (RFC 8693): the server rejects it without one.',
      missingActorTokenType: 'This token exchange request sends `actor_token` without `actor_token_type`: add the type of the actor token.',
      useValue: "Use '{{value}}'.",
      useOrgAs: 'Send it to `/oauth2/v1/token`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: tokenExchangeGate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    const sourceCode = context.sourceCode;

    function replaceValue(node: PayloadNode, value: string) {
      return isEditableString(node)
        ? [{ messageId: 'useValue' as const, data: { value }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(node.range, quotedLike(nodeText(context, node), value)) }]
        : [];
    }

    /** The URL argument with `/oauth2/{id}/v1/token` turned into `/oauth2/v1/token`, when it is written in place. */
    function orgAsUrl(payload: Payload) {
      const urlNode = payload.http && unwrap(payload.http.urlNode);
      if (!urlNode || (urlNode.type !== 'Literal' && urlNode.type !== 'TemplateLiteral')) return [];
      const text = sourceCode.getText(urlNode);
      const matches = [...text.matchAll(customAsTokenPath)];
      if (matches.length !== 1) return [];
      const match = matches[0]!;
      const fixed = text.replace(customAsTokenPath, '/oauth2/v1/token');
      // Only the `/oauth2/{id}` part goes; a comment inside it stays.
      const start = urlNode.range[0];
      const kept: Range[] = [[start, start + match.index], [start + match.index + match[0].length, urlNode.range[1]]];
      return [{ messageId: 'useOrgAs' as const, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(urlNode as TSESTree.Node, withCommentsOf(context, urlNode.range, fixed, kept)) }];
    }

    function check(payload: Payload): void {
      const body = payload.body;
      if (body.type !== 'object' || !payload.http) return;
      const grantNode = valueAt(body, 'grant_type');
      const grant = stringValue(grantNode);
      if (grant === undefined) return;
      if (grant !== tokenExchangeGrantType) {
        if (/token[-_]exchange/i.test(grant)) {
          context.report({
            node: grantNode!.node as never,
            messageId: 'grantType',
            data: { value: grant, expected: tokenExchangeGrantType },
            suggest: replaceValue(grantNode!, tokenExchangeGrantType),
          });
        }
        return;
      }

      const server = authorizationServerOf(payload.http.url.path);
      const requested = stringValue(valueAt(body, 'requested_token_type'));
      for (const parameter of tokenTypeParameters) {
        const node = valueAt(body, parameter);
        const value = stringValue(node);
        if (!node || value === undefined) continue;
        if (!orgAsTokenTypes.includes(value)) {
          const closest = closestTokenType(value, orgAsTokenTypes);
          context.report({
            node: node.node as never,
            messageId: 'unknownTokenType',
            data: { value, parameter, hint: closest ? ` Did you mean '${closest}'?` : '' },
            suggest: closest ? replaceValue(node, closest) : [],
          });
        } else if (server === 'custom' && Object.hasOwn(orgAsOnlyExchanges, value)) {
          context.report({ node: node.node as never, messageId: 'orgAsOnlyAtCustomAs', data: { value }, suggest: orgAsUrl(payload) });
        }
      }

      // Native to Web SSO requests are checked by valid-interclient-sso; a spread may hold any key.
      if (requested === interclientExchange.requested || body.open) return;
      const exchange = requested !== undefined && Object.hasOwn(orgAsOnlyExchanges, requested) ? orgAsOnlyExchanges[requested]! : undefined;
      const subjectType = entryOf(body, 'subject_token_type');
      if (!subjectType) {
        context.report({ node: body.node as never, messageId: 'missingSubjectTokenType' });
      } else if (exchange) {
        const subject = stringValue(subjectType.value);
        if (subject !== undefined && orgAsTokenTypes.includes(subject) && !exchange.subjects.includes(subject)) {
          context.report({
            node: subjectType.value.node as never,
            messageId: 'subjectTokenType',
            data: { product: exchange.product, requested: requested!, value: subject, allowed: exchange.subjects.map((type) => `'${type}'`).join(', ').replace(/, ([^,]*)$/, ' or $1') },
          });
        }
      }
      if (exchange?.needsAudience && !entryOf(body, 'audience')) {
        context.report({ node: valueAt(body, 'requested_token_type')!.node as never, messageId: 'missingAudience', data: { requested: requested! } });
      }
      if (entryOf(body, 'actor_token') && !entryOf(body, 'actor_token_type')) {
        context.report({ node: entryOf(body, 'actor_token')!.keyNode as never, messageId: 'missingActorTokenType' });
      }
    }

    return payloadListener(context, setup, ['token-request'], check);
  },
});
