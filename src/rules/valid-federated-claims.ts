import type { TSESLint } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import {
  appuserEntitlementsPrefix,
  claimContexts,
  deviceProviderPrefix,
  elFunctionClasses,
  elReferences,
  policyOnlyContexts,
  type ElReference,
} from '../data/expression-language.js';
import type { Payload } from '../locate/payload.js';
import { stringValue, valueAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { codeList, nodeText, payloadListener, payloadRuleGate } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

type MessageIds =
  | keyof typeof settingsMessages
  | 'unknownRoot'
  | 'unknownProperty'
  | 'deviceProvider'
  | 'policyOnlyContext'
  | 'entitlementsInPolicy'
  | 'useRoot';

const gate = /federated-claims|FederatedClaim|elCondition|customExpression|"expression"/;

const knownRoots = [...Object.keys(claimContexts), ...elFunctionClasses];

export default createRule<[], MessageIds>({
  name: 'valid-federated-claims',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce expressions that unified claims (federated claims) and app sign-in policies can evaluate',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Unified claims generation for custom apps is GA in Production' },
      oktaGuide: oktaGuide.federatedClaims,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      unknownRoot: '`{{reference}}` does not start with anything a claim expression can read: use {{roots}}.',
      unknownProperty: '`{{reference}}` is not a claim attribute: `{{root}}` has {{properties}}.',
      deviceProvider: '`{{reference}}`: `device.provider` is not supported in federated claims (it is evaluated in device conditions and policies). Use `device.profile.*`.',
      policyOnlyContext: '`{{reference}}` exists only in {{where}}, not in a claim expression.',
      entitlementsInPolicy:
        '`{{reference}}`: `appuser.entitlements` works only in federated claims, not in app sign-in policy conditions. Send the entitlement as a claim and decide in the app.',
      useRoot: 'Use `{{root}}`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: false, languages: ['js', 'json'] });
    if (!setup) return {};

    /** An edit of the root name inside the string, when the string's source text is its value (no escapes). */
    function rootFix(node: PayloadNode, expression: string, reference: ElReference, root: string) {
      const source = nodeText(context, node);
      if (!(node.type === 'string' && node.literal) || source.slice(1, -1) !== expression) return [];
      const start = node.range[0] + 1 + reference.index;
      return [
        {
          messageId: 'useRoot' as const,
          data: { root },
          fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([start, start + reference.path[0]!.length], root),
        },
      ];
    }

    /**
     * A JSON document is read as a claim by its keys alone (`name` and `expression`), and other tools write expressions
     * in other languages: there, only references to the claim contexts themselves are checked.
     */
    function checkClaimExpression(node: PayloadNode, fromJson: boolean): void {
      const expression = stringValue(node);
      if (expression === undefined) return;
      for (const reference of elReferences(expression)) {
        const [root, property] = reference.path as [string, string];
        const text = reference.path.join('.');
        const report = (messageId: MessageIds, data: Record<string, string>, suggest: ReturnType<typeof rootFix> = []) =>
          context.report({ node: node.node as never, messageId, data: { reference: text, ...data }, suggest });
        if (root in claimContexts) {
          const properties = claimContexts[root];
          if (!properties || properties.includes(property)) continue;
          if (`${root}.${property}` === deviceProviderPrefix) report('deviceProvider', {});
          else report('unknownProperty', { root, properties: codeList(properties) });
        } else if (elFunctionClasses.includes(root)) {
          continue;
        } else if (root in policyOnlyContexts) {
          report('policyOnlyContext', { where: policyOnlyContexts[root]! });
        } else if (!fromJson) {
          const fixed = knownRoots.find((known) => known.toLowerCase() === root.toLowerCase());
          report('unknownRoot', { roots: codeList(knownRoots, 'or') }, fixed ? rootFix(node, expression, reference, fixed) : []);
        }
      }
    }

    function checkPolicyCondition(node: PayloadNode | undefined): void {
      const expression = stringValue(node);
      if (!node || expression === undefined) return;
      for (const reference of elReferences(expression)) {
        const text = reference.path.join('.');
        if (`${reference.path[0]}.${reference.path[1]}` === appuserEntitlementsPrefix) {
          context.report({ node: node.node as never, messageId: 'entitlementsInPolicy', data: { reference: text } });
        }
      }
    }

    function check(payload: Payload): void {
      if (payload.kind === 'federated-claim') {
        const expression = valueAt(payload.body, 'expression');
        if (expression) checkClaimExpression(expression, payload.origin === 'json');
        return;
      }
      if (payload.origin === 'pulumi') {
        if (payload.resource === 'AppSignonPolicyRule') checkPolicyCondition(valueAt(payload.body, 'customExpression'));
        return;
      }
      checkPolicyCondition(valueAt(valueAt(valueAt(payload.body, 'conditions'), 'elCondition'), 'condition'));
    }

    return payloadListener(context, setup, ['federated-claim', 'policy-rule'], check);
  },
});
