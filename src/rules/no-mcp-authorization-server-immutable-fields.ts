import { oktaGuide } from '../data/doc-urls.js';
import { mcpAuthorizationServerImmutableFields } from '../data/resource-servers.js';
import type { Payload } from '../locate/payload.js';
import { entryOf } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { payloadListener, payloadRuleGate } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';

const name = 'no-mcp-authorization-server-immutable-fields';

type MessageIds = keyof typeof settingsMessages | 'immutableField' | 'removeField';

/** Text a file needs to update an MCP server's authorization server. */
const gate = /mcp-servers/;

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow the immutable `issuer` and `type` in updates of an Okta MCP server's authorization server",
      recommended: 'error',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Bugs fixed in 2026.08.2' },
      oktaGuide: oktaGuide.mcpServerRegistrationApi,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      immutableField:
        "`{{field}}` of an MCP server's authorization server cannot change: since 2026.08.2 (OKTA-1244902) Okta rejects a `PATCH` that sends it with an HTTP 4xx error, where it used to ignore the field.",
      removeField: 'Remove `{{field}}`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    const seen = new Set<unknown>();
    function check(payload: Payload): void {
      // The method decides: only a PATCH is an update.
      if (payload.http?.method !== 'PATCH') return;
      for (const field of mcpAuthorizationServerImmutableFields) {
        const entry = entryOf(payload.body, field);
        if (!entry || seen.has(entry.keyNode)) continue;
        seen.add(entry.keyNode);
        context.report({
          node: entry.keyNode as never,
          messageId: 'immutableField',
          data: { field },
          suggest: entry.removal ? [{ messageId: 'removeField', data: { field }, fix: applyEdits(entry.removal) }] : [],
        });
      }
    }
    return payloadListener(context, setup, ['mcp-authorization-server'], check);
  },
});
