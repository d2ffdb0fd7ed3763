import type { TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { jwksClientFactories, jwksGate, jwksPath } from '../data/jwks.js';
import { locateHttpCalls } from '../locate/http-call.js';
import { moduleMemberUses } from '../locate/member-uses.js';
import { isKeptBeyondCall, locatePerRequestFunctions, runsPerRequest } from '../locate/request-handlers.js';
import { lastEntry, resolverFor } from '../resolve/index.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

type MessageIds = keyof typeof settingsMessages | 'fetchPerRequest' | 'clientPerRequest' | 'cacheDisabled';

const modules = new Set(jwksClientFactories.map((factory) => factory.module));

export default createRule<[], MessageIds>({
  name: 'no-uncached-jwks',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow fetching the authorization server keys (`/v1/keys`) on every request instead of caching the JWKS',
      recommended: 'warn',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Bugs fixed in 2026.02.0' },
      oktaGuide: oktaGuide.validateAccessTokensKeys,
    },
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      fetchPerRequest:
        "This fetches the authorization server's keys (`/v1/keys`) on every request. Fetch them once and cache them: create jose's `createRemoteJWKSet()`, an `OktaJwtVerifier` or a jwks-rsa client at module level and reuse it.",
      clientPerRequest:
        '`{{label}}` is created on every request, so its key cache starts empty each time and `/v1/keys` is fetched per request. Create it once, at module level, and reuse it.',
      cacheDisabled: '`cache: false` makes jwks-rsa fetch `/v1/keys` for every token it verifies. Leave the cache on (the default).',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: jwksGate, identityEngineOnly: false, languages: ['js'] });
    if (!setup) return {};
    const sourceCode = context.sourceCode;

    return {
      Program(program) {
        const resolver = resolverFor(sourceCode);
        const perRequest = locatePerRequestFunctions(sourceCode);

        // The fetch itself (inside a wrapper, for a wrapper's call site) is what runs per request and is cached or not.
        const fetches = new Set<TSESTree.CallExpression>();
        for (const call of locateHttpCalls(sourceCode)) {
          const { path, prefixUnknown } = call.url;
          if (!jwksPath.test(path) || !(prefixUnknown || path.startsWith('/oauth2/'))) continue;
          if (call.method === undefined || call.method === 'GET') fetches.add(call.request);
        }
        for (const request of fetches) {
          if (runsPerRequest(request, perRequest) && !isKeptBeyondCall(request, sourceCode)) context.report({ node: request, messageId: 'fetchPerRequest' });
        }

        for (const use of moduleMemberUses(program, resolver, (id) => modules.has(id))) {
          const node: TSESTree.CallExpression | TSESTree.NewExpression | undefined = use.construct ?? use.call;
          if (!node) continue;
          const factory = jwksClientFactories.find(
            (candidate) =>
              candidate.module === use.moduleId &&
              candidate.path.length === use.path.length &&
              candidate.path.every((name, index) => use.path[index] === name) &&
              (candidate.how === 'new') === (use.construct !== undefined),
          );
          if (!factory) continue;
          if (runsPerRequest(node, perRequest) && !isKeptBeyondCall(node, sourceCode)) {
            context.report({ node, messageId: 'clientPerRequest', data: { label: factory.label } });
          }
          const argument = node.arguments[0];
          if (factory.module === 'jwks-rsa' && argument && argument.type !== 'SpreadElement') {
            const options = resolver.value(argument);
            const cache = options.kind === 'object' ? lastEntry(options, 'cache') : undefined;
            const value = cache && resolver.entryValue(cache);
            if (cache && value?.kind === 'primitive' && value.value === false) {
              context.report({ node: cache.origin.type === 'property' ? cache.origin.property : cache.keyNode, messageId: 'cacheDisabled' });
            }
          }
        }
      },
    };
  },
});
