import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { staticKeyName } from '../util/ast.js';
import { enclosingFunction, runsUnconditionally } from './control-flow.js';

type Variable = TSESLint.Scope.Variable;

/** A change made to the object a variable holds, after it was made. */
export type MemberWrite =
  /** `body.audience = aud`, `config.features.registration = true`: `path` is `['audience']`, `['features', 'registration']`. */
  | { type: 'assign'; path: readonly string[]; assignment: TSESTree.AssignmentExpression; target: TSESTree.MemberExpression; definite: boolean }
  /** `params.set('k', v)` (`path` `[]`), `url.searchParams.append('k', v)` (`path` `['searchParams']`). */
  | { type: 'call'; path: readonly string[]; method: 'set' | 'append' | 'delete'; call: TSESTree.CallExpression; definite: boolean }
  /** `Object.assign(config, { … })`. */
  | { type: 'merge'; sources: readonly TSESTree.Node[]; call: TSESTree.CallExpression; definite: boolean }
  /** A write the resolver cannot read (`cfg[key] = v`, `delete cfg.x`): other keys may exist. */
  | { type: 'opaque' };

const searchMethods = new Set(['set', 'append', 'delete']);
/** Member paths longer than this are not followed (a config is a few levels deep). */
const maxPath = 16;

/** TypeScript syntax around an expression that does not change its value. */
function climbWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && (current.parent.type === 'TSNonNullExpression' || current.parent.type === 'TSAsExpression' || current.parent.type === 'TSSatisfiesExpression')) {
    current = current.parent;
  }
  return current;
}

/**
 * Every write to a member of the object a variable holds, in source order. `definite` when the write runs each time
 * the variable's declaration does: the same function, no branch or loop between.
 */
export function memberWrites(variable: Variable, isGlobal: (name: string, at: TSESTree.Node) => boolean): MemberWrite[] {
  const declaration = variable.defs[0]?.node as TSESTree.Node | undefined;
  const home = declaration && (enclosingFunction(declaration) ?? declarationRoot(declaration));
  const writes: MemberWrite[] = [];
  const definite = (node: TSESTree.Node) => home !== undefined && (enclosingFunction(node) ?? declarationRoot(node)) === home && runsUnconditionally(node, home);
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    const identifier = reference.identifier as TSESTree.Node;
    let node = climbWrappers(identifier);
    const path: string[] = [];
    let opaque = false;
    while (node.parent?.type === 'MemberExpression' && node.parent.object === node) {
      const name = node.parent.property.type === 'PrivateIdentifier' ? undefined : staticKeyName(node.parent.property, node.parent.computed);
      if (name === undefined) {
        opaque = true;
        break;
      }
      path.push(name);
      node = climbWrappers(node.parent);
      if (path.length > maxPath) {
        opaque = true;
        break;
      }
    }
    const parent = node.parent;
    if (opaque) {
      const top = node.parent!;
      if (top.parent?.type === 'AssignmentExpression' && top.parent.left === top) writes.push({ type: 'opaque' });
      continue;
    }
    if (path.length > 0 && parent?.type === 'AssignmentExpression' && parent.left === node) {
      writes.push({ type: 'assign', path, assignment: parent, target: node as TSESTree.MemberExpression, definite: parent.operator === '=' && definite(parent) });
    } else if (path.length > 0 && (parent?.type === 'UpdateExpression' || (parent?.type === 'UnaryExpression' && parent.operator === 'delete'))) {
      writes.push({ type: 'opaque' });
    } else if (path.length >= 1 && parent?.type === 'CallExpression' && parent.callee === node && searchMethods.has(path[path.length - 1]!)) {
      writes.push({ type: 'call', path: path.slice(0, -1), method: path[path.length - 1] as 'set' | 'append' | 'delete', call: parent, definite: definite(parent) });
    } else if (path.length === 0 && parent?.type === 'CallExpression' && parent.arguments[0] === node && isObjectAssign(parent.callee, isGlobal)) {
      writes.push({ type: 'merge', sources: parent.arguments.slice(1), call: parent, definite: definite(parent) });
    }
  }
  return writes;
}

function declarationRoot(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

function isObjectAssign(callee: TSESTree.Node, isGlobal: (name: string, at: TSESTree.Node) => boolean): boolean {
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Object' &&
    isGlobal('Object', callee.object) &&
    staticKeyName(callee.property, callee.computed) === 'assign'
  );
}
