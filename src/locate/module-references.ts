import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ReferenceTracker } from '@typescript-eslint/utils/ast-utils';

type Scope = TSESLint.Scope.Scope;

/** typescript-eslint re-exports eslint-utils' tracker but leaves its public `iteratePropertyReferences` out of the types. */
export type Tracker = InstanceType<typeof ReferenceTracker> & {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: object): IterableIterator<FoundReference>;
};

export interface FoundReference {
  node: TSESTree.Node;
  path: readonly string[];
  type: symbol;
  info: unknown;
}

export function createTracker(scope: Scope): Tracker {
  return new ReferenceTracker(scope) as Tracker;
}

/**
 * Identifiers that refer to a global nobody declared here: `OktaSignIn` from a CDN script, `require` in a file ESLint
 * was not told is CommonJS. A local binding of the same name is never one of these.
 */
export function globalIdentifiers(scope: Scope, name: string): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  for (const reference of scope.through) {
    if (reference.identifier.type === 'Identifier' && reference.identifier.name === name) found.push(reference.identifier);
  }
  const declared = scope.set.get(name);
  if (declared && declared.defs.length === 0) {
    for (const reference of declared.references) {
      if (reference.identifier.type === 'Identifier') found.push(reference.identifier);
    }
  }
  return found;
}

/**
 * References to what `import` or `require()` brings from the modules in `traceMaps` (keyed by module id), through
 * aliases, destructuring and re-assignment. `require` counts whether or not ESLint knows it as a global.
 */
export function* iterateModuleReferences(scope: Scope, traceMaps: Record<string, object>): Generator<FoundReference & { moduleId: string }> {
  const tracker = createTracker(scope);
  for (const [moduleId, traceMap] of Object.entries(traceMaps)) {
    for (const found of tracker.iterateEsmReferences({ [moduleId]: { [ReferenceTracker.ESM]: true, ...traceMap } })) {
      yield { ...(found as FoundReference), moduleId };
    }
  }
  for (const identifier of globalIdentifiers(scope, 'require')) {
    const call = identifier.parent;
    if (call?.type !== 'CallExpression' || call.callee !== identifier) continue;
    const argument = call.arguments[0];
    const moduleId = argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : undefined;
    const traceMap = moduleId !== undefined ? traceMaps[moduleId] : undefined;
    if (!moduleId || !traceMap) continue;
    // `require()` returns the module object: its `default` and named exports, or the CommonJS export itself.
    const cjs = { ...traceMap, ...(traceMap as Record<string, object>).default };
    for (const found of tracker.iteratePropertyReferences(call, cjs)) yield { ...found, moduleId };
  }
}
