import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Payload } from '../locate/payload.js';
import type { PayloadEntry, PayloadNode } from '../locate/payload-tree.js';
import { canDelete, ownershipOf, type Ownership } from '../util/ownership.js';
import { mayHaveSideEffect } from '../util/side-effects.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Sinks = (node: TSESTree.Node) => boolean;

/**
 * When a fix may delete part of a request written in JavaScript: the literal that holds it reaches nothing but the
 * call that sends the request (`src/util/ownership.ts`), and the deleted value does nothing when evaluated
 * (`src/util/side-effects.ts`). A JSON document is data: deleting a member of it changes nothing else.
 */

const sinksOfPayload = new WeakMap<Payload, Sinks>();

/** The arguments of the call that sends a payload: the HTTP call, the SDK call or the Pulumi constructor. */
export function payloadSinks(payload: Payload): Sinks {
  let sinks = sinksOfPayload.get(payload);
  if (!sinks) {
    const construct = (payload.node as TSESTree.Node | undefined)?.parent;
    const call = payload.http?.node ?? payload.sdk?.node ?? (construct?.type === 'NewExpression' ? construct : undefined);
    sinks = (node) => call !== undefined && node.parent === call && (call.arguments as readonly TSESTree.Node[]).includes(node);
    sinksOfPayload.set(payload, sinks);
  }
  return sinks;
}

/** The arguments of any call: for request parameters that are not tied to one known call (`{ scopes, interclient_token }`). */
export const callArguments: Sinks = (node) =>
  (node.parent?.type === 'CallExpression' || node.parent?.type === 'NewExpression') && (node.parent.arguments as readonly TSESTree.Node[]).includes(node);

const ownerships = new WeakMap<TSESTree.Node, WeakMap<Sinks, Ownership>>();

function ownership(context: Context, holder: TSESTree.Node, sinks: Sinks): Ownership {
  let bySinks = ownerships.get(holder);
  if (!bySinks) {
    bySinks = new WeakMap();
    ownerships.set(holder, bySinks);
  }
  let found = bySinks.get(sinks);
  if (!found) {
    const scopeManager = context.sourceCode.scopeManager;
    found = scopeManager ? ownershipOf(holder, sinks, scopeManager) : { known: false, uses: [] };
    bySinks.set(sinks, found);
  }
  return found;
}

function isInert(context: Context, node: TSESTree.Node): boolean {
  return !mayHaveSideEffect(node, context.sourceCode.getScope(node));
}

/** The entry may be deleted by a fix without changing anything but the request. */
export function entryRemovalIsSafe(context: Context, payload: Payload, entry: PayloadEntry): boolean {
  if (payload.origin === 'json') return true;
  const property = (entry.keyNode as TSESTree.Node | undefined)?.parent;
  if (property?.type !== 'Property' || property.parent.type !== 'ObjectExpression') return false;
  return isInert(context, property.value) && canDelete(ownership(context, property.parent, payloadSinks(payload)), [entry.key]);
}

/** An item of an array written in JavaScript may be deleted by a fix: nothing but `sinks` sees the array, and the item is inert. */
export function itemRemovalIsSafe(context: Context, array: PayloadNode, item: PayloadNode, sinks: Sinks): boolean {
  const node = array.node as TSESTree.Node;
  // Deleting an item moves the ones after it: any use of the array at all may see that.
  return node.type === 'ArrayExpression' && isInert(context, item.node as TSESTree.Node) && canDelete(ownership(context, node, sinks), []);
}
