import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';

type Scope = TSESLint.Scope.Scope;
type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

export interface EvaluationBudget {
  /** How deep the expression may nest, counting through the constants it reads. */
  depth: number;
  /** How many nodes evaluating it may visit, counting a constant each time it is read. */
  size: number;
}

/**
 * Whether a recursive evaluator (eslint-utils `getStaticValue`) can read `root` within the budget. Such an evaluator
 * recurses once per level and reads a constant anew at every use: `const a1 = a0 + a0; const a2 = a1 + a1; …` makes
 * it visit 2^n nodes, and a 4,000-long `+` chain overflows the stack. This check is iterative and memoised (each node
 * once), so it is linear in the nodes it sees, and stops as soon as the budget is spent.
 */
export function fitsEvaluation(root: TSESTree.Node, scope: Scope, visitorKeys: VisitorKeys, budget: EvaluationBudget): boolean {
  const sizes = new Map<TSESTree.Node, number>();
  const open = new Set<TSESTree.Node>();
  const stack: { node: TSESTree.Node; depth: number; children?: TSESTree.Node[] }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (sizes.has(top.node)) {
      stack.pop();
      continue;
    }
    if (!top.children) {
      if (top.depth > budget.depth) return false;
      open.add(top.node);
      top.children = childrenOf(top.node, scope, visitorKeys);
      // A constant that reads itself (in its temporal dead zone) counts once.
      for (const child of top.children) if (!sizes.has(child) && !open.has(child)) stack.push({ node: child, depth: top.depth + 1 });
      continue;
    }
    let size = 1;
    for (const child of top.children) size += sizes.get(child) ?? 1;
    if (size > budget.size) return false;
    sizes.set(top.node, size);
    open.delete(top.node);
    stack.pop();
  }
  return true;
}

/** The syntax children of a node; for a variable read, the variable's initializer (what an evaluator follows). */
function childrenOf(node: TSESTree.Node, scope: Scope, visitorKeys: VisitorKeys): TSESTree.Node[] {
  if (node.type === 'Identifier') {
    const variable = findVariable(scope, node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    return def?.type === 'Variable' && def.node.init && def.node.id === def.name ? [def.node.init] : [];
  }
  const children: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof (item as TSESTree.Node).type === 'string') children.push(item as TSESTree.Node);
    }
  }
  return children;
}
