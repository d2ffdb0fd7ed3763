import type { TSESLint } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { clientAuthSettingsMaxPurposes, clientAuthSettingsPurposeKey } from '../data/resource-servers.js';
import type { Payload } from '../locate/payload.js';
import { valueAt, type PayloadArray } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { codeList, nodeText, payloadListener, payloadRuleGate, withCommentsOf } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

const name = 'valid-client-auth-settings';

type MessageIds = keyof typeof settingsMessages | 'onePurpose' | 'keepPurpose';

/** Text a file needs to create client authentication settings. */
const gate = /client-auth-settings/;

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce a single `purpose` when creating client authentication settings for an Okta resource server',
      recommended: 'error',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Improved validation for Create a client authentication settings endpoint' },
      oktaGuide: oktaGuide.createClientAuthSettings,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      onePurpose:
        'Okta creates client authentication settings for one purpose only (since 2026.06.3) and rejects `purpose` with {{count}} values ({{values}}): send one.',
      keepPurpose: "Keep only '{{value}}'.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    const seen = new Set<unknown>();

    /** One suggestion per string value: the array with that item alone, written in place and keeping comments. */
    function keepOne(array: PayloadArray) {
      const inPlace = array.itemRemovals.length === array.items.length && array.itemRemovals.every(Boolean);
      if (!inPlace) return [];
      const kept = new Set<string>();
      return array.items.flatMap((item) => {
        if (item.type !== 'string' || kept.has(item.value as string)) return [];
        kept.add(item.value as string);
        const replacement = withCommentsOf(context, array.range, `[${nodeText(context, item)}]`, [item.range]);
        return [
          {
            messageId: 'keepPurpose' as const,
            data: { value: item.value as string },
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(array.range, replacement),
          },
        ];
      });
    }

    function check(payload: Payload): void {
      const purpose = valueAt(payload.body, clientAuthSettingsPurposeKey);
      if (purpose?.type !== 'array' || purpose.items.length <= clientAuthSettingsMaxPurposes || seen.has(purpose.node)) return;
      seen.add(purpose.node);
      const values = purpose.items.map((item) => (item.type === 'string' ? (item.value as string) : nodeText(context, item)));
      context.report({
        node: purpose.node as never,
        messageId: 'onePurpose',
        data: { count: String(purpose.items.length), values: codeList(values) },
        suggest: keepOne(purpose),
      });
    }
    return payloadListener(context, setup, ['client-auth-settings'], check);
  },
});
