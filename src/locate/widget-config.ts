import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ReferenceTracker } from '@typescript-eslint/utils/ast-utils';
import {
  classicWidgetModulePattern,
  dottedKeyPrefixes,
  widgetModulePattern,
  widgetRenderMethods,
  widgetOnlyKeys,
  widgetShapeKeys,
} from '../data/widget-options.js';
import { alternatives, resolverFor, type Entry, type Resolver, type Shape } from '../resolve/index.js';
import { climbValue, staticKeyName, unwrap } from '../util/ast.js';
import { removeListItem, removeStatement, type Range, type TextEdit } from '../util/text-edit.js';
import { cachedPerFile } from '../util/per-file-cache.js';
import { textMatches } from '../util/text-gate.js';
import { walk } from '../util/walk.js';
import { memberUses } from './member-uses.js';
import { createTracker, globalIdentifiers, iterateModuleReferences } from './module-references.js';
import { isPlainObject, WidgetRemovalSafety } from './widget-removal.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Where a widget config was found; `shape` and `json` configs are recognised by their keys alone. */
export type WidgetConfigOrigin = 'import' | 'cdn-global' | 'hosted-page' | 'shape' | 'json';

export interface WidgetConfig {
  origin: WidgetConfigOrigin;
  /** The config runs on Classic Engine on purpose: `useClassicEngine: true` or the `/classic` bundle. */
  classic: boolean;
}

/** The object that holds an option, and how to remove that object from its own parent. */
export interface OptionContainer {
  options: WidgetOption[];
  removal: TextEdit[] | undefined;
}

/** One widget option as written in the code, whatever the form. */
export interface WidgetOption {
  /** `['features', 'registration']` for `features: { registration }`, `'features.registration'` and `cfg.features.registration = …`. */
  path: readonly string[];
  /** Where to report: the key, or the assignment target. ESTree or JSON node. */
  node: unknown;
  /** The value, for ESTree code (undefined in JSON). */
  value: TSESTree.Node | undefined;
  /** The value is the literal `false`: the option is switched off, which is not a use. */
  isFalse: boolean;
  /** The value is the literal `true`. */
  isTrue: boolean;
  /** Edits that delete the option and nothing else, keeping comments; undefined where the syntax gives no clean cut. */
  removal: TextEdit[] | undefined;
  /**
   * Deleting the option changes nothing but what the widget receives: nothing else reads or writes the object holding
   * it, or the statement (`./widget-removal.ts`).
   */
  exclusive: boolean;
  /** Evaluating the value may do something (a call, an assignment, a getter, a throw): removing it may drop that. */
  sideEffects: boolean;
  /** Edits that rename the option's last key, or undefined when it cannot be renamed in place. */
  rename: ((name: string) => TextEdit[]) | undefined;
  /** Sibling options in the same object literal. */
  container: OptionContainer | undefined;
  config: WidgetConfig;
}

interface Collector {
  sourceCode: SourceCode;
  resolver: Resolver;
  comments: readonly Range[];
  options: WidgetOption[];
  seenNodes: Set<unknown>;
  /** Object literals whose options are collected. */
  seenObjects: Set<TSESTree.ObjectExpression>;
  /** The constructions and render calls whose arguments are widget configs. */
  widgetCalls: Set<TSESTree.Node>;
  exclusiveLiterals: Map<TSESTree.ObjectExpression, boolean>;
  /** Whether removing an entry or an assignment keeps the rest of the program the same. */
  removal: WidgetRemovalSafety;
}

/** Nested objects followed below a config (`features`, `i18n.en`): far more than any real config has. */
const maxNesting = 12;

function isLiteral(node: TSESTree.Node | undefined, value: boolean): boolean {
  const inner = node && unwrap(node);
  return inner?.type === 'Literal' && inner.value === value;
}

function splitTopLevelKey(key: string, path: readonly string[]): string[] {
  if (path.length === 0 && key.includes('.')) {
    const dot = key.indexOf('.');
    if (dottedKeyPrefixes.has(key.slice(0, dot))) return [key.slice(0, dot), key.slice(dot + 1)];
  }
  return [key];
}


/**
 * An object literal is the widget's alone when it is written inline in a widget call, or held by a variable used
 * only there: every read of the variable is a member access or a use by the widget (`isWidgetUse`). An exported
 * variable is read by other modules too.
 */
function isExclusive(variable: Variable | undefined, isWidgetUse: (identifier: TSESTree.Node) => boolean): boolean {
  if (!variable) return true;
  const declaration = variable.defs[0]?.parent;
  if (declaration?.parent?.type === 'ExportNamedDeclaration') return false;
  return variable.references.every((reference) => {
    if (!reference.isRead()) return true;
    const identifier = reference.identifier as TSESTree.Node;
    const parent = identifier.parent;
    if (parent?.type === 'MemberExpression' && parent.object === identifier) return true;
    return isWidgetUse(identifier);
  });
}

/**
 * Whether the options written in an object literal belong to the widget config alone, so removing one keeps the
 * rest of the program the same: the literal (or the object it is nested in) is an argument of a widget call, is
 * spread into or nested in such an object, or is held by a variable only the widget uses. Never through a wrapper's
 * call site or across modules.
 */
function isExclusiveLiteral(collector: Collector, literal: TSESTree.ObjectExpression, depth = 0): boolean {
  const known = collector.exclusiveLiterals.get(literal);
  if (known !== undefined) return known;
  collector.exclusiveLiterals.set(literal, false);
  const result = depth < maxNesting && exclusiveHolder(collector, climbValue(literal), depth);
  collector.exclusiveLiterals.set(literal, result);
  return result;
}

function exclusiveHolder(collector: Collector, node: TSESTree.Node, depth: number): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if ((parent.type === 'NewExpression' || parent.type === 'CallExpression') && parent.callee !== node) return collector.widgetCalls.has(parent);
  if (parent.type === 'Property' && parent.value === node && parent.parent?.type === 'ObjectExpression') return isExclusiveLiteral(collector, parent.parent, depth + 1);
  if (parent.type === 'SpreadElement' && parent.parent?.type === 'ObjectExpression') return isExclusiveLiteral(collector, parent.parent, depth + 1);
  if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
    const variable = collector.resolver.variableOf(parent.id);
    return isExclusive(variable, (identifier) => exclusiveHolder(collector, climbValue(identifier), depth + 1));
  }
  return false;
}

/** Evaluating the value may do something (a call, an assignment, a getter, a throw): removing it would drop that. */
function optionSideEffects(collector: Collector, value: TSESTree.Node | undefined): boolean {
  return value !== undefined && collector.removal.sideEffects(value);
}

/** The variable at the root of an assignment target (`cfg` of `cfg.features.x`), when it is a plain identifier. */
function rootVariable(collector: Collector, target: TSESTree.MemberExpression): Variable | undefined {
  let node: TSESTree.Node = target;
  while (node.type === 'MemberExpression') node = unwrap(node.object);
  return node.type === 'Identifier' ? collector.resolver.variableOf(node) : undefined;
}

function renameKey(key: TSESTree.Node, computed: boolean): ((name: string) => TextEdit[]) | undefined {
  if (key.type === 'Identifier' && !computed) {
    return (name) => [{ range: [key.range[0], key.range[1]], text: /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'` }];
  }
  if (key.type === 'Literal' && typeof key.value === 'string') {
    const quote = key.raw.startsWith('"') ? '"' : "'";
    return (name) => [{ range: [key.range[0], key.range[1]], text: `${quote}${name}${quote}` }];
  }
  return undefined;
}

/** The option an entry of a widget config is, or undefined for an entry no option comes from (`params.set(…)`). */
function optionOf(collector: Collector, entry: Entry, path: readonly string[], config: WidgetConfig, containers: Map<TSESTree.ObjectExpression, OptionContainer>, containerRemoval: TextEdit[] | undefined, shape: Shape): WidgetOption | undefined {
  const { sourceCode } = collector;
  const segments = splitTopLevelKey(entry.key, path);
  const optionPath = [...path, ...segments];
  const value = entry.valueNode;
  const origin = entry.origin;
  if (origin.type === 'property') {
    const literal = origin.container;
    collector.seenObjects.add(literal);
    let container = containers.get(literal);
    if (!container) {
      container = { options: [], removal: literal === shape.node ? containerRemoval : undefined };
      containers.set(literal, container);
    }
    const items = literal.properties.map((property) => property.range);
    const removal = removeListItem({ text: sourceCode.text, items, comments: collector.comments, brackets: literal.range }, literal.properties.indexOf(origin.property));
    return {
      path: optionPath,
      node: origin.property.key,
      value,
      isFalse: isLiteral(value, false),
      isTrue: isLiteral(value, true),
      removal,
      // The literal is the widget's alone, and no other code reads or writes the entry after the object is made.
      exclusive: isExclusiveLiteral(collector, literal) && collector.removal.entryRemovable(literal, entry.key),
      sideEffects: optionSideEffects(collector, value),
      rename: segments.length === 1 ? renameKey(origin.property.key, origin.property.computed) : undefined,
      container,
      config,
    };
  }
  if (origin.type !== 'assignment') return undefined;
  // `cfg.features.registration = true`, `cfg['features.registration'] = true`.
  const statement = origin.assignment.parent;
  const removable =
    statement?.type === 'ExpressionStatement' && ['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase'].includes(statement.parent?.type ?? '');
  const written = origin.target === entry.keyNode;
  return {
    path: optionPath,
    node: entry.keyNode,
    value: written ? value : undefined,
    isFalse: written && isLiteral(value, false),
    isTrue: written && isLiteral(value, true),
    removal: written && removable ? [removeStatement(sourceCode.text, collector.comments, statement.range)] : undefined,
    exclusive: written && removable && assignmentRemovable(collector, origin.target, statement),
    sideEffects: written && optionSideEffects(collector, value),
    rename: written && optionPath.length > 1 && segments.length === 1 ? renameKey(origin.target.property, origin.target.computed) : undefined,
    container: undefined,
    config,
  };
}

/** The statement `cfg.a.b = value` may go: the variable's object literal reaches only the widget, and nothing reads `a.b`. */
function assignmentRemovable(collector: Collector, target: TSESTree.MemberExpression, statement: TSESTree.Node): boolean {
  const variable = rootVariable(collector, target);
  return variable !== undefined && collector.removal.assignmentRemovable(variable, target, statement);
}

/** Collects the options of a config's shape, and of the objects under its keys (`features`, `i18n.en`, …). */
function flattenShape(collector: Collector, shape: Shape, path: readonly string[], config: WidgetConfig, containerRemoval: TextEdit[] | undefined, depth: number): void {
  if (depth > maxNesting) return;
  const containers = new Map<TSESTree.ObjectExpression, OptionContainer>();
  for (const entry of shape.entries) {
    const option = optionOf(collector, entry, path, config, containers, containerRemoval, shape);
    if (!option) continue;
    if (!collector.seenNodes.has(option.node)) {
      collector.seenNodes.add(option.node);
      collector.options.push(option);
      option.container?.options.push(option);
    }
    const inPlace = entry.valueNode && unwrap(entry.valueNode);
    for (const nested of alternatives(collector.resolver.entryValue(entry))) {
      if (nested.kind !== 'object' || nested.format) continue;
      // An object written right here goes with its key when every option in it goes, and only a plain object
      // (no spread or computed key, which may hold anything) empties into nothing.
      const plain = nested.node === inPlace && inPlace?.type === 'ObjectExpression' && isPlainObject(inPlace);
      const removal = plain && option.exclusive && !option.sideEffects ? option.removal : undefined;
      flattenShape(collector, nested, option.path, config, removal, depth + 1);
    }
  }
}

/** Collects the options held by an expression that is a widget config (each object it may be). */
function collectExpression(collector: Collector, expression: TSESTree.Node, config: WidgetConfig): void {
  for (const value of alternatives(collector.resolver.value(expression))) {
    if (value.kind === 'object' && !value.format) flattenShape(collector, value, [], config, undefined, 0);
  }
}

/** The first argument of `widget.renderEl(…)` and the `showSignIn*` methods, on an instance made by `construction`. */
function renderCalls(collector: Collector, construction: TSESTree.NewExpression): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  for (const use of memberUses(construction, collector.resolver)) {
    const method = use.path[0];
    if (use.call && use.path.length === 1 && method && widgetRenderMethods.has(method) && use.call.arguments[0]) found.push(use.call);
  }
  return found;
}

export interface WidgetConstruction {
  node: TSESTree.NewExpression;
  origin: WidgetConfigOrigin;
  classicModule: boolean;
}

/** Every `new OktaSignIn(…)` of the widget: imported, required, or the CDN global where no local binding shadows it. */
export function findWidgetConstructions(sourceCode: SourceCode, scope: Scope): WidgetConstruction[] {
  const constructions: WidgetConstruction[] = [];
  const construct = { [ReferenceTracker.CONSTRUCT]: true };
  const traceMaps: Record<string, object> = {};
  for (const moduleId of new Set(sourceCode.text.match(/@okta\/okta-signin-widget[\w/.-]*/g) ?? [])) {
    // The widget module exports the constructor as `default` and as `OktaSignIn`; its CommonJS build exports it whole.
    if (widgetModulePattern.test(moduleId)) traceMaps[moduleId] = { ...construct, default: construct, OktaSignIn: construct };
  }
  for (const found of iterateModuleReferences(scope, traceMaps)) {
    if (found.node.type === 'NewExpression') {
      constructions.push({ node: found.node, origin: 'import', classicModule: classicWidgetModulePattern.test(found.moduleId) });
    }
  }
  // The CDN bundle defines a global `OktaSignIn`; it counts only where no local binding shadows it.
  const tracker = createTracker(scope);
  const globals = [
    ...globalIdentifiers(scope, 'OktaSignIn').map((identifier) => ({ identifier, traceMap: construct })),
    ...['window', 'globalThis', 'self'].flatMap((name) =>
      globalIdentifiers(scope, name).map((identifier) => ({ identifier, traceMap: { OktaSignIn: construct } })),
    ),
  ];
  for (const { identifier, traceMap } of globals) {
    for (const found of tracker.iteratePropertyReferences(identifier, traceMap)) {
      if (found.node.type === 'NewExpression') constructions.push({ node: found.node, origin: 'cdn-global', classicModule: false });
    }
  }
  return constructions;
}

/** `var config = OktaUtil.getSignInWidgetConfig();` in an Okta-hosted sign-in page template. */
function findHostedConfigVariables(scope: Scope, resolver: Resolver): Variable[] {
  const variables: Variable[] = [];
  const tracker = createTracker(scope);
  const traceMap = { getSignInWidgetConfig: { [ReferenceTracker.CALL]: true } };
  for (const identifier of globalIdentifiers(scope, 'OktaUtil')) {
    for (const found of tracker.iteratePropertyReferences(identifier, traceMap)) {
      const holder = found.node.parent;
      const target =
        holder?.type === 'VariableDeclarator' ? holder.id : holder?.type === 'AssignmentExpression' ? holder.left : undefined;
      const variable = target?.type === 'Identifier' ? resolver.variableOf(target) : undefined;
      if (variable) variables.push(variable);
    }
  }
  return variables;
}

/**
 * A value a real config gives `baseUrl`, `clientId`, `issuer` or `authParams`: a string, or an expression that yields
 * one (or, for `authParams`, an object). A schema that describes the options (`baseUrl: ['string', true]`,
 * `issuer: 'string'`, as the widget's own Settings model does) is not a config.
 */
const typeNames = new Set(['string', 'boolean', 'number', 'object', 'function', 'array', 'any']);

function isConfigValue(key: string, value: TSESTree.Node): boolean {
  const inner = unwrap(value);
  if (inner.type === 'Literal') return typeof inner.value === 'string' && !typeNames.has(inner.value);
  if (inner.type === 'ObjectExpression') return key === 'authParams';
  return !['ArrayExpression', 'ArrowFunctionExpression', 'FunctionExpression', 'ClassExpression'].includes(inner.type);
}

function isShapedLikeWidgetConfig(object: TSESTree.ObjectExpression): boolean {
  let features = false;
  let identity = false;
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const key = staticKeyName(property.key, property.computed);
    if (key === 'features' ? unwrap(property.value).type === 'ObjectExpression' : key !== undefined && (widgetOnlyKeys.has(key) || key.startsWith('features.'))) features = true;
    else if (key && widgetShapeKeys.has(key) && isConfigValue(key, property.value as TSESTree.Node)) identity = true;
  }
  return features && identity;
}

/** The object literals an expression is (through TypeScript syntax and the branches of `?:`, `||`, `??`). */
function objectsOf(expression: TSESTree.Node, found: TSESTree.ObjectExpression[]): void {
  const stack: TSESTree.Node[] = [expression];
  while (stack.length > 0 && found.length < 64) {
    const node = unwrap(stack.pop()!);
    if (node.type === 'ObjectExpression') found.push(node);
    else if (node.type === 'ConditionalExpression') stack.push(node.consequent, node.alternate);
    else if (node.type === 'LogicalExpression') stack.push(node.left, node.right);
  }
}

/**
 * The object literals written at module level: the value of a top-level declaration or export, of `module.exports` /
 * `exports.x`, and the objects nested in them. That is where a widget config kept in its own module
 * (`export const oktaConfig = { … }`) lives. Reads the top-level statements only, not the whole tree.
 */
function moduleLevelObjects(program: TSESTree.Program): TSESTree.ObjectExpression[] {
  const roots: TSESTree.ObjectExpression[] = [];
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) if (declarator.init) objectsOf(declarator.init, roots);
    } else if (statement.type === 'ExportDefaultDeclaration') {
      objectsOf(statement.declaration, roots);
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '=') {
      const target = statement.expression.left;
      const root = target.type === 'MemberExpression' ? target.object : undefined;
      const exported = root?.type === 'Identifier' ? root.name === 'exports' : root?.type === 'MemberExpression' && root.object.type === 'Identifier' && root.object.name === 'module';
      if (exported) objectsOf(statement.expression.right, roots);
    }
  }
  const all: TSESTree.ObjectExpression[] = [];
  const stack = roots.map((object) => ({ object, depth: 0 }));
  while (stack.length > 0) {
    const { object, depth } = stack.pop()!;
    all.push(object);
    if (depth >= maxNesting) continue;
    for (const property of object.properties) {
      if (property.type !== 'Property') continue;
      const nested: TSESTree.ObjectExpression[] = [];
      objectsOf(property.value, nested);
      for (const inner of nested) stack.push({ object: inner, depth: depth + 1 });
    }
  }
  return all;
}

/** Drops the options of configs that are Classic on purpose. */
function withoutClassicConfigs(options: WidgetOption[]): WidgetOption[] {
  const classic = new Set(options.filter((option) => option.path.length === 1 && option.path[0] === 'useClassicEngine' && option.isTrue).map((option) => option.config));
  for (const config of classic) config.classic = true;
  return options.filter((option) => !option.config.classic);
}

/** The text a widget-shaped object needs: an identity key and a widget-only key. Gates the whole-file walk. */
export const shapeKeysGate = new RegExp(`\\b(?:${[...widgetShapeKeys].join('|')})\\b`);
export const widgetOnlyKeysGate = new RegExp(`\\b(?:${[...widgetOnlyKeys].join('|')})\\b`);

export interface LocateOptions {
  /**
   * Object literals shaped like a widget config (`features` next to `baseUrl`, `clientId`, …) with no `OktaSignIn` in
   * sight: `module` takes those written at module level (a config kept in its own module, read by the widget in
   * another), `anywhere` every one (strict's `configShapes`).
   */
  shapes: 'module' | 'anywhere';
}

/**
 * Every Sign-In Widget option in an ESTree file, in every form: constructor argument (imported, required or the CDN
 * global), whatever the resolver follows it through (variables, members such as `settings.widget`, both branches of
 * `?:`, spreads, `Object.assign`, later assignments such as `cfg.features.registration = true`, a wrapper's call
 * sites), `renderEl`/`showSignIn*` options on an instance kept in a variable or on `this`, dotted keys, assignments
 * after `OktaUtil.getSignInWidgetConfig()`, and objects shaped like a widget config (`shapes`). Cached per file.
 */
export function locateWidgetOptions(sourceCode: SourceCode, options: LocateOptions): readonly WidgetOption[] {
  return widgetOptionsOf(sourceCode, options.shapes);
}

const widgetOptionsOf = cachedPerFile((sourceCode: SourceCode, shapes: LocateOptions['shapes']): readonly WidgetOption[] => {
  const scope = sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  const options_: WidgetOption[] = [];
  if (scope) {
    const resolver = resolverFor(sourceCode);
    // What the widget itself reads (the constructor's and the render calls' option arguments): a fix may delete an
    // option only from an object that reaches nothing else. Filled before any option is judged.
    const sinks = new Set<TSESTree.Node>();
    const collector: Collector = {
      sourceCode,
      resolver,
      comments: sourceCode.getAllComments().map((comment) => comment.range),
      options: options_,
      seenNodes: new Set(),
      seenObjects: new Set(),
      widgetCalls: new Set(),
      exclusiveLiterals: new Map(),
      removal: new WidgetRemovalSafety(sourceCode, sinks),
    };
    const configs: { argument: TSESTree.Node; config: WidgetConfig }[] = [];
    for (const construction of findWidgetConstructions(sourceCode, scope)) {
      const config: WidgetConfig = { origin: construction.origin, classic: construction.classicModule };
      collector.widgetCalls.add(construction.node);
      const argument = construction.node.arguments[0];
      if (argument) configs.push({ argument, config });
      for (const call of renderCalls(collector, construction.node)) {
        collector.widgetCalls.add(call);
        configs.push({ argument: call.arguments[0]!, config });
      }
    }
    for (const { argument } of configs) sinks.add(argument);
    for (const { argument, config } of configs) collectExpression(collector, argument, config);
    for (const variable of findHostedConfigVariables(scope, resolver)) {
      const name = variable.defs[0]?.name;
      if (name) flattenShape(collector, resolver.writtenShape(variable, name), [], { origin: 'hosted-page', classic: false }, undefined, 0);
    }
    if (textMatches(sourceCode, shapeKeysGate) && textMatches(sourceCode, widgetOnlyKeysGate)) {
      const collectShape = (node: TSESTree.ObjectExpression) => {
        if (!collector.seenObjects.has(node) && isShapedLikeWidgetConfig(node)) collectExpression(collector, node, { origin: 'shape', classic: false });
      };
      if (shapes === 'module') {
        for (const object of moduleLevelObjects(sourceCode.ast)) collectShape(object);
      } else {
        walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
          if (node.type === 'ObjectExpression') collectShape(node);
        });
      }
    }
  }
  return withoutClassicConfigs(options_);
});
