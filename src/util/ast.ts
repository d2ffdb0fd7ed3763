import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** Strips what TypeScript adds around an expression without changing its value (`as`, `satisfies`, `!`, `<T>`). */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
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
