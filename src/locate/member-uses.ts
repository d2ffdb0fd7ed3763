import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Resolver } from '../resolve/index.js';
import { staticKeyName } from '../util/ast.js';
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

/**
 * Every member chain that starts at `start` (an expression holding a tracked value), following it, with the
 * resolver, to where the value is read again: `const x = start`, `x = start`, `this.http = start` (read as
 * `this.http` anywhere in the class), a class field, destructuring `const { a } = start`; through `await` and
 * TypeScript casts.
 */
/** Longer member paths than any SDK has: not followed. */
const maxPathLength = 32;

export function* memberUses(start: TSESTree.Node, resolver: Resolver, prefix: readonly string[] = [], depth = 0): Generator<MemberUse> {
  if (depth > 4) return;
  let node = climbPassThrough(start);
  const path = [...prefix];
  while (node.parent?.type === 'MemberExpression' && node.parent.object === node) {
    const name = staticKeyName(node.parent.property, node.parent.computed);
    // Longer member paths than any SDK has are not followed.
    if (name === undefined || path.length >= maxPathLength) return;
    path.push(name);
    node = climbPassThrough(node.parent);
  }
  const parent = node.parent;
  const call = parent?.type === 'CallExpression' && parent.callee === node ? parent : undefined;
  const construct = parent?.type === 'NewExpression' && parent.callee === node ? parent : undefined;
  yield { path, node, call, construct };
  if (call || construct) return;
  for (const read of resolver.readsOf(node)) yield* memberUses(read.node, resolver, [...path, ...read.path], depth + 1);
}

/** Where a module's exports enter the file: each import binding and each `require()` call, with the path it starts at. */
export function moduleEntryPoints(
  program: TSESTree.Program,
  resolver: Resolver,
  moduleIds: (moduleId: string) => boolean,
): { start: TSESTree.Node; path: readonly string[]; moduleId: string }[] {
  const scope = resolver.sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  if (!scope) return [];
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
      for (const read of resolver.bindingReads(specifier.local)) entries.push({ start: read.node, path, moduleId });
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
  resolver: Resolver,
  moduleIds: (moduleId: string) => boolean,
): Generator<MemberUse & { moduleId: string }> {
  for (const entry of moduleEntryPoints(program, resolver, moduleIds)) {
    for (const use of memberUses(entry.start, resolver, entry.path)) yield { ...use, moduleId: entry.moduleId };
  }
}
