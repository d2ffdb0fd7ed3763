import type { TSESLint } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import {
  telephonyMethodKey,
  telephonyMethodKeys,
  telephonyProviderCapability,
  telephonyProviders,
  telesignServices,
  type TelephonyChannel,
  type TelephonyProvider,
} from '../data/telephony-providers.js';
import type { Payload } from '../locate/payload.js';
import { stringValue, valueAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { codeList, isEditableString, nodeText, payloadListener, payloadRuleGate, quotedLike } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

type MessageIds =
  | keyof typeof settingsMessages
  | 'unknownProvider'
  | 'capability'
  | 'providerMismatch'
  | 'wrongChannel'
  | 'wrongChannelService'
  | 'unknownTelesignService'
  | 'oneMethod'
  | 'useValue';

const gate = /telephony-providers|customTelephonyProviderApi|providerSettings|providerCapability/;
const channels: readonly TelephonyChannel[] = ['sms', 'call'];
const channelName: Readonly<Record<TelephonyChannel, string>> = { sms: 'SMS messages', call: 'voice calls' };

export default createRule<[], MessageIds>({
  name: 'valid-telephony-provider',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce provider settings that match the custom telephony provider and channel',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Bring your own telephony credentials is self-service EA in Preview' },
      oktaGuide: oktaGuide.telephonyProvidersApi,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      unknownProvider: "'{{value}}' is not a telephony provider: `providerName` is {{allowed}}.",
      capability:
        "`providerCapability` must be '{{capability}}', the only value the API accepts: it says the provider can handle SMS and voice, and you still choose per channel which to use.",
      providerMismatch: '`{{key}}` is a {{keyProvider}} setting, but this provider is {{provider}}: use the {{provider}} settings.',
      wrongChannel: '`{{key}}` is not a method for {{channelName}}: under `{{channel}}` use {{allowed}}.',
      wrongChannelService: "`telesignService: '{{value}}'` sends {{otherChannelName}}, not {{channelName}}: under `{{channel}}` use {{allowed}}.",
      unknownTelesignService: "'{{value}}' is not a Telesign service: under `{{channel}}` use {{allowed}}.",
      oneMethod: '`{{channel}}` takes one method, but it also sets `{{first}}`: keep one of them.',
      useValue: "Use '{{value}}'.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};

    function replaceSuggestion(node: PayloadNode, value: string) {
      return isEditableString(node)
        ? [{ messageId: 'useValue' as const, data: { value }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(node.range, quotedLike(nodeText(context, node), value)) }]
        : [];
    }

    function checkChannel(channel: TelephonyChannel, settings: PayloadNode, provider: TelephonyProvider | undefined): void {
      if (settings.type !== 'object') return;
      let first: string | undefined;
      for (const entry of settings.entries) {
        const method = telephonyMethodKey(entry.key);
        if (!method) continue;
        if (first !== undefined) {
          context.report({ node: entry.keyNode as never, messageId: 'oneMethod', data: { channel, first } });
        }
        first ??= entry.key;
        if (provider && method.provider !== provider) {
          context.report({ node: entry.keyNode as never, messageId: 'providerMismatch', data: { key: entry.key, keyProvider: method.provider, provider } });
          continue;
        }
        if (!method.channels.includes(channel)) {
          const allowed = telephonyMethodKeys
            .filter((candidate) => candidate.channels.includes(channel) && (!provider || candidate.provider === provider))
            .map((candidate) => candidate.key);
          context.report({
            node: entry.keyNode as never,
            messageId: 'wrongChannel',
            data: { key: entry.key, channel, channelName: channelName[channel], allowed: codeList(allowed, 'or') },
          });
          continue;
        }
        const service = stringValue(entry.value);
        if (entry.key !== 'telesignService' || service === undefined || telesignServices[channel].includes(service)) continue;
        const other: TelephonyChannel = channel === 'sms' ? 'call' : 'sms';
        const allowed = telesignServices[channel].map((value) => `'${value}'`).join(' or ');
        const data = { value: service, channel, channelName: channelName[channel], otherChannelName: channelName[other], allowed };
        context.report({
          node: entry.value.node as never,
          messageId: telesignServices[other].includes(service) ? 'wrongChannelService' : 'unknownTelesignService',
          data,
        });
      }
    }

    function check(payload: Payload): void {
      const body = payload.body;
      if (body.type !== 'object') return;

      const nameNode = valueAt(body, 'providerName');
      const name = stringValue(nameNode);
      let provider: TelephonyProvider | undefined;
      if (name !== undefined) {
        provider = telephonyProviders.find((candidate) => candidate === name);
        if (!provider) {
          const fixed = telephonyProviders.find((candidate) => candidate === name.toUpperCase());
          context.report({
            node: nameNode!.node as never,
            messageId: 'unknownProvider',
            data: { value: name, allowed: telephonyProviders.map((provider) => `'${provider}'`).join(' or ') },
            suggest: fixed ? replaceSuggestion(nameNode!, fixed) : [],
          });
        }
      }

      const capability = valueAt(body, 'providerCapability');
      const capabilityValue = stringValue(capability);
      if (capability && capabilityValue !== undefined && capabilityValue !== telephonyProviderCapability) {
        context.report({
          node: capability.node as never,
          messageId: 'capability',
          data: { capability: telephonyProviderCapability },
          suggest: replaceSuggestion(capability, telephonyProviderCapability),
        });
      }

      const settings = valueAt(body, 'providerSettings');
      for (const channel of channels) {
        const channelSettings = valueAt(settings, channel);
        if (channelSettings) checkChannel(channel, channelSettings, provider);
      }
    }

    return payloadListener(context, setup, ['telephony-provider'], check);
  },
});
