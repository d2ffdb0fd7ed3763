import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';
import { staticKeyName, typeWrapperTypes } from '../util/ast.js';
import { callValue, constructValue } from './calls.js';
import { findCallSites, type CallSite, type CallSites } from './call-sites.js';
import { indexClass, memberKey, thisClass, type ClassIndex, type ClassNode, type ThisWrite } from './classes.js';
import { importedValue } from './imported-values.js';
import { limits } from './limits.js';
import type { CallContext, ValueReader } from './reader.js';
import { applyWrites, arrayValue, objectValue, withWrites } from './shapes.js';
import { formQuery, joinParts, text, urlText } from './text.js';
import {
  alternatives,
  completeString,
  emptyForm,
  HOLE,
  lastEntry,
  truthiness,
  unknown,
  type Entry,
  type FunctionNode,
  type Item,
  type OneOf,
  type Shape,
  type Text,
  type Value,
} from './value.js';
import { memberWrites, type MemberWrite } from './variable-writes.js';

export type { CallContext } from './reader.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Which parameters of which functions a resolution read (a bit per parameter index). */
export type ParameterUse = ReadonlyMap<FunctionNode, number>;

interface Memo {
  value: Value;
  uses: Map<FunctionNode, number> | undefined;
}

interface Table {
  nodes: Map<TSESTree.Node, Memo>;
  variables: Map<Variable, Memo>;
}

/** A reader of the same value: `x` after `const x = start`, `this.http` after `this.http = start`, with the path taken. */
export interface ValueRead {
  node: TSESTree.Node;
  path: readonly string[];
}

/** TypeScript syntax that keeps the value, and `f<T>` (an instantiation expression is the same function). */
const typeWrappers = new Set([...typeWrapperTypes, 'TSInstantiationExpression']);

/**
 * Answers "what static value or object shape does this expression have, and where was it written" for one file.
 * Memoised per node (and per call-site context), seeded with a cycle sentinel before computing; every cap in
 * `limits` turns into an unknown value. Never executes the linted code. One per Program: use `resolverFor`.
 */
export class Resolver implements ValueReader {
  private readonly free: Table = { nodes: new Map(), variables: new Map() };
  private readonly bound = new Map<CallContext, Table>();
  private readonly contexts = new Map<CallSite, CallContext>();
  private readonly classes = new Map<ClassNode, ClassIndex>();
  private readonly callSitesOf = new Map<FunctionNode, CallSites | undefined>();
  private readonly writesOf = new Map<Variable, MemberWrite[]>();
  private uses: Map<FunctionNode, number> | undefined;
  private depth = 0;
  private steps = 0;

  constructor(readonly sourceCode: SourceCode) {}

  // ---------------------------------------------------------------- public queries

  /** The value of an expression, read without a call-site context (a parameter is every same-file argument). */
  value(node: TSESTree.Node, context?: CallContext): Value {
    const table = context ? this.tableOf(context) : this.free;
    const hit = table.nodes.get(node);
    if (hit) {
      this.note(hit.uses);
      return hit.value;
    }
    if (this.depth >= limits.depth) return unknown(node, 'depth');
    if (this.steps >= limits.steps) return unknown(node, 'budget');
    this.steps++;
    const memo: Memo = { value: unknown(node, 'cycle'), uses: undefined };
    table.nodes.set(node, memo);
    const outer = this.uses;
    this.uses = undefined;
    this.depth++;
    try {
      memo.value = this.compute(node, context);
    } finally {
      this.depth--;
      memo.uses = this.uses;
      this.uses = outer;
    }
    this.note(memo.uses);
    return memo.value;
  }

  /** The value of an entry of a shape. */
  entryValue(entry: Entry): Value {
    if (entry.fixed) return entry.fixed;
    return entry.valueNode ? this.value(entry.valueNode, entry.context as CallContext | undefined) : unknown(entry.keyNode, 'runtime');
  }

  /** The value of an item of a list. */
  itemValue(item: Item, at: TSESTree.Node): Value {
    return item.node ? this.value(item.node, item.context as CallContext | undefined) : { kind: 'primitive', node: at, value: undefined };
  }

  /** The string an expression always is (every alternative the same complete string), or undefined. */
  string(node: TSESTree.Node, context?: CallContext): string | undefined {
    let found: string | undefined;
    for (const option of alternatives(this.value(node, context))) {
      if (option.kind !== 'string' || !option.complete || (found !== undefined && found !== option.text)) return undefined;
      found = option.text;
    }
    return found;
  }

  /** The texts an expression may have, one per alternative, with a hole for each run-time part (see `textsOf`). */
  texts(node: TSESTree.Node, context?: CallContext): Text[] {
    const value = this.value(node, context);
    return this.textsOf(value).map((part) => text(value.node, part));
  }

  /** Runs `query` and reports which parameters it read, so a locator can tell a wrapper's call sites apart. */
  track<T>(query: () => T): { result: T; parameters: ParameterUse } {
    const outer = this.uses;
    this.uses = undefined;
    let result: T;
    let parameters: Map<FunctionNode, number>;
    try {
      result = query();
    } finally {
      parameters = this.uses ?? new Map();
      this.uses = outer;
      this.note(parameters);
    }
    return { result, parameters };
  }

  /** The context of one call of a function (the same object for the same call, so its memo is shared). */
  contextFor(fn: FunctionNode, call: CallSite): CallContext {
    let context = this.contexts.get(call);
    if (!context || context.fn !== fn) {
      context = { fn, call };
      this.contexts.set(call, context);
    }
    return context;
  }

  /** The same-file calls of a function, when it has a name to be called by (see `findCallSites`). */
  callSites(fn: FunctionNode): CallSites | undefined {
    if (!this.callSitesOf.has(fn)) this.callSitesOf.set(fn, findCallSites(fn, this.sourceCode, (node) => this.classIndex(node)));
    return this.callSitesOf.get(fn);
  }

  classIndex(node: ClassNode): ClassIndex {
    let index = this.classes.get(node);
    if (!index) {
      index = indexClass(node, this.sourceCode.visitorKeys);
      this.classes.set(node, index);
    }
    return index;
  }

  /**
   * Where the value of `start` is read again: the references of a variable it is stored in (also through
   * destructuring, with the path taken), and the `this.x` reads of a class member it is stored in.
   */
  readsOf(start: TSESTree.Node): ValueRead[] {
    let node = start;
    while (node.parent && (typeWrappers.has(node.parent.type) || node.parent.type === 'AwaitExpression')) node = node.parent;
    const parent = node.parent;
    if (parent?.type === 'VariableDeclarator' && parent.init === node) return this.bindingReads(parent.id);
    if (parent?.type === 'AssignmentExpression' && parent.right === node && parent.operator === '=') {
      const target = parent.left;
      if (target.type === 'MemberExpression' && target.object.type === 'ThisExpression') return this.thisReads(target);
      // A variable given many values: which one a read sees is anyone's guess (and following each would be quadratic).
      const variable = target.type === 'Identifier' ? this.variableOf(target) : undefined;
      if (variable && variable.references.filter((reference) => reference.isWrite()).length > limits.alternatives) return [];
      return this.bindingReads(target);
    }
    if (parent?.type === 'PropertyDefinition' && parent.value === node && !parent.static) {
      const key = parent.key.type === 'PrivateIdentifier' ? `#${parent.key.name}` : staticKeyName(parent.key, parent.computed);
      return key === undefined ? [] : this.memberReads(parent.parent.parent as ClassNode, key);
    }
    return [];
  }

  /** The `this.x` reads of a class, unless it writes the member more often than `limits.alternatives`. */
  private memberReads(classNode: ClassNode, key: string): ValueRead[] {
    const index = this.classIndex(classNode);
    if ((index.writes.get(key)?.length ?? 0) > limits.alternatives) return [];
    return (index.reads.get(key) ?? []).map((read) => ({ node: read, path: [] }));
  }

  /** The variable an identifier refers to, in its own scope. */
  variableOf(identifier: TSESTree.Identifier): Variable | undefined {
    return findVariable(this.sourceCode.getScope(identifier), identifier) ?? undefined;
  }

  /**
   * The one expression a variable always holds: a `const` initializer, or a `let`/`var` initializer never written
   * again. For matchers that need the expression as written (`const body = req.body`), not its value.
   */
  initializer(variable: Variable): TSESTree.Expression | undefined {
    if (variable.defs.length !== 1) return undefined;
    const def = variable.defs[0]!;
    if (def.type !== 'Variable' || def.node.id.type !== 'Identifier' || !def.node.init) return undefined;
    if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== def.node.id)) return undefined;
    return def.node.init;
  }

  /** Whether `name` at `node` is the global of that name (no local binding shadows it). */
  isGlobal(name: string, node: TSESTree.Node): boolean {
    const variable = findVariable(this.sourceCode.getScope(node), name);
    return !variable || variable.defs.length === 0;
  }

  /** The member values `this.x` reads at `member`: the class's writes (and its same-file superclasses'). */
  thisWrites(member: TSESTree.MemberExpression): ThisWrite[] | undefined {
    const key = memberKey(member);
    let classNode = thisClass(member);
    if (key === undefined || !classNode) return undefined;
    const found: ThisWrite[] = [];
    for (let level = 0; classNode && level <= limits.superClasses; level++) {
      found.push(...(this.classIndex(classNode).writes.get(key) ?? []));
      classNode = this.superClass(classNode);
    }
    return found;
  }

  /**
   * The keys later assignments give whatever object a variable holds, when what it was made from is unknown
   * (`var config = OktaUtil.getSignInWidgetConfig(); config.features.registration = true`). Open: other keys exist.
   */
  writtenShape(variable: Variable, at: TSESTree.Node): Shape {
    return applyWrites(this, { kind: 'object', node: at, entries: [], open: true, format: undefined }, this.writes(variable), [], undefined);
  }

  // ---------------------------------------------------------------- evaluation

  private tableOf(context: CallContext): Table {
    let table = this.bound.get(context);
    if (!table) {
      table = { nodes: new Map(), variables: new Map() };
      this.bound.set(context, table);
    }
    return table;
  }

  private note(uses: ReadonlyMap<FunctionNode, number> | undefined): void {
    if (!uses || uses.size === 0) return;
    this.uses ??= new Map();
    for (const [fn, mask] of uses) this.uses.set(fn, (this.uses.get(fn) ?? 0) | mask);
  }

  private noteParameter(fn: FunctionNode, index: number): void {
    this.uses ??= new Map();
    this.uses.set(fn, (this.uses.get(fn) ?? 0) | (index < 31 ? 1 << index : 1 << 30));
  }

  /** One value for several: alternatives flattened and deduplicated; past `limits.alternatives`, unknown. */
  oneOf(node: TSESTree.Node, values: readonly Value[]): Value {
    const options: Value[] = [];
    for (const value of values) {
      for (const option of alternatives(value)) {
        if (options.includes(option)) continue;
        // Stop at the cap: the list is never searched past a few entries, whatever the input.
        if (options.length === limits.alternatives) return unknown(node, 'alternatives');
        options.push(option);
      }
    }
    if (options.length === 1) return options[0]!;
    if (options.length === 0) return unknown(node, 'runtime');
    return { kind: 'oneOf', node, options } satisfies OneOf;
  }

  private compute(node: TSESTree.Node, context: CallContext | undefined): Value {
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') return text(node, node.value);
        if ('regex' in node && node.regex) return unknown(node, 'runtime');
        return { kind: 'primitive', node, value: node.value as number | boolean | null | bigint };
      case 'TemplateLiteral':
        return this.template(node, context);
      case 'BinaryExpression':
        return node.operator === '+' ? this.plus(node, context) : unknown(node, 'runtime');
      case 'Identifier':
        return this.identifier(node, context);
      case 'MemberExpression':
        return this.member(node, context);
      case 'CallExpression':
        return callValue(this, node, context);
      case 'NewExpression':
        return constructValue(this, node, context);
      case 'ObjectExpression':
        return objectValue(this, node, context);
      case 'ArrayExpression':
        return arrayValue(this, node, context);
      case 'ConditionalExpression': {
        const test = truthiness(this.value(node.test, context));
        if (test === true) return this.value(node.consequent, context);
        if (test === false) return this.value(node.alternate, context);
        return this.oneOf(node, [this.value(node.consequent, context), this.value(node.alternate, context)]);
      }
      case 'LogicalExpression':
        return this.logical(node, context);
      case 'SequenceExpression':
        return this.value(node.expressions[node.expressions.length - 1]!, context);
      case 'AssignmentExpression':
        return node.operator === '=' ? this.value(node.right, context) : unknown(node, 'runtime');
      case 'UnaryExpression':
        return this.unary(node, context);
      case 'AwaitExpression':
        return this.value(node.argument, context);
      case 'ChainExpression':
        return this.value(node.expression, context);
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ClassExpression':
        return { kind: 'function', node };
      default:
        if (typeWrappers.has(node.type)) return this.value((node as TSESTree.TSAsExpression).expression, context);
        return unknown(node, 'runtime');
    }
  }

  /** The texts a value stands for in a string (`${value}`, `'…' + value`): at most `limits.alternatives`. */
  textsOf(value: Value): string[] {
    const found: string[] = [];
    for (const option of alternatives(value)) {
      let part: string;
      switch (option.kind) {
        case 'string':
          part = option.text;
          break;
        case 'primitive':
          part = String(option.value);
          break;
        case 'url':
          part = urlText(option, this);
          break;
        case 'object':
          part = option.format === 'form' ? formQuery(option, this) : HOLE;
          break;
        default:
          part = HOLE;
      }
      if (!found.includes(part)) found.push(part);
    }
    return found.length > limits.alternatives ? [HOLE] : found;
  }

  fromTexts(node: TSESTree.Node, texts: Text[]): Value {
    return texts.length === 1 ? texts[0]! : this.oneOf(node, texts);
  }

  private template(node: TSESTree.TemplateLiteral, context: CallContext | undefined): Value {
    const parts: string[][] = [];
    node.quasis.forEach((quasi, index) => {
      parts.push([quasi.value.cooked ?? HOLE]);
      const expression = node.expressions[index];
      if (expression) parts.push(this.textsOf(this.value(expression, context)));
    });
    return this.fromTexts(node, joinParts(node, parts));
  }

  private plus(node: TSESTree.BinaryExpression, context: CallContext | undefined): Value {
    if (node.left.type === 'PrivateIdentifier') return unknown(node, 'runtime');
    const left = this.value(node.left, context);
    const right = this.value(node.right, context);
    if (left.kind === 'primitive' && right.kind === 'primitive' && typeof left.value === 'number' && typeof right.value === 'number') {
      return { kind: 'primitive', node, value: left.value + right.value };
    }
    const stringy = (value: Value) => alternatives(value).some((option) => option.kind === 'string' || option.kind === 'url');
    if (!stringy(left) && !stringy(right)) return unknown(node, 'runtime');
    return this.fromTexts(node, joinParts(node, [this.textsOf(left), this.textsOf(right)]));
  }

  private logical(node: TSESTree.LogicalExpression, context: CallContext | undefined): Value {
    const left = this.value(node.left, context);
    if (node.operator === '??') {
      const nullish = alternatives(left).every((option) => option.kind === 'primitive' && (option.value === null || option.value === undefined));
      const present = alternatives(left).every((option) => option.kind !== 'unknown' && !(option.kind === 'primitive' && (option.value === null || option.value === undefined)));
      if (nullish) return this.value(node.right, context);
      if (present) return left;
      return this.oneOf(node, [left, this.value(node.right, context)]);
    }
    const truth = truthiness(left);
    if (node.operator === '||') {
      if (truth === true) return left;
      if (truth === false) return this.value(node.right, context);
    } else {
      if (truth === false) return left;
      if (truth === true) return this.value(node.right, context);
    }
    return this.oneOf(node, [left, this.value(node.right, context)]);
  }

  private unary(node: TSESTree.UnaryExpression, context: CallContext | undefined): Value {
    if (node.operator === 'void') return { kind: 'primitive', node, value: undefined };
    if (node.operator === '!') {
      const truth = truthiness(this.value(node.argument, context));
      return truth === undefined ? unknown(node, 'runtime') : { kind: 'primitive', node, value: !truth };
    }
    if (node.operator === '-' || node.operator === '+') {
      const argument = this.value(node.argument, context);
      if (argument.kind === 'primitive' && typeof argument.value === 'number') return { kind: 'primitive', node, value: node.operator === '-' ? -argument.value : argument.value };
    }
    return unknown(node, 'runtime');
  }

  // ---------------------------------------------------------------- variables and parameters

  private identifier(node: TSESTree.Identifier, context: CallContext | undefined): Value {
    const variable = this.variableOf(node);
    if (!variable || variable.defs.length === 0) {
      return node.name === 'undefined' ? { kind: 'primitive', node, value: undefined } : unknown(node, 'runtime');
    }
    // A variable declared outside the wrapper means the same in every call of it.
    const scoped = context && this.declaredIn(variable, context.fn) ? context : undefined;
    const table = scoped ? this.tableOf(scoped) : this.free;
    const hit = table.variables.get(variable);
    if (hit) {
      this.note(hit.uses);
      return hit.value;
    }
    const memo: Memo = { value: unknown(node, 'cycle'), uses: undefined };
    table.variables.set(variable, memo);
    const outer = this.uses;
    this.uses = undefined;
    try {
      memo.value = this.variable(variable, node, scoped);
    } finally {
      memo.uses = this.uses;
      this.uses = outer;
    }
    this.note(memo.uses);
    return memo.value;
  }

  private declaredIn(variable: Variable, fn: FunctionNode): boolean {
    const name = variable.defs[0]?.name;
    return name !== undefined && name.range[0] >= fn.range[0] && name.range[1] <= fn.range[1];
  }

  private variable(variable: Variable, at: TSESTree.Node, context: CallContext | undefined): Value {
    const values: Value[] = [];
    let objectLike = false;
    for (const def of variable.defs) {
      switch (def.type) {
        case 'Variable': {
          const declarator = def.node;
          const loop = declarator.parent?.parent;
          if (loop?.type === 'ForOfStatement' || loop?.type === 'ForInStatement') {
            values.push(unknown(def.name, 'runtime'));
            break;
          }
          const init = declarator.init ? this.value(declarator.init, context) : undefined;
          if (init || def.name !== declarator.id) values.push(this.destructure(declarator.id, def.name, init ?? unknown(def.name, 'runtime'), context));
          objectLike = true;
          break;
        }
        case 'Parameter':
          values.push(this.parameter(def.node as FunctionNode, def.name, context));
          objectLike = true;
          break;
        case 'FunctionName':
        case 'ClassName':
          values.push({ kind: 'function', node: def.node as FunctionNode });
          break;
        case 'ImportBinding':
          values.push(importedValue(this.sourceCode, def.name as TSESTree.Identifier));
          break;
        default:
          // A TypeScript overload or declaration says nothing about the value.
          if ((def.type as string) !== 'Type') values.push(unknown(def.name, 'runtime'));
      }
    }
    const constant = variable.defs.length === 1 && variable.defs[0]!.type === 'Variable' && (variable.defs[0]!.parent as TSESTree.VariableDeclaration | undefined)?.kind === 'const';
    if (!constant) {
      for (const reference of variable.references) {
        if (!reference.isWrite() || variable.defs.some((def) => def.name === reference.identifier)) continue;
        // More writes than alternatives: not worth reading the rest.
        if (values.length > limits.alternatives) return unknown(at, 'alternatives');
        const parent = reference.identifier.parent;
        if (parent?.type === 'AssignmentExpression' && parent.left === reference.identifier && parent.operator === '=') values.push(this.value(parent.right, context));
        else values.push(unknown(reference.identifier as TSESTree.Node, 'runtime'));
      }
    }
    const value = this.oneOf(at, values);
    if (!objectLike) return value;
    const writes = this.writes(variable);
    return writes.length > 0 ? withWrites(this, value, writes, context) : value;
  }

  private writes(variable: Variable): MemberWrite[] {
    let writes = this.writesOf.get(variable);
    if (!writes) {
      writes = memberWrites(variable, (name, at) => this.isGlobal(name, at));
      this.writesOf.set(variable, writes);
    }
    return writes;
  }

  private parameter(fn: FunctionNode, name: TSESTree.Node, context: CallContext | undefined): Value {
    const index = fn.params.findIndex((param) => param.range[0] <= name.range[0] && name.range[1] <= param.range[1]);
    let param: TSESTree.Node | undefined = fn.params[index];
    if (!param) return unknown(name, 'param');
    if (param.type === 'TSParameterProperty') param = param.parameter;
    if (param.type === 'RestElement') {
      this.noteParameter(fn, index);
      return unknown(name, 'param');
    }
    let argument: Value;
    this.noteParameter(fn, index);
    if (context && context.fn === fn) {
      argument = this.argumentValue(context.call, index, name);
    } else {
      const sites = this.callSites(fn);
      if (!sites || sites.calls.length === 0) {
        argument = unknown(name, 'param');
      } else {
        const values = sites.calls.map((call) => this.argumentValue(call, index, name));
        if (sites.escapes) values.push(unknown(name, 'param'));
        argument = this.oneOf(name, values);
      }
    }
    return this.destructure(param, name, argument, context);
  }

  private argumentValue(call: CallSite, index: number, at: TSESTree.Node): Value {
    for (let position = 0; position <= index && position < call.arguments.length; position++) {
      if (call.arguments[position]!.type === 'SpreadElement') return unknown(at, 'runtime');
    }
    const argument = call.arguments[index];
    // One level: the caller's own parameters are read without a context.
    return argument ? this.value(argument) : { kind: 'primitive', node: call, value: undefined };
  }

  /** The part of `value` that a binding pattern gives `name`: `{ a: { b = 1 } } = value` gives `b` `value.a.b` or 1. */
  private destructure(pattern: TSESTree.Node, name: TSESTree.Node, value: Value, context: CallContext | undefined): Value {
    // The steps from the name up to the pattern's root, then taken from the root down.
    const steps: TSESTree.Node[] = [];
    for (let current: TSESTree.Node | undefined = name; current && current !== pattern; current = current.parent) steps.push(current);
    steps.push(pattern);
    let result = value;
    for (let index = steps.length - 1; index >= 0; index--) {
      const step = steps[index]!;
      if (step !== pattern && step.parent?.type === 'ArrayPattern') {
        result = this.memberOf(result, String(step.parent.elements.indexOf(step as TSESTree.DestructuringPattern)), step);
      }
      if (step.type === 'AssignmentPattern') {
        result = this.withDefault(result, step.right, context);
      } else if (step.type === 'Property' && step.parent?.type === 'ObjectPattern') {
        const key = step.computed ? this.string(step.key, context) : staticKeyName(step.key, false);
        result = key === undefined ? unknown(step, 'runtime') : this.memberOf(result, key, step);
      } else if (step.type === 'RestElement') {
        return unknown(name, 'runtime');
      }
    }
    return result;
  }

  private withDefault(value: Value, fallback: TSESTree.Node, context: CallContext | undefined): Value {
    const options = alternatives(value);
    const missing = (option: Value) => option.kind === 'primitive' && option.value === undefined;
    if (options.every(missing)) return this.value(fallback, context);
    if (options.some((option) => missing(option) || option.kind === 'unknown')) {
      return this.oneOf(value.node, [...options.filter((option) => !missing(option)), this.value(fallback, context)]);
    }
    return value;
  }

  // ---------------------------------------------------------------- members

  private member(node: TSESTree.MemberExpression, context: CallContext | undefined): Value {
    if (node.object.type === 'ThisExpression') return this.thisMember(node, context);
    const key = node.property.type === 'PrivateIdentifier' ? undefined : node.computed ? this.propertyKey(node.property, context) : staticKeyName(node.property, false);
    if (key === undefined) return unknown(node, 'runtime');
    return this.memberOf(this.value(node.object, context), key, node);
  }

  /** A computed key as a string: a known string, or a known number. */
  propertyKey(node: TSESTree.Node, context: CallContext | undefined): string | undefined {
    const value = this.value(node, context);
    if (value.kind === 'primitive' && typeof value.value === 'number') return String(value.value);
    return completeString(value);
  }

  /** `value[key]` for each alternative of `value`. */
  memberOf(value: Value, key: string, at: TSESTree.Node): Value {
    const found: Value[] = [];
    for (const option of alternatives(value)) {
      switch (option.kind) {
        case 'object': {
          const entry = lastEntry(option, key);
          if (entry) found.push(this.entryValue(entry));
          else found.push(option.open ? unknown(at, 'runtime') : { kind: 'primitive', node: at, value: undefined });
          break;
        }
        case 'array': {
          const index = Number(key);
          if (key === 'length' && !option.open) found.push({ kind: 'primitive', node: at, value: option.items.length });
          else if (Number.isInteger(index) && index >= 0 && index < option.items.length && !option.open) found.push(this.itemValue(option.items[index]!, at));
          else found.push(unknown(at, 'runtime'));
          break;
        }
        case 'url':
          if (key === 'href') found.push(text(at, urlText(option, this)));
          else if (key === 'searchParams') found.push(option.search ?? emptyForm(option.node));
          else found.push(unknown(at, 'runtime'));
          break;
        default:
          found.push(unknown(at, 'runtime'));
      }
    }
    return this.oneOf(at, found);
  }

  private thisMember(node: TSESTree.MemberExpression, context: CallContext | undefined): Value {
    const key = memberKey(node);
    const classNode = thisClass(node);
    if (key === undefined || !classNode) return unknown(node, 'runtime');
    const method = this.classIndex(classNode).methods.get(key);
    if (method) return { kind: 'function', node: method };
    const writes = this.thisWrites(node) ?? [];
    if (writes.length === 0) return unknown(node, 'runtime');
    if (writes.length > limits.alternatives) return unknown(node, 'alternatives');
    // Writes in the constructor and fields run for every instance; a method may replace them later.
    return this.oneOf(
      node,
      writes.map((write) => (write.value ? this.value(write.value, this.contextInside(write.value, context)) : unknown(write.node, 'runtime'))),
    );
  }

  /** The context, when `node` is inside the function it binds; a node outside reads the same in every call. */
  private contextInside(node: TSESTree.Node, context: CallContext | undefined): CallContext | undefined {
    return context && node.range[0] >= context.fn.range[0] && node.range[1] <= context.fn.range[1] ? context : undefined;
  }

  private superClass(node: ClassNode): ClassNode | undefined {
    const superClass = node.superClass;
    if (superClass?.type !== 'Identifier') return undefined;
    const def = this.variableOf(superClass)?.defs[0];
    if (def?.type === 'ClassName') return def.node as ClassNode;
    if (def?.type === 'Variable' && def.node.init?.type === 'ClassExpression') return def.node.init;
    return undefined;
  }

  private thisReads(target: TSESTree.MemberExpression): ValueRead[] {
    const key = memberKey(target);
    const classNode = thisClass(target);
    return key === undefined || !classNode ? [] : this.memberReads(classNode, key);
  }

  /** The reads of what a binding (an identifier, or a destructuring pattern) holds, with the path into the value. */
  bindingReads(pattern: TSESTree.Node, path: readonly string[] = []): ValueRead[] {
    if (path.length > limits.depth) return [];
    if (pattern.type === 'Identifier') {
      const variable = this.variableOf(pattern);
      return (variable?.references ?? [])
        .filter((reference) => reference.isRead() && reference.identifier !== pattern)
        .map((reference) => ({ node: reference.identifier as TSESTree.Node, path }));
    }
    if (pattern.type !== 'ObjectPattern') return [];
    const reads: ValueRead[] = [];
    for (const property of pattern.properties) {
      if (property.type !== 'Property') continue;
      const key = staticKeyName(property.key, property.computed);
      const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      if (key !== undefined) reads.push(...this.bindingReads(value, [...path, key]));
    }
    return reads;
  }

}
