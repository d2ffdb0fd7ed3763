import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ReferenceTracker } from '@typescript-eslint/utils/ast-utils';
import { createTracker, globalIdentifiers, iterateModuleReferences } from './module-references.js';
import {
  classicWidgetModulePattern,
  dottedKeyPrefixes,
  widgetModulePattern,
  widgetRenderMethods,
  widgetOnlyKeys,
  widgetShapeKeys,
} from '../data/widget-options.js';
import { constantInitializer, propertyName, staticKeyName, unwrap, variableOf } from '../util/ast.js';
import { removeListItem, removeStatement, type Range, type TextEdit } from '../util/text-edit.js';
import { textMatches } from '../util/text-gate.js';
import { walk } from '../util/walk.js';
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
  scope: Scope;
  comments: readonly Range[];
  options: WidgetOption[];
  seenNodes: Set<unknown>;
  seenObjects: Set<TSESTree.ObjectExpression>;
  seenVariables: Set<Variable>;
  removal: WidgetRemovalSafety;
}

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

/** An object literal is the widget's alone when it is written inline, or held by a variable used only there. */
function isExclusive(variable: Variable | undefined, usedAt: TSESTree.Node | undefined): boolean {
  if (!variable) return true;
  return variable.references.every((reference) => {
    if (!reference.isRead()) return true;
    const identifier = reference.identifier;
    if (identifier === usedAt) return true;
    const parent = identifier.parent;
    return parent?.type === 'MemberExpression' && parent.object === identifier;
  });
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

function flattenObject(
  collector: Collector,
  object: TSESTree.ObjectExpression,
  path: readonly string[],
  config: WidgetConfig,
  exclusive: boolean,
  containerRemoval: TextEdit[] | undefined,
): void {
  if (collector.seenObjects.has(object)) return;
  collector.seenObjects.add(object);
  const { sourceCode } = collector;
  const container: OptionContainer = { options: [], removal: containerRemoval };
  const items = object.properties.map((property) => property.range);
  object.properties.forEach((property, index) => {
    if (property.type === 'SpreadElement') {
      collectExpression(collector, property.argument, path, config);
      return;
    }
    const key = staticKeyName(property.key, property.computed);
    if (key === undefined || property.kind !== 'init') return;
    const segments = splitTopLevelKey(key, path);
    const optionPath = [...path, ...segments];
    const value = property.value as TSESTree.Node;
    const removal = removeListItem({ text: sourceCode.text, items, comments: collector.comments, brackets: object.range }, index);
    const option: WidgetOption = {
      path: optionPath,
      node: property.key,
      value,
      isFalse: isLiteral(value, false),
      isTrue: isLiteral(value, true),
      removal,
      exclusive: exclusive && collector.removal.entryRemovable(object, key),
      sideEffects: collector.removal.sideEffects(value),
      rename: segments.length === 1 ? renameKey(property.key, property.computed) : undefined,
      container,
      config,
    };
    if (!collector.seenNodes.has(property.key)) {
      collector.seenNodes.add(property.key);
      collector.options.push(option);
      container.options.push(option);
    }
    const inner = unwrap(value);
    if (inner.type === 'ObjectExpression') {
      // The whole entry may go only when every entry of the object is a plain option (no spread, no computed key).
      flattenObject(collector, inner, optionPath, config, exclusive, option.exclusive && !option.sideEffects && isPlainObject(inner) ? removal : undefined);
    } else if (inner.type === 'Identifier') {
      collectExpression(collector, inner, optionPath, config);
    }
  });
}

/** Options set by assignment on a variable that holds a widget config: `cfg.features.registration = true`. */
function collectAssignments(collector: Collector, variable: Variable, config: WidgetConfig): void {
  const { sourceCode } = collector;
  for (const reference of variable.references) {
    let node: TSESTree.Node = reference.identifier;
    const path: string[] = [];
    let resolvable = true;
    let lastKeySplit = false;
    while (node.parent?.type === 'MemberExpression' && node.parent.object === node) {
      const name = propertyName(node.parent);
      if (name === undefined) {
        resolvable = false;
        break;
      }
      const segments = splitTopLevelKey(name, path);
      lastKeySplit = segments.length > 1;
      path.push(...segments);
      node = node.parent;
    }
    const assignment = node.parent;
    if (!resolvable || path.length === 0 || assignment?.type !== 'AssignmentExpression' || assignment.left !== node) continue;
    if (assignment.operator !== '=' || collector.seenNodes.has(node)) continue;
    collector.seenNodes.add(node);
    const statement = assignment.parent;
    const removable =
      statement?.type === 'ExpressionStatement' &&
      ['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase'].includes(statement.parent?.type ?? '');
    const member = node as TSESTree.MemberExpression;
    const option: WidgetOption = {
      path,
      node: member,
      value: assignment.right,
      isFalse: isLiteral(assignment.right, false),
      isTrue: isLiteral(assignment.right, true),
      removal: removable ? [removeStatement(sourceCode.text, collector.comments, statement.range)] : undefined,
      exclusive: removable && collector.removal.assignmentRemovable(variable, member, statement),
      sideEffects: collector.removal.sideEffects(assignment.right),
      rename: path.length > 1 && !lastKeySplit ? renameKey(member.property, member.computed) : undefined,
      container: undefined,
      config,
    };
    collector.options.push(option);
    const right = unwrap(assignment.right);
    if (right.type === 'ObjectExpression') flattenObject(collector, right, path, config, true, option.exclusive && !option.sideEffects && isPlainObject(right) ? option.removal : undefined);
  }
}

function collectVariable(collector: Collector, variable: Variable, usedAt: TSESTree.Node | undefined, path: readonly string[], config: WidgetConfig): void {
  if (collector.seenVariables.has(variable)) return;
  collector.seenVariables.add(variable);
  const init = constantInitializer(variable);
  if (init) {
    const inner = unwrap(init);
    if (inner.type === 'ObjectExpression') {
      flattenObject(collector, inner, path, config, isExclusive(variable, usedAt), undefined);
    } else if (path.length === 0) {
      collectExpression(collector, inner, path, config);
    }
  }
  if (path.length === 0) collectAssignments(collector, variable, config);
}

/** Collects the options held by an expression that is (part of) a widget config. */
function collectExpression(collector: Collector, expression: TSESTree.Node, path: readonly string[], config: WidgetConfig): void {
  const node = unwrap(expression);
  if (node.type === 'ObjectExpression') {
    flattenObject(collector, node, path, config, true, undefined);
    return;
  }
  if (node.type === 'Identifier') {
    const variable = variableOf(node, collector.scope);
    if (variable && variable.defs.length > 0) collectVariable(collector, variable, node, path, config);
    return;
  }
  // Object.assign({}, defaults, { … })
  if (
    node.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'Object' &&
    propertyName(node.callee) === 'assign'
  ) {
    for (const argument of node.arguments) collectExpression(collector, argument, path, config);
  }
}

/** The first argument of `widget.renderEl(…)` and the `showSignIn*` methods, on an instance made by `node`. */
function renderOptionArguments(collector: Collector, construction: TSESTree.NewExpression): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const fromUse = (use: TSESTree.Node) => {
    const member = use.parent;
    if (member?.type !== 'MemberExpression' || member.object !== use) return;
    const method = propertyName(member);
    const call = member.parent;
    if (method && widgetRenderMethods.has(method) && call?.type === 'CallExpression' && call.callee === member && call.arguments[0]) {
      found.push(call.arguments[0]);
    }
  };
  fromUse(construction);
  const holder = construction.parent;
  const target =
    holder?.type === 'VariableDeclarator' && holder.init === construction
      ? holder.id
      : holder?.type === 'AssignmentExpression' && holder.right === construction
        ? holder.left
        : undefined;
  if (target?.type === 'Identifier') {
    const variable = variableOf(target, collector.scope);
    for (const reference of variable?.references ?? []) if (reference.isRead()) fromUse(reference.identifier);
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
function findHostedConfigVariables(scope: Scope): Variable[] {
  const variables: Variable[] = [];
  const tracker = createTracker(scope);
  const traceMap = { getSignInWidgetConfig: { [ReferenceTracker.CALL]: true } };
  for (const identifier of globalIdentifiers(scope, 'OktaUtil')) {
    for (const found of tracker.iteratePropertyReferences(identifier, traceMap)) {
      const holder = found.node.parent;
      const target =
        holder?.type === 'VariableDeclarator' ? holder.id : holder?.type === 'AssignmentExpression' ? holder.left : undefined;
      const variable = target?.type === 'Identifier' ? variableOf(target, scope) : undefined;
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

/** Drops the options of configs that are Classic on purpose. */
function withoutClassicConfigs(options: WidgetOption[]): WidgetOption[] {
  const classic = new Set(options.filter((option) => option.path.length === 1 && option.path[0] === 'useClassicEngine' && option.isTrue).map((option) => option.config));
  for (const config of classic) config.classic = true;
  return options.filter((option) => !option.config.classic);
}

/** The text a widget-shaped object needs: an identity key and a widget-only key. Gates the whole-file walk. */
const shapeKeysGate = new RegExp(`\\b(?:${[...widgetShapeKeys].join('|')})\\b`);
const widgetOnlyKeysGate = new RegExp(`\\b(?:${[...widgetOnlyKeys].join('|')})\\b`);

export interface LocateOptions {
  /** Also treat object literals shaped like a widget config (`features` next to `baseUrl`, `clientId`, …) as configs. */
  shapes: boolean;
}

const cache = new WeakMap<object, Map<boolean, readonly WidgetOption[]>>();

/**
 * Every Sign-In Widget option in an ESTree file, in every form: constructor argument (imported, required or the CDN
 * global), a same-file variable or constant, spreads, `Object.assign`, `renderEl` options, dotted keys, assignments after
 * `OktaUtil.getSignInWidgetConfig()`, and, with `shapes`, objects that look like a widget config. Cached per file.
 */
export function locateWidgetOptions(sourceCode: SourceCode, options: LocateOptions): readonly WidgetOption[] {
  let perFile = cache.get(sourceCode);
  if (!perFile) {
    perFile = new Map();
    cache.set(sourceCode, perFile);
  }
  const cached = perFile.get(options.shapes);
  if (cached) return cached;

  const scope = sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  const options_: WidgetOption[] = [];
  if (scope) {
    const constructions = findWidgetConstructions(sourceCode, scope);
    // What the widget itself reads: a fix may delete an option only from an object that reaches nothing else.
    const sinks = new Set<TSESTree.Node>();
    const collector: Collector = {
      sourceCode,
      scope,
      comments: sourceCode.getAllComments().map((comment) => comment.range),
      options: options_,
      seenNodes: new Set(),
      seenObjects: new Set(),
      seenVariables: new Set(),
      removal: new WidgetRemovalSafety(sourceCode, sinks),
    };
    for (const construction of constructions) {
      if (construction.node.arguments[0]) sinks.add(construction.node.arguments[0]);
      for (const renderOptions of renderOptionArguments(collector, construction.node)) sinks.add(renderOptions);
    }
    for (const construction of constructions) {
      const config: WidgetConfig = { origin: construction.origin, classic: construction.classicModule };
      const argument = construction.node.arguments[0];
      if (argument) collectExpression(collector, argument, [], config);
      for (const renderOptions of renderOptionArguments(collector, construction.node)) collectExpression(collector, renderOptions, [], config);
    }
    for (const variable of findHostedConfigVariables(scope)) {
      collectVariable(collector, variable, undefined, [], { origin: 'hosted-page', classic: false });
    }
    if (options.shapes && textMatches(sourceCode, shapeKeysGate) && textMatches(sourceCode, widgetOnlyKeysGate)) {
      walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
        if (node.type === 'ObjectExpression' && !collector.seenObjects.has(node) && isShapedLikeWidgetConfig(node)) {
          flattenObject(collector, node, [], { origin: 'shape', classic: false }, true, undefined);
        }
      });
    }
  }
  const result = withoutClassicConfigs(options_);
  perFile.set(options.shapes, result);
  return result;
}
