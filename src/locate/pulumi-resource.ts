import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { cdktfModulePattern, cdktfResources } from '../data/cdktf-resources.js';
import { resolverFor, type Value } from '../resolve/index.js';
import { moduleMemberUses } from './member-uses.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `new okta.policy.RuleIdpDiscovery(name, { … })` from `@pulumi/okta`, or a CDKTF resource read the same way. */
export interface PulumiResource {
  node: TSESTree.NewExpression;
  /** The `@pulumi/okta` class path: `policy.RuleIdpDiscovery`, `EventHook`, `factor.Factor`, `app.Saml`. */
  type: string;
  /** The value of the resource arguments (Pulumi's second constructor argument, CDKTF's third). */
  args: Value | undefined;
  /** CDKTF argument names that Pulumi spells differently, to read the arguments in Pulumi's shape. */
  renames: Readonly<Record<string, string>> | undefined;
  /** The arguments are read through a function's parameter (a same-file helper's argument). */
  argsViaParameter: boolean;
}

const isInfrastructureModule = (id: string) => id === '@pulumi/okta' || cdktfModulePattern.test(id);

const cache = new WeakMap<object, readonly PulumiResource[]>();

/**
 * Every Okta resource the file creates with `@pulumi/okta`, or with CDKTF (`@cdktf/provider-okta`, or the bindings
 * `cdktf get` generates under `.gen/providers/okta`), through any import or require form. Cached per file.
 */
export function locatePulumiResources(sourceCode: SourceCode): readonly PulumiResource[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const resolver = resolverFor(sourceCode);
  const resources: PulumiResource[] = [];
  const argsOf = (node: TSESTree.CallExpressionArgument | undefined) => {
    const { result, parameters } = resolver.track(() => (node && node.type !== 'SpreadElement' ? resolver.value(node) : undefined));
    return { args: result, argsViaParameter: parameters.size > 0 };
  };
  for (const use of moduleMemberUses(sourceCode.ast, resolver, isInfrastructureModule)) {
    if (!use.construct || use.path.length === 0) continue;
    if (use.moduleId === '@pulumi/okta') {
      const path = use.path[0] === 'default' ? use.path.slice(1) : use.path;
      resources.push({ node: use.construct, type: path.join('.'), ...argsOf(use.construct.arguments[1]), renames: undefined });
      continue;
    }
    // CDKTF: `new okta.factor.Factor(this, 'sms', { … })`, `new Factor(this, 'sms', { … })`; the class name says which.
    const name = use.path[use.path.length - 1]!;
    const resource = Object.hasOwn(cdktfResources, name) ? cdktfResources[name] : undefined;
    if (resource) resources.push({ node: use.construct, type: resource.pulumi, ...argsOf(use.construct.arguments[2]), renames: resource.renames });
  }
  resources.sort((a, b) => a.node.range[0] - b.node.range[0]);
  cache.set(sourceCode, resources);
  return resources;
}
