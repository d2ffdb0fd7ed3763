import { aiAgentNameMinLength } from '../data/ai-agent-registration.js';
import { oktaGuide } from '../data/doc-urls.js';
import type { Payload } from '../locate/payload.js';
import { valuesAt } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { payloadListener, payloadRuleGate } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

const name = 'valid-ai-agent-name';

type MessageIds = keyof typeof settingsMessages | 'nameTooShort';

/** Text a file needs to register, replace or update an AI agent. */
const gate = /ai-agents|agentRegistrationApi/;

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the minimum length of Okta AI agent names',
      recommended: 'error',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'New minimum character length for AI agent names' },
      oktaGuide: oktaGuide.aiAgentRegistrationApi,
    },
    schema: [],
    messages: {
      ...settingsMessages,
      nameTooShort: "An AI agent name needs at least {{min}} characters: Okta rejects `profile.name` '{{value}}', which has {{length}}.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    // A body kept in a constant and sent twice is one name to report.
    const seen = new Set<unknown>();
    function check(payload: Payload): void {
      for (const { value } of valuesAt(payload.body, 'profile.name')) {
        if (value.type !== 'string' || seen.has(value.node)) continue;
        seen.add(value.node);
        // Characters as a person counts them: code points, not UTF-16 units.
        const length = [...(value.value as string)].length;
        if (length >= aiAgentNameMinLength) continue;
        context.report({
          node: value.node as never,
          messageId: 'nameTooShort',
          data: { min: String(aiAgentNameMinLength), value: value.value as string, length: String(length) },
        });
      }
    }
    return payloadListener(context, setup, ['ai-agent'], check);
  },
});
