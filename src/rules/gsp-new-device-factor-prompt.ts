import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { globalSessionRule, newDeviceBehavior } from '../data/policy-values.js';
import { behaviorObjects, referencedBehavior, type BehaviorFacts } from '../locate/behavior-reference.js';
import type { Payload } from '../locate/payload.js';
import { stringValue, valueAt, valuesAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { isEditableString, nodeText, payloadListener, payloadRuleGate, quotedLike } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';

type MessageIds = keyof typeof settingsMessages | 'promptModeWithNewDevice' | 'useAlways';

/** The prompt mode is what the rule reports, so it must be written in the file: the API's name or Pulumi's. */
const gate = /factorPromptMode|mfaPrompt/;
const names: readonly string[] = newDeviceBehavior.names;

/** Where a global session policy rule keeps what the check reads, in the API shape or the Pulumi one. */
interface RuleShape {
  behaviors: PayloadNode[];
  requireFactor: PayloadNode | undefined;
  promptMode: PayloadNode | undefined;
  requireFactorName: string;
  promptModeName: string;
}

function ruleShape(payload: Payload): RuleShape | undefined {
  const pulumi = globalSessionRule.pulumi;
  if (payload.origin === 'pulumi') {
    if (payload.resource !== pulumi.resource) return undefined;
    return {
      behaviors: valuesAt(payload.body, pulumi.behaviors).map((match) => match.value),
      requireFactor: valueAt(payload.body, pulumi.requireFactor),
      promptMode: valueAt(payload.body, pulumi.promptMode),
      requireFactorName: pulumi.requireFactor,
      promptModeName: pulumi.promptMode,
    };
  }
  const signon = valuesAt(payload.body, globalSessionRule.signon)[0]?.value;
  // Only OKTA_SIGN_ON rules have `actions.signon`; an ACCESS_POLICY rule (`actions.appSignOn`) is never checked.
  const isSignOn = payload.policyType === globalSessionRule.ruleType || (payload.policyType === undefined && signon?.type === 'object');
  if (!isSignOn) return undefined;
  return {
    behaviors: valuesAt(payload.body, globalSessionRule.behaviors).map((match) => match.value),
    requireFactor: valueAt(signon, globalSessionRule.requireFactor),
    promptMode: valueAt(signon, globalSessionRule.promptMode),
    requireFactorName: globalSessionRule.requireFactor,
    promptModeName: globalSessionRule.promptMode,
  };
}

function isNewDevice(facts: Partial<BehaviorFacts> | undefined): boolean {
  return facts !== undefined && (facts.type === newDeviceBehavior.type || (facts.name !== undefined && names.includes(facts.name)));
}

export default createRule<[], MessageIds>({
  name: 'gsp-new-device-factor-prompt',
  meta: {
    type: 'problem',
    docs: {
      description:
        "Require `factorPromptMode: 'ALWAYS'` in global session policy rules that require MFA for the New Device behavior",
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Improvements to the global session policy MFA requirements is GA in Production' },
      oktaGuide: oktaGuide.globalSessionPolicy,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      promptModeWithNewDevice:
        "This global session policy rule requires MFA for the New Device behavior ({{behavior}}): since 2026.01.0 Okta accepts that only with `{{promptModeName}}: 'ALWAYS'`, not '{{mode}}' (or with `{{requireFactorName}}: false`).",
      useAlways: "Use '{{always}}'.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};
    const sourceCode = context.sourceCode;
    const rules: Payload[] = [];
    const behaviorPayloads: Payload[] = [];

    /** Behaviors written in this file that an id or a name can point at. */
    function knownBehaviors(): readonly Partial<BehaviorFacts>[] {
      const fromPayloads = behaviorPayloads.map((payload) => ({
        type: stringValue(valueAt(payload.body, 'type')),
        name: stringValue(valueAt(payload.body, 'name')),
        id: stringValue(valueAt(payload.body, 'id')),
      }));
      return setup!.language === 'js' ? [...fromPayloads, ...behaviorObjects(sourceCode)] : fromPayloads;
    }

    /** How the behaviors array names the New Device behavior, for the message; undefined when it cannot be proven. */
    function newDeviceItem(item: PayloadNode): string | undefined {
      if (item.type === 'string') {
        const value = item.value as string;
        if (names.includes(value)) return `'${value}'`;
        const defined = knownBehaviors().find((facts) => (facts.id === value || facts.name === value) && facts.type === newDeviceBehavior.type);
        return defined ? `'${value}', an ${newDeviceBehavior.type} behavior` : undefined;
      }
      if (setup!.language !== 'js' || item.type !== 'unknown') return undefined;
      const node = item.node as TSESTree.Node;
      return isNewDevice(referencedBehavior(node, sourceCode)) ? `\`${sourceCode.getText(node)}\`` : undefined;
    }

    function check(payload: Payload): void {
      const shape = ruleShape(payload);
      if (!shape || shape.requireFactor?.type !== 'boolean' || shape.requireFactor.value !== true) return;
      const mode = stringValue(shape.promptMode);
      if (!shape.promptMode || mode === undefined || mode === globalSessionRule.requiredPromptMode) return;
      const behavior = shape.behaviors.map(newDeviceItem).find((label) => label !== undefined);
      if (!behavior) return;
      const always = globalSessionRule.requiredPromptMode;
      const promptMode = shape.promptMode;
      context.report({
        node: promptMode.node as never,
        messageId: 'promptModeWithNewDevice',
        data: { behavior, mode, promptModeName: shape.promptModeName, requireFactorName: shape.requireFactorName },
        suggest: isEditableString(promptMode)
          ? [{ messageId: 'useAlways', data: { always }, fix: applyEdits([{ range: [promptMode.range[0], promptMode.range[1]], text: quotedLike(nodeText(context, promptMode), always) }]) }]
          : [],
      });
    }

    const listener = payloadListener(context, setup, ['policy-rule', 'behavior'], (payload) => {
      (payload.kind === 'behavior' ? behaviorPayloads : rules).push(payload);
    }) as Record<string, ((node: never) => void) | undefined>;
    const event = setup.language === 'json' ? 'Document' : 'Program';
    return {
      [event](node: never) {
        listener[event]?.(node);
        for (const rule of rules) check(rule);
      },
    } as TSESLint.RuleListener;
  },
});
