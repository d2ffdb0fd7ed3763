import type { TSESTree } from '@typescript-eslint/utils';
import { staticKeyName } from '../util/ast.js';
import { runsUnconditionally } from './control-flow.js';

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** Where a class gives `this.x` a value. */
export interface ThisWrite {
  /** The value written; undefined when it cannot be read (`this.x += 1`, `this.x++`, a field without initializer). */
  value: TSESTree.Node | undefined;
  /** The `this.x = …` assignment, or the field definition. */
  node: TSESTree.AssignmentExpression | TSESTree.PropertyDefinition | TSESTree.Node;
  /** `field` and `constructor` run for every instance; `method` only when the method is called. */
  where: 'field' | 'constructor' | 'method';
  /** Written every time the constructor runs (a field, or a constructor statement outside any branch). */
  definite: boolean;
}

/** What one class does with `this`: the writes and reads of each instance member, and its methods. */
export interface ClassIndex {
  node: ClassNode;
  writes: ReadonlyMap<string, readonly ThisWrite[]>;
  /** `this.x` reads (not write targets), by member name. */
  reads: ReadonlyMap<string, readonly TSESTree.MemberExpression[]>;
  methods: ReadonlyMap<string, TSESTree.FunctionExpression>;
  constructorFn: TSESTree.FunctionExpression | undefined;
}

/** `x` for `this.x`, `#x` for `this.#x`, or the static string of `this['x']`. */
export function memberKey(member: TSESTree.MemberExpression): string | undefined {
  if (member.property.type === 'PrivateIdentifier') return `#${member.property.name}`;
  return staticKeyName(member.property, member.computed);
}

/** The name of a class member: `x`, `#x`, or a static computed key. */
export function elementKey(element: TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  if (element.key.type === 'PrivateIdentifier') return `#${element.key.name}`;
  return staticKeyName(element.key, element.computed);
}

/**
 * The class whose instance `this` is at `node`: inside a method, a constructor, a field initializer, and arrow
 * functions within them. Undefined in a plain function, a static member or outside any class.
 */
export function thisClass(node: TSESTree.Node): ClassNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case 'ArrowFunctionExpression':
        continue;
      case 'FunctionExpression': {
        const parent = current.parent;
        if (parent?.type === 'MethodDefinition' && parent.value === current && !parent.static) return parent.parent.parent as ClassNode;
        return undefined;
      }
      case 'PropertyDefinition':
        if (current.static) return undefined;
        // The key of a computed field is not inside the instance.
        if (node.range[0] >= (current.value?.range[0] ?? Infinity)) return current.parent.parent as ClassNode;
        return undefined;
      case 'FunctionDeclaration':
      case 'StaticBlock':
      case 'Program':
        return undefined;
      default:
        continue;
    }
  }
  return undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** Builds the index of one class with one walk of its body (nested functions and classes have their own `this`). */
export function indexClass(node: ClassNode, visitorKeys: VisitorKeys): ClassIndex {
  const writes = new Map<string, ThisWrite[]>();
  const reads = new Map<string, TSESTree.MemberExpression[]>();
  const methods = new Map<string, TSESTree.FunctionExpression>();
  let constructorFn: TSESTree.FunctionExpression | undefined;
  const stack: { node: TSESTree.Node; where: ThisWrite['where']; root: TSESTree.Node }[] = [];
  for (const element of node.body.body) {
    if (element.type === 'PropertyDefinition' && !element.static) {
      const key = elementKey(element);
      if (key !== undefined) push(writes, key, { value: element.value ?? undefined, node: element, where: 'field', definite: element.value !== null });
      if (element.value) stack.push({ node: element.value, where: 'method', root: element.value });
    } else if (element.type === 'MethodDefinition' && !element.static && element.value.type === 'FunctionExpression') {
      const key = elementKey(element);
      if (element.kind === 'constructor') {
        constructorFn = element.value;
        stack.push({ node: element.value.body, where: 'constructor', root: element.value.body });
      } else {
        if (element.kind === 'method' && key !== undefined) methods.set(key, element.value);
        stack.push({ node: element.value.body, where: 'method', root: element.value.body });
      }
      for (const param of element.value.params) {
        // `constructor(private readonly http: Http)` writes `this.http`.
        if (param.type === 'TSParameterProperty' && element.kind === 'constructor') {
          const inner = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
          if (inner.type === 'Identifier') push(writes, inner.name, { value: inner, node: param, where: 'constructor', definite: true });
        }
      }
    }
  }
  while (stack.length > 0) {
    const { node: current, where, root } = stack.pop()!;
    if (current.type === 'MemberExpression' && current.object.type === 'ThisExpression') {
      const key = memberKey(current);
      if (key !== undefined) {
        const parent = current.parent;
        if (parent?.type === 'AssignmentExpression' && parent.left === current) {
          const definite = where === 'constructor' && parent.operator === '=' && runsUnconditionally(parent, root);
          push(writes, key, { value: parent.operator === '=' ? parent.right : undefined, node: parent, where, definite });
        } else if (parent?.type === 'UpdateExpression' || (parent?.type === 'UnaryExpression' && parent.operator === 'delete')) {
          push(writes, key, { value: undefined, node: parent, where, definite: false });
        } else {
          push(reads, key, current);
        }
      }
    }
    for (const key of visitorKeys[current.type] ?? []) {
      const child = (current as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        const next = item as TSESTree.Node | null | undefined;
        if (!next || typeof next.type !== 'string') continue;
        // A nested function or class has its own `this`; an arrow function keeps it, but runs later.
        if (next.type === 'FunctionExpression' || next.type === 'FunctionDeclaration' || next.type === 'ClassDeclaration' || next.type === 'ClassExpression') continue;
        stack.push({ node: next, where: next.type === 'ArrowFunctionExpression' ? 'method' : where, root });
      }
    }
  }
  const byPosition = (a: { range: TSESTree.Range }, b: { range: TSESTree.Range }) => a.range[0] - b.range[0];
  for (const list of writes.values()) list.sort((a, b) => byPosition(a.node, b.node));
  for (const list of reads.values()) list.sort(byPosition);
  return { node, writes, reads, methods, constructorFn };
}
