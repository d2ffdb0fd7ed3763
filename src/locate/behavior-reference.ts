import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { behaviorTypes } from '../data/payload-sources.js';
import { alternatives, completeString, resolverFor, type Resolver, type Value } from '../resolve/index.js';
import { staticKeyName, unwrap } from '../util/ast.js';
import { walk } from '../util/walk.js';
import { entryValue } from './http-call.js';
import { moduleMemberUses } from './member-uses.js';
import { locatePayloads } from './payload.js';
import { stringValue, valueAt } from './payload-tree.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What the file says about a behavior detection rule: its `type`, `name` and `id`, each when written. */
export interface BehaviorFacts {
  type: string | undefined;
  name: string | undefined;
  id: string | undefined;
}

const behaviorTypeText = new RegExp(behaviorTypes.join('|'));

function objectFacts(object: Value, resolver: Resolver): BehaviorFacts {
  const read = (key: string) => {
    const value = entryValue(resolver, object, key);
    return value && completeString(value);
  };
  return { type: read('type'), name: read('name'), id: read('id') };
}

const objectsCache = new WeakMap<object, readonly BehaviorFacts[]>();

/**
 * Object literals anywhere in the file that are behavior detection rules (a `type` of `BehaviorRuleType`): a list of
 * the org's behaviors kept in code, a create body. Walks the file only when it names a behavior type.
 */
export function behaviorObjects(sourceCode: SourceCode): readonly BehaviorFacts[] {
  const cached = objectsCache.get(sourceCode);
  if (cached) return cached;
  const found: BehaviorFacts[] = [];
  if (behaviorTypeText.test(sourceCode.text)) {
    const resolver = resolverFor(sourceCode);
    walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
      if (node.type !== 'ObjectExpression') return;
      const facts = objectFacts(resolver.value(node), resolver);
      if (facts.type && behaviorTypes.includes(facts.type)) found.push(facts);
    });
  }
  objectsCache.set(sourceCode, found);
  return found;
}

const lookupCache = new WeakMap<object, ReadonlySet<TSESTree.CallExpression>>();

/** `okta.getBehaviour({ name })` and `okta.getBehaviourOutput({ name })` calls of `@pulumi/okta` (data source lookups). */
function pulumiBehaviorLookups(sourceCode: SourceCode): ReadonlySet<TSESTree.CallExpression> {
  let calls = lookupCache.get(sourceCode);
  if (!calls) {
    const found = new Set<TSESTree.CallExpression>();
    for (const use of moduleMemberUses(sourceCode.ast, resolverFor(sourceCode), (id) => id === '@pulumi/okta')) {
      const last = use.path[use.path.length - 1];
      if (use.call && (last === 'getBehaviour' || last === 'getBehaviourOutput')) found.add(use.call);
    }
    calls = found;
    lookupCache.set(sourceCode, calls);
  }
  return calls;
}

function stripAwait(node: TSESTree.Node): TSESTree.Node {
  let current = unwrap(node);
  while (current.type === 'AwaitExpression' || current.type === 'ChainExpression') {
    current = unwrap(current.type === 'AwaitExpression' ? current.argument : current.expression);
  }
  return current;
}

/**
 * The behavior an expression holds: an object (through constants, as the resolver follows it), a create call, a
 * Pulumi resource or lookup. A call has no value the resolver knows: its unknown value points at the call.
 */
function behaviorSource(expression: TSESTree.Node, sourceCode: SourceCode): BehaviorFacts | undefined {
  const resolver = resolverFor(sourceCode);
  const [value, ...others] = alternatives(resolver.value(expression));
  if (!value || others.length > 0) return undefined;
  if (value.kind === 'object') return objectFacts(value, resolver);
  const node = value.kind === 'unknown' ? value.node : undefined;
  if (node?.type !== 'CallExpression' && node?.type !== 'NewExpression') return undefined;
  if (node.type === 'CallExpression' && pulumiBehaviorLookups(sourceCode).has(node)) {
    const args = node.arguments[0] && resolver.value(node.arguments[0]);
    return args?.kind === 'object' ? { ...objectFacts(args, resolver), type: undefined } : undefined;
  }
  // A behavior created in this file: SDK `behaviorApi.createBehaviorDetectionRule({ rule })`, `new okta.Behaviour()`.
  const created = locatePayloads(sourceCode).find(
    (payload) =>
      payload.kind === 'behavior' &&
      (payload.origin === 'sdk' ? payload.sdk?.node === node : payload.origin === 'pulumi' && node.type === 'NewExpression' && payload.node === node.callee),
  );
  if (!created) return undefined;
  return { type: stringValue(valueAt(created.body, 'type')), name: stringValue(valueAt(created.body, 'name')), id: undefined };
}

const identityKeys = new Set(['id', 'name']);

/** `x.id`, `x.name`, `x?.id`: the object the key is read from. */
function identityRead(node: TSESTree.Node): TSESTree.Node | undefined {
  const member = stripAwait(node);
  if (member.type !== 'MemberExpression') return undefined;
  const key = staticKeyName(member.property, member.computed);
  return key !== undefined && identityKeys.has(key) ? member.object : undefined;
}

/**
 * The behavior an item of a `behaviors` array stands for when it is read from a behavior object: `newDevice.id`,
 * `(await client.behaviorApi.createBehaviorDetectionRule({ rule })).id`, `okta.getBehaviourOutput({ name }).id`,
 * `lookup.then((b) => b.id)`. Undefined when the item is anything else (a plain string is the caller's to read).
 */
export function referencedBehavior(item: TSESTree.Node, sourceCode: SourceCode): BehaviorFacts | undefined {
  const direct = identityRead(item);
  if (direct) return behaviorSource(direct, sourceCode);
  const call = stripAwait(item);
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || staticKeyName(call.callee.property, call.callee.computed) !== 'then') {
    return undefined;
  }
  const callback = call.arguments[0];
  if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return undefined;
  const parameter = callback.params[0];
  const statement = callback.body.type === 'BlockStatement' && callback.body.body.length === 1 ? callback.body.body[0] : undefined;
  const body = callback.body.type === 'BlockStatement' ? (statement?.type === 'ReturnStatement' ? statement.argument : undefined) : callback.body;
  const object = body && identityRead(body);
  if (!object || parameter?.type !== 'Identifier' || object.type !== 'Identifier' || object.name !== parameter.name) return undefined;
  return behaviorSource(call.callee.object, sourceCode);
}
