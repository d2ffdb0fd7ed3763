import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, getStaticValue } from '@typescript-eslint/utils/ast-utils';

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

export function propertyName(property: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  return property.type === 'Property'
    ? staticKeyName(property.key, property.computed)
    : staticKeyName(property.property, property.computed);
}

/** A string the expression always evaluates to, when it can be known from this file alone. */
export function staticString(node: TSESTree.Node, scope: Scope): string | undefined {
  const result = getStaticValue(node, scope);
  return result && typeof result.value === 'string' ? result.value : undefined;
}

export function variableOf(identifier: TSESTree.Identifier, scope: Scope): Variable | undefined {
  return findVariable(scope, identifier) ?? undefined;
}

/**
 * The expression a variable always holds, when it has one: a `const` initializer, or a `let`/`var`
 * initializer that is never written again.
 */
export function constantInitializer(variable: Variable): TSESTree.Expression | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable' || def.node.id.type !== 'Identifier' || !def.node.init) return undefined;
  const writes = variable.references.filter((ref) => ref.isWrite() && ref.identifier !== def.node.id);
  if (writes.length > 0) return undefined;
  return def.node.init;
}

/** An object literal the expression stands for: itself, or a same-file constant holding one. */
export function resolveObject(
  node: TSESTree.Node,
  scope: Scope,
): { object: TSESTree.ObjectExpression; via: Variable | undefined } | undefined {
  let current = unwrap(node);
  let via: Variable | undefined;
  for (let hops = 0; hops < 4; hops++) {
    if (current.type === 'ObjectExpression') return { object: current, via };
    if (current.type !== 'Identifier') return undefined;
    const variable = variableOf(current, scope);
    const init = variable && constantInitializer(variable);
    if (!init) return undefined;
    via ??= variable;
    current = unwrap(init);
  }
  return undefined;
}

/** True when `node` sits inside a `.d.ts`-style ambient context or a type position. */
export function isTypeOnlyFile(filename: string): boolean {
  return /\.d\.[cm]?ts$/.test(filename);
}
