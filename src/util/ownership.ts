import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { staticKeyName, typeWrapperTypes, unwrap } from './ast.js';

type Variable = TSESLint.Scope.Variable;
type ScopeManager = TSESLint.Scope.ScopeManager;

/**
 * Who else sees an object literal: before a fix deletes part of it, every way the object can be reached must be
 * known, and none of them may read what goes.
 *
 * From the literal, the value is followed up the tree: into the object literal that holds it (`features: { … }`),
 * through a spread into another literal, `Object.assign({}, …)`, `JSON.stringify(…)`, `a || …`, `c ? … : …`, and into
 * a same-file variable, whose every reference is then read: a member read or write on a static path (`cfg.features.x`)
 * is a use; the bare variable flows on (a spread, an argument, another variable). A flow ends well in a *sink* (the
 * call that consumes the value: the widget constructor, the request); anything else (a call that is not a sink, an
 * export, a global of a script, which other scripts share, `eval`, a reassignment) makes the object's uses unknown.
 */

/** A use of the object, on a path below it: `['features', 'rememberMe']` for `cfg.features.rememberMe`. */
export interface ObjectUse {
  path: readonly string[];
  /**
   * `read`: the value at the path is read (a call on it, `delete`, `++` and compound assignments count as reads);
   * `write`: a plain `=` assignment to the path; `replace`: the object itself is replaced in its holder.
   */
  kind: 'read' | 'write' | 'replace';
}

export interface Ownership {
  /** Every flow of the object ends in a sink or in one of `uses`. */
  known: boolean;
  uses: ObjectUse[];
}

/** How far one question may go; past it the uses count as unknown (no fix), so a huge file costs no more. */
const stepLimit = 20_000;


/** The innermost scope around a node. */
function scopeAt(node: TSESTree.Node, scopeManager: ScopeManager): TSESLint.Scope.Scope | null {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = scopeManager.acquire(current, true);
    if (scope) return scope;
  }
  return scopeManager.globalScope;
}

function isGlobalCall(call: TSESTree.CallExpression, object: string, method: string, scopeManager: ScopeManager): boolean {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== object) return false;
  if (staticKeyName(callee.property, callee.computed) !== method) return false;
  // The global, not a local binding of the same name.
  for (let current = scopeAt(call, scopeManager); current; current = current.upper) {
    const variable = current.set.get(object);
    if (variable) return variable.defs.length === 0;
  }
  return true;
}

/** The path a member chain reads from its object, and the node that ends it: `cfg.features.x` → `['features', 'x']`. */
function memberChain(identifier: TSESTree.Node): { path: string[]; end: TSESTree.Node; computed: boolean } {
  const path: string[] = [];
  let node = identifier;
  for (;;) {
    let parent = node.parent;
    while (parent && (typeWrapperTypes.has(parent.type) || parent.type === 'ChainExpression')) {
      node = parent;
      parent = node.parent;
    }
    if (parent?.type !== 'MemberExpression' || parent.object !== node) return { path, end: node, computed: false };
    const name = staticKeyName(parent.property, parent.computed);
    if (name === undefined) return { path, end: parent, computed: true };
    path.push(name);
    node = parent;
  }
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

/** How a member chain that ends at `end` uses the value at its path. */
function useKind(end: TSESTree.Node): { kind: 'read' | 'write'; drop: number } {
  const parent = end.parent;
  if (parent?.type === 'AssignmentExpression' && parent.left === end) return { kind: parent.operator === '=' ? 'write' : 'read', drop: 0 };
  // A method call reads its object through `this`.
  if (parent?.type === 'CallExpression' && parent.callee === end) return { kind: 'read', drop: 1 };
  return { kind: 'read', drop: 0 };
}

/** The value is consumed where it stands (`delete x.a`, `x.a++`, `typeof x.a`): not handed on. */
function isOperand(end: TSESTree.Node): boolean {
  const parent = end.parent;
  return parent?.type === 'UnaryExpression' || parent?.type === 'UpdateExpression';
}

interface Walk {
  sinks: (node: TSESTree.Node) => boolean;
  scopeManager: ScopeManager;
  uses: ObjectUse[];
  pending: { node: TSESTree.Node; at: readonly string[] }[];
  seen: Set<string>;
  variableIds: Map<Variable, number>;
  steps: number;
}

/** Reads every reference of the variable a declarator makes; false when one of them is out of view. */
function followVariable(walk: Walk, declarator: TSESTree.VariableDeclarator, at: readonly string[]): boolean {
  const variable = walk.scopeManager.getDeclaredVariables(declarator).find((candidate) => candidate.defs.length > 0 && candidate.defs[0]!.name === declarator.id);
  if (!variable || variable.defs.length !== 1) return false;
  // Other scripts of the page share a script's globals; an export is read by other modules.
  if (variable.scope.type === 'global' || declarator.parent?.parent?.type === 'ExportNamedDeclaration') return false;
  let id = walk.variableIds.get(variable);
  if (id === undefined) {
    id = walk.variableIds.size;
    walk.variableIds.set(variable, id);
  }
  const key = `${id}\u0000${at.join('\u0000')}`;
  if (walk.seen.has(key)) return true;
  walk.seen.add(key);
  for (const reference of variable.references) {
    if (++walk.steps > stepLimit) return false;
    if (reference.init) continue;
    if (reference.isWrite()) return false;
    const chain = memberChain(reference.identifier);
    if (chain.path.length === 0 && !chain.computed) {
      walk.pending.push({ node: reference.identifier, at });
      continue;
    }
    const { kind, drop } = chain.computed ? { kind: 'read' as const, drop: 0 } : useKind(chain.end);
    const path = chain.path.slice(0, chain.path.length - drop);
    if (!chain.computed && kind === 'read' && drop === 0 && isPrefix(path, at) && !isOperand(chain.end)) {
      // `settings.widget` reads a holder of the object (or the object itself) and hands it on: follow where it goes,
      // as for the variable itself (into a sink, a variable, a spread; anything else is out of view).
      walk.pending.push({ node: chain.end, at: at.slice(path.length) });
      continue;
    }
    if (isPrefix(at, path)) {
      const below = path.slice(at.length);
      walk.uses.push({ path: below, kind: kind === 'write' && below.length === 0 ? 'replace' : kind });
    } else if (isPrefix(path, at)) {
      // The use reaches a holder of the object: it sees (or replaces) the whole object.
      walk.uses.push({ path: [], kind: kind === 'write' ? 'replace' : 'read' });
    }
  }
  return true;
}

/** `cfg.features.x` as an assignment target: the variable's identifier and the static path, or undefined. */
function assignedPath(target: TSESTree.Node): { root: TSESTree.Identifier; path: string[] } | undefined {
  const path: string[] = [];
  let node = target;
  while (node.type === 'MemberExpression') {
    const name = staticKeyName(node.property, node.computed);
    if (name === undefined) return undefined;
    path.unshift(name);
    node = node.object;
  }
  return node.type === 'Identifier' && path.length > 0 ? { root: node, path } : undefined;
}

/** The `const x = …` declarator of the variable an identifier refers to, when it has exactly one. */
function declaratorOf(identifier: TSESTree.Identifier, scopeManager: ScopeManager): TSESTree.VariableDeclarator | undefined {
  for (let scope = scopeAt(identifier, scopeManager); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (!variable) continue;
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    return def?.type === 'Variable' && def.node.id === def.name ? def.node : undefined;
  }
  return undefined;
}

/** Follows the value of `start` up the tree until it ends in a sink (true) or goes out of view (false). */
function climb(walk: Walk, start: TSESTree.Node, startAt: readonly string[]): boolean {
  let node = start;
  let at = startAt;
  for (;;) {
    if (++walk.steps > stepLimit) return false;
    if (walk.sinks(node)) return true;
    const parent = node.parent;
    if (!parent) return false;
    if (typeWrapperTypes.has(parent.type)) {
      node = parent;
      continue;
    }
    switch (parent.type) {
      case 'Property': {
        const key = parent.value === node && parent.kind === 'init' && parent.parent.type === 'ObjectExpression' ? staticKeyName(parent.key, parent.computed) : undefined;
        if (key === undefined) return false;
        at = [key, ...at];
        node = parent.parent;
        continue;
      }
      case 'SpreadElement':
        // A spread copies the keys into the new object; what they hold stays shared.
        if (parent.parent.type !== 'ObjectExpression') return false;
        node = parent.parent;
        continue;
      case 'LogicalExpression':
        node = parent;
        continue;
      case 'ConditionalExpression':
        if (parent.test === node) return false;
        node = parent;
        continue;
      case 'VariableDeclarator':
        return parent.init === node && parent.id.type === 'Identifier' && followVariable(walk, parent, at);
      case 'AssignmentExpression': {
        // `cfg.features = { … }` as a statement: the object now sits at `features` in what `cfg` holds.
        if (parent.right !== node || parent.operator !== '=' || parent.parent.type !== 'ExpressionStatement') return false;
        const chain = assignedPath(parent.left);
        const declarator = chain && declaratorOf(chain.root, walk.scopeManager);
        // The variable must hold an object this file made, or whoever made it may hold it too.
        const init = declarator?.init && unwrap(declarator.init);
        return init?.type === 'ObjectExpression' && followVariable(walk, declarator!, [...chain!.path, ...at]);
      }
      case 'CallExpression': {
        const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
        if (index === -1) return false;
        if (isGlobalCall(parent, 'Object', 'assign', walk.scopeManager)) {
          // Object.assign(target, …sources) gives the target; a source is copied into it, so the target must be new.
          const target = parent.arguments[0];
          const inner = target && unwrap(target);
          if (index > 0 && inner?.type !== 'ObjectExpression') return false;
          node = parent;
          continue;
        }
        if (index === 0 && isGlobalCall(parent, 'JSON', 'stringify', walk.scopeManager)) {
          // The text holds the whole object: whoever reads it reads everything.
          at = [];
          node = parent;
          continue;
        }
        return false;
      }
      default:
        return false;
    }
  }
}

/**
 * `eval(…)` and `with` reach variables without a reference the scope analysis can see. (Found from the references to
 * `eval`: not every scope manager marks the scopes that call it.)
 */
function hasDynamicScope(scopeManager: ScopeManager): boolean {
  if (scopeManager.scopes.some((scope) => scope.type === 'with')) return true;
  const global = scopeManager.globalScope;
  const evalReferences = [...(global?.set.get('eval')?.references ?? []), ...(global?.through ?? []).filter((reference) => reference.identifier.name === 'eval')];
  return evalReferences.some((reference) => reference.identifier.parent?.type === 'CallExpression' && reference.identifier.parent.callee === reference.identifier);
}

const dynamicCache = new WeakMap<ScopeManager, boolean>();

/** Every use of the object an expression creates (see the module comment). */
export function ownershipOf(object: TSESTree.Node, sinks: (node: TSESTree.Node) => boolean, scopeManager: ScopeManager): Ownership {
  let dynamic = dynamicCache.get(scopeManager);
  if (dynamic === undefined) {
    dynamic = hasDynamicScope(scopeManager);
    dynamicCache.set(scopeManager, dynamic);
  }
  if (dynamic) return { known: false, uses: [] };
  const walk: Walk = { sinks, scopeManager, uses: [], pending: [{ node: object, at: [] }], seen: new Set(), variableIds: new Map(), steps: 0 };
  while (walk.pending.length > 0) {
    const { node, at } = walk.pending.pop()!;
    if (!climb(walk, node, at)) return { known: false, uses: [] };
  }
  return { known: true, uses: walk.uses };
}

/**
 * Whether deleting what is at `path` in the object keeps every other behaviour: no use reads it (or reads a holder
 * of it), and no write goes through it. For an assignment that is to be deleted (`assignment`), the object it writes
 * into must stay the one the literal made: no use may replace it or a holder of it.
 */
export function canDelete(ownership: Ownership, path: readonly string[], assignment = false): boolean {
  if (!ownership.known) return false;
  return ownership.uses.every((use) => {
    if (use.kind === 'read') return !isPrefix(use.path, path) && !isPrefix(path, use.path);
    if (use.kind === 'write' && path.length < use.path.length && isPrefix(path, use.path)) return false;
    if (!assignment) return true;
    return use.kind !== 'replace' && !(use.path.length < path.length && isPrefix(use.path, path));
  });
}
