import { oktaGuide } from '../data/doc-urls.js';
import { linuxOsType, macosOsTypes, platformOsTypePaths, platformOsTypes, pulumiPlatformConditions } from '../data/policy-values.js';
import type { Payload } from '../locate/payload.js';
import { valuesAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { codeList, isEditableString, nodeText, payloadListener, payloadRuleGate, quotedLike } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';

type MessageIds = keyof typeof settingsMessages | 'linuxNotSupported' | 'macosSpelling' | 'unknownOsType' | 'useOsType';

/** A platform condition and an OS type written in the file (`os: {…}` in the API shape, `osType` in Pulumi's). */
const gate = /^(?=[\s\S]*?platform)(?=[\s\S]*?\bos(?:Type)?["']?\s*:)/;

/** The rules whose platform conditions take LINUX, for the message. */
const linuxRuleTypes = Object.keys(platformOsTypes).filter((type) => platformOsTypes[type]!.includes(linuxOsType));

/** The rule type a payload creates and where its OS types are, or undefined when either is unknown. */
function platformTarget(payload: Payload): { policyType: string; paths: readonly string[] } | undefined {
  if (payload.origin === 'pulumi') {
    const resource = payload.resource ?? '';
    const source = pulumiPlatformConditions.find((candidate) => candidate.resource === resource);
    return source && { policyType: source.policyType, paths: [source.path] };
  }
  return payload.policyType !== undefined && platformOsTypes[payload.policyType] ? { policyType: payload.policyType, paths: platformOsTypePaths } : undefined;
}

export default createRule<[], MessageIds>({
  name: 'valid-platform-condition',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the platform OS types each policy rule type accepts (`LINUX`, `MACOS` / `OSX`)',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Linux as a platform condition is GA in Preview' },
      oktaGuide: oktaGuide.accessPolicy,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      linuxNotSupported:
        "'LINUX' is a platform condition of {{linuxRules}} rules only; a {{policyType}} rule accepts {{allowed}}.",
      macosSpelling: "{{policyType}} rules name macOS '{{correct}}', not '{{value}}'.",
      unknownOsType: "'{{value}}' is not a platform OS type of {{policyType}} rules; use one of {{allowed}}.",
      useOsType: "Use '{{correct}}'.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};

    function check(node: PayloadNode, policyType: string): void {
      if (node.type !== 'string') return;
      const value = node.value as string;
      const allowed = platformOsTypes[policyType]!;
      if (allowed.includes(value)) return;
      const spelling = macosOsTypes.includes(value) ? macosOsTypes.find((candidate) => allowed.includes(candidate)) : undefined;
      const cased = allowed.find((candidate) => candidate === value.toUpperCase());
      const correct = spelling ?? cased;
      const data = { value, policyType, correct: correct ?? '', allowed: codeList(allowed), linuxRules: linuxRuleTypes.join(' and ') };
      context.report({
        node: node.node as never,
        messageId: value === linuxOsType ? 'linuxNotSupported' : spelling ? 'macosSpelling' : 'unknownOsType',
        data,
        // A suggestion, not a fix: which spelling an org's API version still accepts is not documented.
        suggest:
          correct && isEditableString(node)
            ? [{ messageId: 'useOsType', data, fix: applyEdits([{ range: [node.range[0], node.range[1]], text: quotedLike(nodeText(context, node), correct) }]) }]
            : [],
      });
    }

    return payloadListener(context, setup, ['policy-rule'], (payload) => {
      const target = platformTarget(payload);
      if (!target) return;
      for (const path of target.paths) {
        for (const match of valuesAt(payload.body, path)) check(match.value, target.policyType);
      }
    });
  },
});
