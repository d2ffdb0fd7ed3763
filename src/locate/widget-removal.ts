import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { staticKeyName, unwrap } from '../util/ast.js';
import { canDelete, ownershipOf, type Ownership } from '../util/ownership.js';
import { isInitializedAt, mayHaveSideEffect } from '../util/side-effects.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * When deleting a widget option keeps every other behaviour of the program (the conditions for an autofix): the
 * object holding it reaches nothing but the widget (`sinks`: the constructor's and `renderEl`'s option arguments),
 * and nothing else reads it or writes through it (`src/util/ownership.ts`); the value does nothing when evaluated
 * (`src/util/side-effects.ts`). One per file: it caches what it learns about each object.
 */
export class WidgetRemovalSafety {
  private readonly ownerships = new Map<TSESTree.Node, Ownership>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly sinks: ReadonlySet<TSESTree.Node>,
  ) {}

  private ownership(object: TSESTree.Node): Ownership {
    let found = this.ownerships.get(object);
    if (!found) {
      const scopeManager = this.sourceCode.scopeManager;
      found = scopeManager ? ownershipOf(object, (node) => this.sinks.has(node), scopeManager) : { known: false, uses: [] };
      this.ownerships.set(object, found);
    }
    return found;
  }

  /** Evaluating the value may do something besides giving it: a call, an assignment, a getter, a throw. */
  sideEffects(value: TSESTree.Node): boolean {
    return mayHaveSideEffect(value, this.sourceCode.getScope(value));
  }

  /** The entry `key` of an object literal may go: nothing but the widget sees the object. */
  entryRemovable(object: TSESTree.ObjectExpression, key: string): boolean {
    return canDelete(this.ownership(object), [key]);
  }

  /**
   * The statement `variable.a.b = value` may go: the variable holds an object literal that nothing but the widget
   * sees, `a` is an object literal in it (so the assignment cannot throw), no setter can run, and the statement runs
   * after the declaration in the same function (so it cannot throw in the temporal dead zone either).
   */
  assignmentRemovable(variable: Variable, target: TSESTree.MemberExpression, statement: TSESTree.Node): boolean {
    const def = variable.defs[0];
    const init = variable.defs.length === 1 && def?.type === 'Variable' ? def.node.init : undefined;
    const object = init && unwrap(init);
    if (object?.type !== 'ObjectExpression' || !isInitializedAt(variable, statement)) return false;
    const path = memberPath(target);
    if (!path || !literalPathExists(object, path)) return false;
    return canDelete(this.ownership(object), path, true);
  }
}

/** `['features', 'registration']` for `cfg.features.registration`, or undefined when a key is computed. */
function memberPath(target: TSESTree.MemberExpression): string[] | undefined {
  const path: string[] = [];
  let node: TSESTree.Node = target;
  while (node.type === 'MemberExpression') {
    const name = staticKeyName(node.property, node.computed);
    if (name === undefined) return undefined;
    path.unshift(name);
    node = unwrap(node.object);
  }
  return path;
}

/**
 * Every object on the way to the last key is a plain literal with exactly that key once (so the assignment writes into
 * an object the literal made, and never runs a setter or a prototype's): `{ features: { … } }` for `features.x`.
 */
function literalPathExists(object: TSESTree.ObjectExpression, path: readonly string[]): boolean {
  let current: TSESTree.Node = object;
  for (let index = 0; index < path.length; index++) {
    if (current.type !== 'ObjectExpression' || !isPlainObject(current)) return false;
    if (index === path.length - 1) return true;
    const holders: TSESTree.Property[] = current.properties.filter(
      (property): property is TSESTree.Property => property.type === 'Property' && staticKeyName(property.key, property.computed) === path[index],
    );
    if (holders.length !== 1) return false;
    current = unwrap(holders[0]!.value);
  }
  return false;
}

/**
 * An object literal whose every entry is a plain `key: value` with a static key: no spread or computed key (which may
 * hold anything, including the option), no getter or setter, no `__proto__` (which may bring setters). Emptying such
 * an object and deleting it is the same as deleting its entries.
 */
export function isPlainObject(object: TSESTree.ObjectExpression): boolean {
  return object.properties.every(
    (property) =>
      property.type === 'Property' &&
      property.kind === 'init' &&
      staticKeyName(property.key, property.computed) !== undefined &&
      !(staticKeyName(property.key, property.computed) === '__proto__' && !property.computed && !property.shorthand),
  );
}
