import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { resolverFor, type Resolver, type Value } from '../resolve/index.js';
import { memberUses, moduleMemberUses, type MemberUse } from './member-uses.js';
import { findWidgetConstructions } from './widget-config.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type Sdk = 'okta-sdk-nodejs' | 'okta-auth-js';

/** A method call on an Okta SDK client, found through where the client came from, never by the method name alone. */
export interface SdkCall {
  node: TSESTree.CallExpression;
  sdk: Sdk;
  /**
   * Member path from the client to the method: `['sessionApi', 'revokeSession']` (sdk-nodejs 7+),
   * `['getSession']` (sdk-nodejs 6), `['forgotPassword']`, `['idx', 'recoverPassword']`, `['session', 'get']` (auth-js).
   */
  path: readonly string[];
  /** The callee's last property: where to report. */
  calleeNode: TSESTree.Node;
  /** The value of the first argument (v7+ request objects, auth-js options), when there is one. */
  first: Value | undefined;
}

/** A method called on what an SDK call returned: `(await client.getSession(id)).refresh()`. */
export interface SdkResultCall {
  node: TSESTree.CallExpression;
  /** Member path on the result: `['refresh']`. */
  path: readonly string[];
  calleeNode: TSESTree.Node;
  from: SdkCall;
}

const authJsModule = /^@okta\/okta-auth-js(?:\/(?:authn|idx|core|myaccount))?$/;

function toSdkCall(use: MemberUse, sdk: Sdk, path: readonly string[], resolver: Resolver): SdkCall | undefined {
  if (!use.call || path.length === 0) return undefined;
  const callee = use.call.callee;
  const calleeNode = callee.type === 'MemberExpression' ? callee.property : callee;
  const first = use.call.arguments[0];
  return { node: use.call, sdk, path, calleeNode, first: first && first.type !== 'SpreadElement' ? resolver.value(first) : undefined };
}

function* instanceCalls(instance: TSESTree.Node, sdk: Sdk, resolver: Resolver, prefix: readonly string[] = []): Generator<SdkCall> {
  for (const use of memberUses(instance, resolver)) {
    if (use.path.length < prefix.length || prefix.some((name, index) => use.path[index] !== name)) continue;
    const call = toSdkCall(use, sdk, use.path.slice(prefix.length), resolver);
    if (call) yield call;
  }
}

const cache = new WeakMap<object, readonly SdkCall[]>();

/**
 * Calls on `@okta/okta-sdk-nodejs` clients (`new okta.Client()`, any import or require form) and on
 * `@okta/okta-auth-js` instances (`new OktaAuth()`, `oktaSignIn.authClient`, `useOktaAuth().oktaAuth` from
 * okta-react, `useAuth()` from okta-vue). Cached per file.
 */
export function locateSdkCalls(sourceCode: SourceCode): readonly SdkCall[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const scope = sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  const calls: SdkCall[] = [];
  if (scope) {
    const program = sourceCode.ast;
    const isSdkModule = (id: string) =>
      id === '@okta/okta-sdk-nodejs' || authJsModule.test(id) || id === '@okta/okta-react' || id === '@okta/okta-vue';
    const resolver = resolverFor(sourceCode);
    for (const use of moduleMemberUses(program, resolver, isSdkModule)) {
      const last = use.path[use.path.length - 1];
      if (use.moduleId === '@okta/okta-sdk-nodejs') {
        if (use.construct && last === 'Client') calls.push(...instanceCalls(use.construct, 'okta-sdk-nodejs', resolver));
      } else if (authJsModule.test(use.moduleId)) {
        const isConstructor = use.path.length === 0 || (use.path.length === 1 && (last === 'OktaAuth' || last === 'default'));
        if (use.construct && isConstructor) calls.push(...instanceCalls(use.construct, 'okta-auth-js', resolver));
      } else if (use.moduleId === '@okta/okta-react' && use.call && last === 'useOktaAuth') {
        calls.push(...instanceCalls(use.call, 'okta-auth-js', resolver, ['oktaAuth']));
      } else if (use.moduleId === '@okta/okta-vue' && use.call && last === 'useAuth') {
        calls.push(...instanceCalls(use.call, 'okta-auth-js', resolver));
      }
    }
    if (/okta-signin-widget|OktaSignIn/.test(sourceCode.text)) {
      for (const construction of findWidgetConstructions(sourceCode, scope)) {
        calls.push(...instanceCalls(construction.node, 'okta-auth-js', resolver, ['authClient']));
      }
    }
  }
  calls.sort((a, b) => a.node.range[0] - b.node.range[0]);
  cache.set(sourceCode, calls);
  return calls;
}

/** Methods called on the (awaited or `.then`) result of an SDK call: the model methods of sdk-nodejs 6. */
export function* resultCalls(call: SdkCall, resolver: Resolver): Generator<SdkResultCall> {
  for (const use of memberUses(call.node, resolver)) {
    if (!use.call) continue;
    if (use.path.length === 1 && use.path[0] === 'then') {
      const callback = use.call.arguments[0];
      const parameter =
        callback && (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression') ? callback.params[0] : undefined;
      if (parameter?.type === 'Identifier') {
        for (const read of resolver.bindingReads(parameter)) {
          for (const inner of memberUses(read.node, resolver)) {
            if (inner.call && inner.path.length > 0) yield resultCall(inner, call);
          }
        }
      }
      continue;
    }
    yield resultCall(use, call);
  }
}

function resultCall(use: MemberUse, from: SdkCall): SdkResultCall {
  const callee = use.call!.callee;
  return { node: use.call!, path: use.path, calleeNode: callee.type === 'MemberExpression' ? callee.property : callee, from };
}
