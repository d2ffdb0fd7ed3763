import { aiAgentAppIdKey, delegationLinksEndpoint } from '../data/ai-agent-registration.js';
import { oktaGuide } from '../data/doc-urls.js';
import type { Payload } from '../locate/payload.js';
import { entryOf, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { payloadListener, payloadRuleGate } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';

const name = 'no-ai-agent-app-id';

type MessageIds = keyof typeof settingsMessages | 'deprecatedAppId' | 'removeAppId';

/** Text a file needs to register, replace or update an AI agent. */
const gate = /ai-agents|agentRegistrationApi/;

/** `appId: null` (JSON Merge Patch) removes the link, and `appId: undefined` sends nothing: both are the way out. */
function removesAppId(value: PayloadNode): boolean {
  const node = value.node as { type?: string; name?: string };
  return value.type === 'null' || (node.type === 'Identifier' && node.name === 'undefined');
}

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow the deprecated `appId` parameter when registering or updating an Okta AI agent',
      recommended: 'warn',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Register an AI agent API appId parameter deprecated' },
      oktaGuide: oktaGuide.delegationLinksApi,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      deprecatedAppId:
        '`appId` of the AI agent registration API is deprecated (Okta 2026.06.2): link the app to the AI agent with a delegation link (`{{delegationLinks}}`, the Delegation Links API) instead.',
      removeAppId: 'Remove `appId` (once a delegation link connects the app to the agent).',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    // A body kept in a constant and sent twice is one `appId` to report.
    const seen = new Set<unknown>();
    function check(payload: Payload): void {
      const entry = entryOf(payload.body, aiAgentAppIdKey);
      if (!entry || removesAppId(entry.value) || seen.has(entry.keyNode)) return;
      seen.add(entry.keyNode);
      context.report({
        node: entry.keyNode as never,
        messageId: 'deprecatedAppId',
        data: { delegationLinks: delegationLinksEndpoint },
        suggest: entry.removal ? [{ messageId: 'removeAppId', fix: applyEdits(entry.removal) }] : [],
      });
    }
    return payloadListener(context, setup, ['ai-agent'], check);
  },
});
