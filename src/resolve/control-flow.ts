import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from './value.js';

export function isFunction(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return node?.type === 'FunctionDeclaration' || node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression';
}

/** The innermost function around a node, if any. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) return current;
  return undefined;
}

const conditional = new Set([
  'IfStatement',
  'ConditionalExpression',
  'SwitchCase',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
  'CatchClause',
  'TryStatement',
]);

/**
 * Whether `node` runs every time the code around it up to `until` runs: no branch, loop, `try`, short-circuit or
 * function lies between them. (The test of an `if` or a loop's first clause also run, but a write there is rare
 * enough to count as conditional.)
 */
export function runsUnconditionally(node: TSESTree.Node, until: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current && current !== until; current = current.parent) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent || parent === until) return parent === until;
    if (conditional.has(parent.type) || isFunction(parent)) return false;
    if (parent.type === 'LogicalExpression' && parent.right === current) return false;
    if (parent.type === 'ChainExpression') return false;
  }
  return true;
}
