import { availability } from '../data/availability.js';
import { oktaGuide } from '../data/doc-urls.js';
import { enablersOf } from '../data/features.js';
import { jsonFeatureUseGate, locateFeatureUses, locateJsonFeatureUses, type FeatureUseMatch } from '../locate/feature-uses.js';
import type { JsonSourceCode } from '../locate/json-document.js';
import { payloadGate } from '../locate/payload.js';
import { availabilityData, availabilityMessages, channelNames, messageIdOf, type AvailabilityMessageId } from '../kit/availability-text.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { fileListener } from '../kit/file-listener.js';

type MessageIds = keyof typeof settingsMessages | AvailabilityMessageId;

export default createRule<[], MessageIds>({
  name: 'no-unavailable-features',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow Okta features that the org's engine and release channel do not have yet",
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Okta Identity Engine API release notes (2026)' },
      oktaGuide: oktaGuide.releaseLifecycle,
    },
    schema: [],
    defaultOptions: [],
    messages: { ...settingsMessages, ...availabilityMessages },
  },
  create(context) {
    // In code a use needs a payload or a call to an Okta API; a JSON document shows it by its keys and values.
    const isJson = (context.sourceCode.ast as { type: string }).type !== 'Program';
    const setup = setupRule(context, { gate: isJson ? jsonFeatureUseGate : payloadGate, identityEngineOnly: false, languages: ['js', 'json'] });
    if (!setup) return {};
    const { settings } = setup;

    function report(matches: readonly FeatureUseMatch[]): void {
      for (const match of matches) {
        const result = availability(match.feature, settings);
        if (result.status === 'available') continue;
        context.report({
          node: match.node as never,
          messageId: messageIdOf[result.status],
          data: { use: match.text, feature: match.feature.title, channel: channelNames[settings.channel], ...availabilityData(result, enablersOf(match.feature), settings.asOf) },
        });
      }
    }

    return fileListener(setup.language, () =>
      report(isJson ? locateJsonFeatureUses(context.sourceCode as unknown as JsonSourceCode) : locateFeatureUses(context.sourceCode)),
    );
  },
});
