import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { availability } from '../data/availability.js';
import { oktaGuide } from '../data/doc-urls.js';
import { policyList, policyTypeCorrectionFeatures, policyTypeCorrections } from '../data/policy-values.js';
import { locateHttpCalls, matchingCalls, type HttpCall } from '../locate/http-call.js';
import { payloadTreeOf, payloadTrees, valueAt, type PayloadNode } from '../locate/payload-tree.js';
import { locateSdkCalls } from '../locate/sdk-call.js';
import { queryParameter } from '../locate/url.js';
import { resolverFor } from '../resolve/index.js';
import { unwrap } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { isEditableString, nodeText, payloadListener } from '../kit/payload-report.js';
import { channelNames } from '../kit/availability-text.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

type MessageIds = keyof typeof settingsMessages | 'notAPolicyType' | 'notAPolicyTypeNotAvailable' | 'useApiName';

const wrongTypes = Object.keys(policyTypeCorrections);
const gate = new RegExp(wrongTypes.join('|'));

export default createRule<[], MessageIds>({
  name: 'valid-policy-type',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow policy types the Policies API does not have, such as `CLIENT_POLICY` for `CLIENT_UPDATE`',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Client update policy is EA in Preview' },
      oktaGuide: oktaGuide.clientUpdatePolicy,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      notAPolicyType:
        "'{{value}}' is not a policy type of the Policies API (the 2026.01.0 release notes misname it): use '{{correct}}'.",
      notAPolicyTypeNotAvailable:
        "'{{value}}' is not a policy type of the Policies API (the 2026.01.0 release notes misname it); the API's name is '{{correct}}', but {{feature}} is not available to {{channel}} orgs as of {{asOf}} without its flag, so no-unavailable-features reports '{{correct}}' until the org has it (or settings['okta-oie'] say so).",
      useApiName: "Use '{{correct}}'.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};
    const { settings } = setup;
    const sourceCode = context.sourceCode;
    const reported = new Set<string>();

    /** `suggestOnly`: the value is written at a helper's call site, whose object other code may read too. */
    function reportAt(range: readonly [number, number], node: unknown, value: string, editable: boolean, suggestOnly = false): void {
      const key = `${range[0]}:${range[1]}`;
      if (reported.has(key)) return;
      reported.add(key);
      const correct = policyTypeCorrections[value]!;
      const feature = policyTypeCorrectionFeatures[value];
      const where = node
        ? { node: node as TSESTree.Node }
        : { loc: { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) } };
      const rename = (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([range[0], range[1]], sourceCode.text.slice(range[0], range[1]).replace(value, correct));
      // The wrong name exists nowhere in the API, so renaming it cannot change what a working request does. But where
      // the org does not have the feature yet, the right name is reported by no-unavailable-features: `--fix` would
      // trade one error for another without saying so. Then the message says it, and the rename is a suggestion.
      if (feature && availability(feature, settings).status !== 'available') {
        const { channel, asOf } = settings;
        context.report({
          ...where,
          messageId: 'notAPolicyTypeNotAvailable',
          data: { value, correct, feature: feature.title, channel: channelNames[channel], asOf },
          suggest: editable ? [{ messageId: 'useApiName', data: { correct }, fix: rename }] : [],
        });
        return;
      }
      // A payload written at a wrapper's call site reaches Okta through code this rule only followed: suggest there.
      context.report({
        ...where,
        messageId: 'notAPolicyType',
        data: { value, correct },
        fix: editable && !suggestOnly ? rename : null,
        suggest: editable && suggestOnly ? [{ messageId: 'useApiName', data: { correct }, fix: rename }] : [],
      });
    }

    /** A `type` value (payload, SDK query object, HTTP query object) that is a wrong name. */
    function checkTypeValue(node: PayloadNode | undefined, suggestOnly = false): void {
      const value = node?.type === 'string' ? (node.value as string) : undefined;
      if (!node || value === undefined || !Object.hasOwn(policyTypeCorrections, value)) return;
      reportAt(node.range, node.node, value, isEditableString(node) && nodeText(context, node).includes(value), suggestOnly);
    }

    const listener = payloadListener(context, setup, ['policy', 'policy-rule'], (payload) => checkTypeValue(valueAt(payload.body, 'type'), payload.viaWrapper));
    if (setup.language === 'json') return listener;


    /** `?type=CLIENT_POLICY` written in the URL: the expression (or the constant it comes from) whose text holds it. */
    function checkUrlQuery(call: HttpCall): void {
      const value = queryParameter(call.url, policyList.queryParameter);
      if (value === undefined || !Object.hasOwn(policyTypeCorrections, value)) return;
      let holder: TSESTree.Node = unwrap(call.urlNode);
      // A URL kept in a same-file constant: the text to edit is the constant's.
      const resolved = holder.type === 'Identifier' ? resolverFor(sourceCode).value(holder) : undefined;
      if (resolved?.kind === 'string') holder = resolved.node;
      const text = sourceCode.text.slice(holder.range[0], holder.range[1]);
      const pattern = new RegExp(`([?&]${policyList.queryParameter}=)(${value})(?![\\w-])`, 'g');
      const matches = [...text.matchAll(pattern)];
      if (matches.length === 1 && holder.type !== 'Identifier') {
        const start = holder.range[0] + matches[0]!.index + matches[0]![1]!.length;
        reportAt([start, start + value.length], undefined, value, true);
      } else {
        reportAt(call.urlNode.range, call.urlNode, value, false);
      }
    }

    return {
      ...listener,
      Program(program) {
        (listener.Program as ((node: TSESTree.Program) => void) | undefined)?.(program);
        for (const call of locateSdkCalls(sourceCode)) {
          if (call.sdk !== 'okta-sdk-nodejs' || !(policyList.sdkMethods as readonly string[]).includes(call.path.join('.'))) continue;
          const query = call.node.arguments[0];
          if (query) checkTypeValue(valueAt(payloadTreeOf(query, sourceCode), policyList.queryParameter));
        }
        for (const call of matchingCalls(locateHttpCalls(sourceCode), policyList.path, ['GET'])) {
          checkUrlQuery(call);
          for (const query of call.query ? payloadTrees(call.query, sourceCode) : []) checkTypeValue(valueAt(query, policyList.queryParameter));
        }
      },
    };
  },
});
