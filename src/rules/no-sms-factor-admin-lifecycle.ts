import type { TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { authenticatorsApiAdvice, pulumiOrgFactorResource, smsFactorLifecyclePath, smsFactorProviderId } from '../data/factors-api.js';
import { endpointStringGate, locateEndpointStrings } from '../locate/endpoint-strings.js';
import { locateHttpCalls, matchingCalls } from '../locate/http-call.js';
import { locatePulumiResources } from '../locate/pulumi-resource.js';
import { lastEntry, resolverFor } from '../resolve/index.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule, textMatches } from '../kit/rule-setup.js';

const name = 'no-sms-factor-admin-lifecycle';

type MessageIds = keyof typeof settingsMessages | 'smsLifecycleEndpoint' | 'smsFactorResource';

const gate = new RegExp(smsFactorProviderId);

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow activating or deactivating the SMS factor through the Factors Administration API (`/api/v1/org/factors`)',
      recommended: 'error',
      languages: ['js'],
      source: { doc: 'ie-limitations', heading: 'SMS Factors Administration lifecycle operations' },
      oktaGuide: oktaGuide.apiChangesFactors,
    },
    schema: [],
    messages: {
      ...settingsMessages,
      smsLifecycleEndpoint:
        'Okta Identity Engine cannot activate or deactivate the SMS factor through the Factors Administration API (`{{operation}}`). Use {{instead}}.',
      smsFactorResource:
        "`okta.{{resource}}` with `providerId: 'okta_sms'` activates or deactivates the SMS factor through the Factors Administration API, which Okta Identity Engine does not support. Use {{instead}}.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    return {
      Program() {
        const sourceCode = context.sourceCode;
        const resolver = resolverFor(sourceCode);
        const reportPath = (node: TSESTree.Node, path: string) =>
          context.report({ node, messageId: 'smsLifecycleEndpoint', data: { operation: `POST ${path.replace(/:param/g, '{…}')}`, instead: authenticatorsApiAdvice } });
        for (const call of matchingCalls(locateHttpCalls(sourceCode), smsFactorLifecyclePath, ['POST'])) reportPath(call.urlNode, call.url.path);
        // The path written where the request is not: an endpoint constant, a literal handed to an imported helper.
        for (const written of textMatches(sourceCode, endpointStringGate) ? locateEndpointStrings(sourceCode) : []) {
          if (smsFactorLifecyclePath.test(written.url.path)) reportPath(written.node, written.url.path);
        }
        for (const resource of locatePulumiResources(sourceCode)) {
          if (resource.type !== pulumiOrgFactorResource) continue;
          const providerId = resource.args?.kind === 'object' ? lastEntry(resource.args, 'providerId') : undefined;
          const value = providerId && resolver.entryValue(providerId);
          if (!providerId?.valueNode || value?.kind !== 'string' || value.text !== smsFactorProviderId) continue;
          context.report({ node: providerId.valueNode, messageId: 'smsFactorResource', data: { resource: resource.type, instead: authenticatorsApiAdvice } });
        }
      },
    };
  },
});
