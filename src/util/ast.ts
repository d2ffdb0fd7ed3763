import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** The TypeScript syntax around an expression that does not change its value (`as`, `satisfies`, `!`, `<T>`). */
export const typeWrapperTypes: ReadonlySet<string> = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion']);

type TypeWrapper = TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSNonNullExpression | TSESTree.TSTypeAssertion;

/** Strips what TypeScript adds around an expression without changing its value (`as`, `satisfies`, `!`, `<T>`). */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (typeWrapperTypes.has(current.type)) current = (current as TypeWrapper).expression;
  return current;
}

/** Parents `climbValue` looks through at most: far more than real code nests, and callers ask once per literal. */
const maxClimb = 64;

/**
 * The outermost expression that hands `node`'s value on unchanged: TypeScript syntax, and the branches of `?:`,
 * `||`, `??` (where the value may be the result). At most `maxClimb` parents up, so asking for every literal of a
 * deeply nested file stays linear.
 */
export function climbValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let steps = 0; steps < maxClimb; steps++) {
    const parent = current.parent;
    if (!parent) return current;
    const passes =
      typeWrapperTypes.has(parent.type) ||
      (parent.type === 'ConditionalExpression' && parent.test !== current) ||
      parent.type === 'LogicalExpression';
    if (!passes) return current;
    current = parent;
  }
  return current;
}

/** The static name of a property key or a member access, or `undefined` when it is computed from a value. */
export function staticKeyName(
  key: TSESTree.Node,
  computed: boolean,
): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

export function variableOf(identifier: TSESTree.Identifier, scope: Scope): Variable | undefined {
  return findVariable(scope, identifier) ?? undefined;
}

/** True when `node` sits inside a `.d.ts`-style ambient context or a type position. */
export function isTypeOnlyFile(filename: string): boolean {
  return /\.d\.[cm]?ts$/.test(filename);
}
