import { oktaGuide } from '../data/doc-urls.js';
import { accountManagementExpression as facts } from '../data/policy-values.js';
import type { Payload } from '../locate/payload.js';
import { valuesAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { comparesWith, parseExpression, visitExpression, type ExpressionNode } from '../util/expression-tree.js';
import { payloadListener, payloadRuleGate } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

type MessageIds = keyof typeof settingsMessages | 'metadataType' | 'metadataNeverMatches' | 'metadataUse';

const gate = /accessRequest\s*\.\s*metadata/;
const metadataTypes: readonly string[] = facts.metadataTypes;

/** Where the rule's condition is: the API's `elCondition`, or Pulumi's `customExpression`. */
function conditionPath(payload: Payload): string | undefined {
  if (payload.origin === 'pulumi') return payload.resource === facts.pulumi.resource ? facts.pulumi.path : undefined;
  // Only ACCESS_POLICY rules (the account management policy is one) have `elCondition`; an unknown type is let through.
  return payload.policyType === undefined || payload.policyType === facts.ruleType ? facts.path : undefined;
}

function isMetadata(path: string): boolean {
  return path === facts.metadata || path.startsWith(`${facts.metadata}.`);
}

/** The string an `==` comparison holds `path` to (`accessRequest.operation == 'enroll'` → 'enroll'), if it is one. */
function comparedString(node: ExpressionNode, path: string): string | undefined {
  if (!comparesWith(node, path)) return undefined;
  const compare = node as Extract<ExpressionNode, { kind: 'compare' }>;
  const literal = compare.left.kind === 'string' ? compare.left : compare.right;
  return literal.kind === 'string' ? literal.value : undefined;
}

/**
 * The operation other than `recover` that a `&&` above the comparison requires (`accessRequest.operation == 'enroll'
 * && accessRequest.metadata.type == 'expiry'`): `metadata` is only set for `recover`, so such a condition never holds.
 * `metadata` on its own, or in an OR, is fine: it already implies a recover operation.
 */
function otherOperationRequired(ancestors: readonly ExpressionNode[]): string | undefined {
  // Under a negation the terms mean something else: no proof either way.
  if (ancestors.some((ancestor) => ancestor.kind === 'not')) return undefined;
  for (const ancestor of ancestors) {
    if (ancestor.kind !== 'and') continue;
    for (const operand of conjuncts(ancestor)) {
      const operation = comparedString(operand, facts.operation);
      if (operation !== undefined && operation !== facts.operationForMetadata) return operation;
    }
  }
  return undefined;
}

/** The terms a chain of `&&` joins, through parentheses: `(a && b) && c` → a, b, c. */
function conjuncts(node: ExpressionNode): ExpressionNode[] {
  return node.kind === 'and' ? node.operands.flatMap(conjuncts) : [node];
}

export default createRule<[], MessageIds>({
  name: 'valid-account-management-expression',
  meta: {
    type: 'problem',
    docs: {
      description:
        "Enforce that Okta account management policy conditions read `accessRequest.metadata` only as `metadata.type == 'expiry'`, never with an operation other than `recover`",
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Okta account management policy protection for password expiry flows is GA in Production' },
      oktaGuide: oktaGuide.accountManagementPolicy,
    },
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      metadataType:
        "`accessRequest.metadata.type` is only ever 'expiry' (a password recovery because the password expired or is about to), never '{{value}}'.",
      metadataNeverMatches:
        "`accessRequest.metadata` is set only for a `recover` operation, so with `accessRequest.operation == '{{operation}}'` joined by && this condition never matches.",
      metadataUse: "`{{text}}` is not supported: read `accessRequest.metadata` only as `accessRequest.metadata.type == 'expiry'`.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};

    function check(node: PayloadNode): void {
      if (node.type !== 'string') return;
      const condition = node.value as string;
      const tree = parseExpression(condition);
      // Nested beyond what the reader takes: no judgement at all on this condition.
      if (tree === null) return;
      const report = (messageId: MessageIds, data: Record<string, string> = {}) => context.report({ node: node.node as never, messageId, data });
      if (!tree) {
        // Not a shape this reader knows: only the compared values can still be read.
        for (const match of condition.matchAll(/accessRequest\s*\.\s*metadata\s*\.\s*type\s*==\s*(['"])(.*?)\1/g)) {
          if (!metadataTypes.includes(match[2]!)) report('metadataType', { value: match[2]! });
        }
        return;
      }
      visitExpression(tree, (part, ancestors) => {
        const path = part.kind === 'reference' ? part.path : part.kind === 'call' ? part.callee : undefined;
        if (path === undefined || !isMetadata(path)) return;
        const parent = ancestors[ancestors.length - 1];
        const compared = parent?.kind === 'compare' && part.kind === 'reference' && part.path === facts.metadataType ? parent : undefined;
        const other = compared && (compared.left === part ? compared.right : compared.left);
        if (!compared || other?.kind !== 'string' || (compared.operator !== '==' && compared.operator !== '!=')) {
          const span = parent?.kind === 'compare' ? parent : part;
          report('metadataUse', { text: condition.slice(span.start, span.end) });
          return;
        }
        if (!metadataTypes.includes(other.value)) {
          report('metadataType', { value: other.value });
          return;
        }
        const operation = otherOperationRequired(ancestors);
        if (operation !== undefined) report('metadataNeverMatches', { operation });
      });
    }

    return payloadListener(context, setup, ['policy-rule'], (payload) => {
      const path = conditionPath(payload);
      if (!path) return;
      for (const match of valuesAt(payload.body, path)) check(match.value);
    });
  },
});
