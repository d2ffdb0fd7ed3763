import type { TSESLint } from '@typescript-eslint/utils';
import { Resolver } from './resolver.js';

export { limits } from './limits.js';
export { enclosingFunction, isFunction, runsUnconditionally } from './control-flow.js';
export { Resolver, type CallContext, type ParameterUse, type ValueRead } from './resolver.js';
export type { CallSite, CallSites } from './call-sites.js';
export type { ClassIndex, ClassNode, ThisWrite } from './classes.js';
export * from './value.js';

const resolvers = new WeakMap<object, Resolver>();

/** The one resolver of a file, shared by every rule and locator that looks at it (keyed by the Program node). */
export function resolverFor(sourceCode: Readonly<TSESLint.SourceCode>): Resolver {
  let resolver = resolvers.get(sourceCode.ast);
  if (!resolver) {
    resolver = new Resolver(sourceCode);
    resolvers.set(sourceCode.ast, resolver);
  }
  return resolver;
}
