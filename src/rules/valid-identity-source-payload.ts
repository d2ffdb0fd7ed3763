import type { TSESLint } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import {
  identitySourceEntityType,
  identitySourceOperation,
  identitySourcePulumiProfiles,
  identitySourceUserKeys,
  type IdentitySourceOperation,
} from '../data/identity-source.js';
import type { Payload } from '../locate/payload.js';
import { entryOf, stringValue, valueAt, valuesAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { codeList, nodeText, payloadListener, payloadRuleGate, quotedLike } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

type MessageIds = keyof typeof settingsMessages | 'nonString' | 'missingUserKeys' | 'entityType' | 'quoteValue' | 'wrapInString';

const gate = /identity-sources|identitySourceApi|IdentitySource|entityType/;

type Shape = Pick<IdentitySourceOperation, 'profiles' | 'requiresUserKeys' | 'entityType'>;

/** Where the profiles of this payload are, and what it requires. */
function shapeOf(payload: Payload): Shape | undefined {
  switch (payload.origin) {
    case 'sdk':
    case 'http':
      return identitySourceOperation({ origin: payload.origin, operation: payload.operation, httpMethod: payload.http?.method, httpPath: payload.http?.url.path });
    case 'pulumi':
      return identitySourcePulumiProfiles.includes(payload.resource ?? '')
        ? { profiles: 'profile', requiresUserKeys: false, entityType: false }
        : undefined;
    case 'json':
      // A JSON document is typed as identity-source by its `entityType` and `profiles`: a bulk upload.
      return { profiles: 'profiles[].profile', requiresUserKeys: false, entityType: true };
  }
}

const typeNames: Readonly<Record<string, string>> = { number: 'a number', boolean: 'a boolean', array: 'an array', object: 'an object' };

export default createRule<[], MessageIds>({
  name: 'valid-identity-source-payload',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce string profile attributes and the required keys in Anything-as-a-Source (identity source) requests',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Additional Anything-as-a-Source API endpoints is GA in Production' },
      oktaGuide: oktaGuide.identitySourcesApi,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      nonString: 'Identity source profile attributes must be strings, but `{{key}}` is {{type}}: send it as a string.',
      missingUserKeys: 'An identity source user profile needs {{required}}: this one has no {{keys}}, and the API rejects it.',
      entityType:
        "`entityType` must be '{{entityType}}', the only entity type of bulk user uploads; groups go to `bulk-groups-upsert` and `bulk-groups-delete`.",
      quoteValue: 'Send {{text}}.',
      wrapInString: 'Wrap it in `String(…)`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: false, languages: ['js', 'json'] });
    if (!setup) return {};
    const isJson = setup.language === 'json';

    function suggestions(value: PayloadNode) {
      if (value.type !== 'number' && value.type !== 'boolean') return [];
      const text = nodeText(context, value);
      if (value.literal) {
        const quoted = quotedLike(isJson ? '"' : "'", String(value.value));
        return [{ messageId: 'quoteValue' as const, data: { text: quoted }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(value.range, quoted) }];
      }
      return [{ messageId: 'wrapInString' as const, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(value.range, `String(${text})`) }];
    }

    function checkProfile(profile: PayloadNode, shape: Shape, where: PayloadNode): void {
      if (profile.type !== 'object') return;
      for (const entry of profile.entries) {
        const type = typeNames[entry.value.type];
        if (!type) continue;
        context.report({ node: entry.value.node as never, messageId: 'nonString', data: { key: entry.key, type }, suggest: suggestions(entry.value) });
      }
      if (shape.requiresUserKeys && !profile.open) {
        const missing = identitySourceUserKeys.filter((key) => !entryOf(profile, key));
        if (missing.length > 0) context.report({ node: where.node as never, messageId: 'missingUserKeys', data: { required: codeList(identitySourceUserKeys), keys: codeList(missing) } });
      }
    }

    function check(payload: Payload): void {
      const body = payload.body;
      const shape = shapeOf(payload);
      if (!shape || body.type !== 'object') return;
      if (shape.profiles === 'profile') {
        const profile = valueAt(body, 'profile');
        if (profile) checkProfile(profile, shape, profile);
        else if (shape.requiresUserKeys && !body.open) context.report({ node: body.node as never, messageId: 'missingUserKeys', data: { required: codeList(identitySourceUserKeys), keys: codeList(identitySourceUserKeys) } });
      } else if (shape.profiles) {
        for (const match of valuesAt(body, shape.profiles)) checkProfile(match.value, shape, match.value);
      }
      const entityType = valueAt(body, 'entityType');
      const entityTypeValue = stringValue(entityType);
      if (shape.entityType && entityType && entityTypeValue !== undefined && entityTypeValue !== identitySourceEntityType) {
        context.report({ node: entityType.node as never, messageId: 'entityType', data: { entityType: identitySourceEntityType } });
      }
    }

    return payloadListener(context, setup, ['identity-source'], check);
  },
});
