import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { resolveObject } from '../util/ast.js';
import { moduleMemberUses } from './member-uses.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** `new okta.policy.RuleIdpDiscovery(name, { … })` from `@pulumi/okta`. */
export interface PulumiResource {
  node: TSESTree.NewExpression;
  /** The class path under the module: `policy.RuleIdpDiscovery`, `EventHook`, `factor.Factor`, `app.Saml`. */
  type: string;
  /** The resource arguments (second constructor argument) as an object literal, when they are one. */
  args: TSESTree.ObjectExpression | undefined;
}

const cache = new WeakMap<object, readonly PulumiResource[]>();

/** Every `@pulumi/okta` resource the file creates, through any import or require form. Cached per file. */
export function locatePulumiResources(sourceCode: SourceCode): readonly PulumiResource[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const scope = sourceCode.scopeManager?.globalScope as Scope | null | undefined;
  const resources: PulumiResource[] = [];
  if (scope) {
    for (const use of moduleMemberUses(sourceCode.ast, scope, (id) => id === '@pulumi/okta')) {
      if (!use.construct || use.path.length === 0) continue;
      const path = use.path[0] === 'default' ? use.path.slice(1) : use.path;
      const args = use.construct.arguments[1];
      resources.push({ node: use.construct, type: path.join('.'), args: args ? resolveObject(args, scope)?.object : undefined });
    }
  }
  resources.sort((a, b) => a.node.range[0] - b.node.range[0]);
  cache.set(sourceCode, resources);
  return resources;
}
