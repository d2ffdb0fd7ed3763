import type { TSESLint } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { limitedEnrollments, sdk6UserFactories } from '../data/factors-api.js';
import type { JsonSourceCode } from '../locate/json-document.js';
import { locateJsonPayloads, locatePayloads } from '../locate/payload.js';
import { payloadTreeOf, stringValue, valueAt, type PayloadNode } from '../locate/payload-tree.js';
import { locateSdkCalls, resultCalls } from '../locate/sdk-call.js';
import { resolverFor } from '../resolve/index.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

const name = 'no-factors-api-okta-verify-enrollment';

type MessageIds = keyof typeof settingsMessages | 'limitedEnrollment';

const gate = /factorType/;
const languages = ['js', 'json'] as const;

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow enrolling Okta Verify and WebAuthn through the Factors API, which skips Identity Engine authenticator settings',
      recommended: 'warn',
      languages,
      source: { doc: 'ie-limitations', heading: 'Factor API enrollment limitations' },
      oktaGuide: oktaGuide.apiChangesFactors,
    },
    schema: [],
    messages: {
      ...settingsMessages,
      limitedEnrollment:
        "Enrolling {{authenticator}} (`provider: '{{provider}}'`, `factorType: '{{factorType}}'`) through {{api}} skips Okta Identity Engine's authenticator settings: {{notEnforced}}. Let users enroll in an Identity Engine flow (Sign-In Widget or okta-auth-js `idx`), where the authenticator enrollment policy applies.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages });
    if (!setup) return {};

    function check(body: PayloadNode, api: string): void {
      const factorTypeNode = valueAt(body, 'factorType');
      const provider = stringValue(valueAt(body, 'provider'));
      const factorType = stringValue(factorTypeNode);
      const enrollment = limitedEnrollments.find((candidate) => candidate.provider === provider && candidate.factorTypes.includes(factorType ?? ''));
      if (!enrollment || !factorTypeNode) return;
      context.report({
        node: factorTypeNode.node as never,
        messageId: 'limitedEnrollment',
        data: { authenticator: enrollment.authenticator, provider: enrollment.provider, factorType: factorType!, api, notEnforced: enrollment.notEnforced },
      });
    }

    if (setup.language === 'json') {
      return {
        Document() {
          for (const payload of locateJsonPayloads(context.sourceCode as unknown as JsonSourceCode)) {
            if (payload.kind === 'factor-enrollment') check(payload.body, 'the Factors API');
          }
        },
      } as TSESLint.RuleListener;
    }
    return {
      Program() {
        const sourceCode = context.sourceCode;
        for (const payload of locatePayloads(sourceCode)) {
          if (payload.kind !== 'factor-enrollment') continue;
          const api = payload.http
            ? `\`POST ${payload.http.url.path.replace(/:param/g, '{id}')}\``
            : `okta-sdk-nodejs \`${payload.operation}()\``;
          check(payload.body, api);
        }
        // okta-sdk-nodejs 6: `(await client.getUser(id)).enrollFactor(factor)`.
        const resolver = resolverFor(sourceCode);
        for (const call of locateSdkCalls(sourceCode)) {
          if (call.sdk !== 'okta-sdk-nodejs' || call.path.length !== 1 || !sdk6UserFactories.includes(call.path[0]!)) continue;
          for (const result of resultCalls(call, resolver)) {
            const factor = result.node.arguments[0];
            if (result.path.join('.') === 'enrollFactor' && factor) check(payloadTreeOf(factor, sourceCode), 'okta-sdk-nodejs `user.enrollFactor()`');
          }
        }
      },
    };
  },
});
