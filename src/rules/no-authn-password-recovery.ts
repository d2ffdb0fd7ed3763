import type { TSESTree } from '@typescript-eslint/utils';
import { authnRecoveryEndpoints, authnRecoveryMembers, type AuthnRecoveryMember } from '../data/authn-api.js';
import { oktaGuide } from '../data/doc-urls.js';
import { endpointStringGate, locateEndpointStrings } from '../locate/endpoint-strings.js';
import { locateHttpCalls } from '../locate/http-call.js';
import { locateSdkCalls, type SdkCall } from '../locate/sdk-call.js';
import { staticKeyName } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule, textMatches } from '../kit/rule-setup.js';

const name = 'no-authn-password-recovery';

type MessageIds = keyof typeof settingsMessages | 'authnRecoveryEndpoint' | 'authnRecoveryMethod' | 'useIdx';

const gate = /forgotPassword|unlockAccount|verifyRecoveryToken|recovery|reset_password/;

/**
 * Whether `authClient.forgotPassword(opts)` becomes the IDX call by renaming the member alone: the callee is a plain
 * `x.method` access, and the options are an object literal written in place whose keys all mean the same to the
 * replacement.
 */
function isCleanRename(call: SdkCall, member: AuthnRecoveryMember): boolean {
  const callee = call.node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || call.node.arguments.length !== 1) return false;
  const options = call.node.arguments[0];
  if (options?.type !== 'ObjectExpression' || options.properties.length === 0) return false;
  return options.properties.every(
    (property) => property.type === 'Property' && member.sameOptions.includes(staticKeyName(property.key, property.computed) ?? ''),
  );
}

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow password recovery and account unlock through the Classic Engine Authentication API (`/api/v1/authn`)',
      recommended: 'warn',
      languages: ['js'],
      source: { doc: 'ie-limitations', heading: 'Password recovery limitations with the /authn API' },
      oktaGuide: oktaGuide.apiChangesPasswordRecovery,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      authnRecoveryEndpoint:
        '`{{endpoint}}` is Classic Engine recovery: on Okta Identity Engine it cannot use the new recovery options (Okta Verify Push, any enrolled authenticator), and users whose policy requires them are denied recovery. Use {{instead}}.',
      authnRecoveryMethod:
        '`{{method}}()` calls `{{endpoint}}`, Classic Engine recovery: on Okta Identity Engine it cannot use the new recovery options (Okta Verify Push, any enrolled authenticator), and users whose policy requires them are denied recovery. Use `{{replacement}}`.',
      useIdx: 'Call `{{replacement}}` instead.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    return {
      Program() {
        for (const call of locateHttpCalls(context.sourceCode)) {
          if (call.method !== undefined && call.method !== 'POST') continue;
          const endpoint = authnRecoveryEndpoints.find((candidate) => candidate.path.test(call.url.path));
          if (!endpoint) continue;
          context.report({ node: call.urlNode, messageId: 'authnRecoveryEndpoint', data: { endpoint: endpoint.display, instead: endpoint.instead } });
        }
        // The path written where the request is not: an endpoint constant, a literal handed to an imported helper.
        for (const written of textMatches(context.sourceCode, endpointStringGate) ? locateEndpointStrings(context.sourceCode) : []) {
          const endpoint = authnRecoveryEndpoints.find((candidate) => candidate.path.test(written.url.path));
          if (endpoint) context.report({ node: written.node, messageId: 'authnRecoveryEndpoint', data: { endpoint: endpoint.display, instead: endpoint.instead } });
        }
        for (const call of locateSdkCalls(context.sourceCode)) {
          if (call.sdk !== 'okta-auth-js' || call.path.length !== 1) continue;
          const member = authnRecoveryMembers.find((candidate) => candidate.method === call.path[0]);
          if (!member) continue;
          const replacement = member.replacement.join('.');
          const property = call.calleeNode as TSESTree.Identifier;
          context.report({
            node: call.calleeNode,
            messageId: 'authnRecoveryMethod',
            data: { method: member.method, endpoint: member.endpoint, replacement: member.replacementDisplay },
            suggest: isCleanRename(call, member)
              ? [{ messageId: 'useIdx', data: { replacement: `${replacement}()` }, fix: (fixer) => fixer.replaceText(property, replacement) }]
              : [],
          });
        }
      },
    };
  },
});
