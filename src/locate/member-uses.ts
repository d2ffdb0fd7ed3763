import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { staticKeyName, variableOf } from '../util/ast.js';
import { globalIdentifiers } from './module-references.js';

type Scope = TSESLint.Scope.Scope;

/** The end of a member chain that starts at a tracked value: `client.sessionApi.getSession(…)`, `new okta.EventHook(…)`. */
export interface MemberUse {
  /** Property names from the tracked value to the end of the chain: `['sessionApi', 'getSession']`. */
  path: readonly string[];
  /** The outermost node of the chain (the member expression, or the start itself when the path is empty). */
  node: TSESTree.Node;
  /** The call whose callee is the chain, if any. */
  call: TSESTree.CallExpression | undefined;
  /** The `new` expression whose callee is the chain, if any. */
  construct: TSESTree.NewExpression | undefined;
}

const passThrough = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'AwaitExpression', 'ChainExpression']);

function climbPassThrough(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && passThrough.has(current.parent.type)) current = current.parent;
  return current;
}

function variableReads(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Identifier[] {
  const variable = variableOf(identifier, scope);
  return (variable?.references ?? [])
    .filter((reference) => reference.isRead() && reference.identifier !== identifier)
    .map((reference) => reference.identifier as TSESTree.Identifier);
}

/**
 * Every member chain that starts at `start` (an expression holding a tracked value), following it through
 * `const x = start`, `x = start`, destructuring `const { a } = start`, `await`, and TypeScript casts.
 */
export function* memberUses(start: TSESTree.Node, scope: Scope, prefix: readonly string[] = [], depth = 0): Generator<MemberUse> {
  if (depth > 4) return;
  let node = climbPassThrough(start);
  const path = [...prefix];
  while (node.parent?.type === 'MemberExpression' && node.parent.object === node) {
    const name = staticKeyName(node.parent.property, node.parent.computed);
    if (name === undefined) return;
    path.push(name);
    node = climbPassThrough(node.parent);
  }
  const parent = node.parent;
  const call = parent?.type === 'CallExpression' && parent.callee === node ? parent : undefined;
  const construct = parent?.type === 'NewExpression' && parent.callee === node ? parent : undefined;
  yield { path, node, call, construct };
  if (call || construct) return;

  if (parent?.type === 'VariableDeclarator' && parent.init === node) {
    yield* usesThroughPattern(parent.id, scope, path, depth);
  } else if (parent?.type === 'AssignmentExpression' && parent.right === node && parent.operator === '=') {
    yield* usesThroughPattern(parent.left, scope, path, depth);
  }
}

/** Longer member paths than any SDK has: a destructuring nested deeper is not followed (and the recursion stays shallow). */
const maxPathLength = 32;

function* usesThroughPattern(pattern: TSESTree.Node, scope: Scope, path: readonly string[], depth: number): Generator<MemberUse> {
  if (path.length > maxPathLength) return;
  if (pattern.type === 'Identifier') {
    for (const read of variableReads(pattern, scope)) yield* memberUses(read, scope, path, depth + 1);
  } else if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties) {
      if (property.type !== 'Property') continue;
      const key = staticKeyName(property.key, property.computed);
      const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      if (key !== undefined) yield* usesThroughPattern(value, scope, [...path, key], depth);
    }
  }
}

/** Where a module's exports enter the file: each import binding and each `require()` call, with the path it starts at. */
export function moduleEntryPoints(
  program: TSESTree.Program,
  scope: Scope,
  moduleIds: (moduleId: string) => boolean,
): { start: TSESTree.Node; path: readonly string[]; moduleId: string }[] {
  const entries: { start: TSESTree.Node; path: readonly string[]; moduleId: string }[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const moduleId = statement.source.value;
    if (!moduleIds(moduleId)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type') continue;
      // A default import of a CommonJS module is the whole module object, like a namespace import.
      const path =
        specifier.type === 'ImportSpecifier'
          ? [specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value]
          : [];
      for (const read of variableReads(specifier.local, scope)) entries.push({ start: read, path, moduleId });
    }
  }
  for (const identifier of globalIdentifiers(scope, 'require')) {
    const call = identifier.parent;
    if (call?.type !== 'CallExpression' || call.callee !== identifier) continue;
    const argument = call.arguments[0];
    if (argument?.type === 'Literal' && typeof argument.value === 'string' && moduleIds(argument.value)) {
      entries.push({ start: call, path: [], moduleId: argument.value });
    }
  }
  return entries;
}

/** Member uses of everything a module exports, with the module id. */
export function* moduleMemberUses(
  program: TSESTree.Program,
  scope: Scope,
  moduleIds: (moduleId: string) => boolean,
): Generator<MemberUse & { moduleId: string }> {
  for (const entry of moduleEntryPoints(program, scope, moduleIds)) {
    for (const use of memberUses(entry.start, scope, entry.path)) yield { ...use, moduleId: entry.moduleId };
  }
}
