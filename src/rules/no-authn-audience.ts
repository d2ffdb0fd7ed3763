import { authnAudienceKey } from '../data/authn-api.js';
import { oktaGuide } from '../data/doc-urls.js';
import { locatePayloads } from '../locate/payload.js';
import { entryOf } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';

const name = 'no-authn-audience';

type MessageIds = keyof typeof settingsMessages | 'authnAudience' | 'removeAudience';

const gate = /audience/;

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the `audience` parameter in Classic Engine Authentication API (`/api/v1/authn`) requests',
      recommended: 'error',
      languages: ['js'],
      source: { doc: 'ie-limitations', heading: 'The ‘audience’ parameter in the Authentication API' },
      oktaGuide: oktaGuide.apiChangesAuthn,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      authnAudience:
        "Okta Identity Engine does not support `audience` in {{request}}: the request fails. Remove it and let the app's sign-in (authentication) policy decide the step-up.",
      removeAudience: 'Remove `audience`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    return {
      Program() {
        // A body kept in a constant and sent twice is one `audience` to remove.
        const seen = new Set<unknown>();
        for (const payload of locatePayloads(context.sourceCode)) {
          if (payload.kind !== 'authn-request') continue;
          const entry = entryOf(payload.body, authnAudienceKey);
          if (!entry || seen.has(entry.keyNode)) continue;
          seen.add(entry.keyNode);
          const request = payload.origin === 'sdk' ? `okta-auth-js \`${payload.operation}()\`, which posts its options to \`/api/v1/authn\`` : '`POST /api/v1/authn`';
          context.report({
            node: entry.keyNode as never,
            messageId: 'authnAudience',
            data: { request },
            suggest: entry.removal ? [{ messageId: 'removeAudience', fix: applyEdits(entry.removal) }] : [],
          });
        }
      },
    };
  },
});
