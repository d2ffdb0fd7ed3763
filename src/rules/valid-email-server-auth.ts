import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import {
  baseRequiredOnCreate,
  requiredOnCreate,
  sdkEmailServerFields,
  sdkEmailServerFieldsVersion,
  smtpAuthTypes,
  smtpSigningAlgorithm,
  tokenEndpointAuthMethods,
  type SmtpAuthType,
} from '../data/email-server-auth.js';
import type { Payload } from '../locate/payload.js';
import { entryOf, stringValue, valueAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { codeList, isEditableString, nodeText, payloadListener, payloadRuleGate, quotedLike, withCommentsOf } from '../kit/payload-report.js';
import type { Range } from '../util/text-edit.js';
import { applyEdits } from '../kit/widget-report.js';

type MessageIds =
  | keyof typeof settingsMessages
  | 'unknownAuthType'
  | 'missingFields'
  | 'passwordWithOAuth'
  | 'signingAlgorithm'
  | 'tokenEndpointAuthMethod'
  | 'emptyScopes'
  | 'sdkDropsFields'
  | 'useAuthType'
  | 'removePassword'
  | 'useRs256'
  | 'useRestEndpoint';

const gate = /email-servers|emailServerApi|authType/;

function isCreate(payload: Payload): boolean {
  return payload.operation === 'emailServerApi.createEmailServer' || (payload.origin === 'http' && payload.http?.method === 'POST');
}

export default createRule<[], MessageIds>({
  name: 'valid-email-server-auth',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the fields each `authType` of a custom email server needs, and requests that okta-sdk-nodejs does not strip',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'OAuth 2.0 support for custom email providers is self-service EA in Preview' },
      oktaGuide: oktaGuide.customSmtp,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      unknownAuthType: "'{{value}}' is not an email server `authType`; use one of {{allowed}}.",
      missingFields: 'An email server with `authType` {{authType}} needs {{fields}}: the API rejects the request without them.',
      passwordWithOAuth: '`password` is for BASIC_SMTP_AUTH; an {{authType}} email server signs in with OAuth 2.0. Remove it.',
      signingAlgorithm: "`signingAlgorithm` must be '{{algorithm}}', the only algorithm the API accepts.",
      tokenEndpointAuthMethod: '`tokenEndpointAuthMethod` must be {{allowed}}.',
      emptyScopes:
        "`scopes` is empty: give the scope that lets the OAuth 2.0 app send mail (for example 'https://outlook.office.com/.default' or 'https://mail.google.com/').",
      sdkDropsFields:
        'okta-sdk-nodejs (through {{version}}) sends only {{known}} to `{{method}}` and silently drops {{fields}}. Send this request to the Email Servers REST endpoint instead.',
      useAuthType: "Use '{{value}}'.",
      removePassword: 'Remove `password`.',
      useRs256: "Use '{{algorithm}}'.",
      useRestEndpoint: 'Send it with `client.http.json()` to `{{path}}`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};
    const sourceCode = context.sourceCode;

    /** `client.http.json(…)` in place of `client.emailServerApi.createEmailServer({ emailServerPost })`. */
    function restCall(payload: Payload): { call: TSESTree.CallExpression; text: string; path: string } | undefined {
      const sdk = payload.sdk;
      const callee = sdk?.node.callee;
      const first = sdk?.first;
      if (!sdk || first?.kind !== 'object' || first.node.type !== 'ObjectExpression' || callee?.type !== 'MemberExpression' || callee.object.type !== 'MemberExpression') {
        return undefined;
      }
      // The request object as written (in the call, or in a same-file constant): its keys' expressions are copied.
      const written = (key: string) => first.entries.findLast((entry) => entry.key === key && !entry.copied && entry.origin.type === 'property')?.valueNode;
      const client = sourceCode.getText(callee.object.object);
      const update = payload.operation === 'emailServerApi.updateEmailServer';
      const body = written(update ? 'emailServerRequest' : 'emailServerPost');
      const id = update ? written('emailServerId') : undefined;
      if (!body || (update && !id)) return undefined;
      const path = update ? '/api/v1/email-servers/{emailServerId}' : '/api/v1/email-servers';
      const url = update ? `\`\${${client}.baseUrl}/api/v1/email-servers/\${${sourceCode.getText(id!)}}\`` : `\`\${${client}.baseUrl}/api/v1/email-servers\``;
      const text = `${client}.http.json(${url}, { method: '${update ? 'PATCH' : 'POST'}', body: JSON.stringify(${sourceCode.getText(body)}) })`;
      const copied: Range[] = [callee.object.object.range, body.range, ...(id ? [id.range] : [])];
      return { call: sdk.node, text: withCommentsOf(context, sdk.node.range, text, copied), path };
    }

    function checkSdkDrops(payload: Payload): boolean {
      if (payload.origin !== 'sdk' || payload.body.type !== 'object') return false;
      let dropped = [...new Set(payload.body.entries.map((entry) => entry.key).filter((key) => !sdkEmailServerFields.includes(key)))];
      // A create with no authType is a basic one, so dropping an explicit BASIC_SMTP_AUTH changes nothing there.
      if (isCreate(payload) && stringValue(valueAt(payload.body, 'authType')) === 'BASIC_SMTP_AUTH') dropped = dropped.filter((key) => key !== 'authType');
      if (dropped.length === 0) return false;
      const rest = restCall(payload);
      context.report({
        node: payload.node as never,
        messageId: 'sdkDropsFields',
        data: { version: sdkEmailServerFieldsVersion, known: codeList(sdkEmailServerFields), method: payload.operation, fields: codeList(dropped) },
        suggest: rest
          ? [{ messageId: 'useRestEndpoint', data: { path: rest.path }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(rest.call, rest.text) }]
          : [],
      });
      return true;
    }

    function check(payload: Payload): void {
      const body = payload.body;
      if (body.type !== 'object' || payload.origin === 'pulumi') return;
      if (checkSdkDrops(payload)) return;

      const authTypeNode = valueAt(body, 'authType');
      const authTypeValue = stringValue(authTypeNode);
      if (authTypeNode && authTypeValue === undefined && authTypeNode.type !== 'unknown') return;
      if (authTypeValue !== undefined && !smtpAuthTypes.includes(authTypeValue as SmtpAuthType)) {
        const fixed = smtpAuthTypes.find((type) => type === authTypeValue.toUpperCase().replace(/[\s-]/g, '_'));
        // A JSON file is an email server by its keys alone; other SMTP tools have an `authType` of their own.
        if (payload.origin === 'json' && !fixed) return;
        context.report({
          node: authTypeNode!.node as never,
          messageId: 'unknownAuthType',
          data: { value: authTypeValue, allowed: smtpAuthTypes.join(', ') },
          suggest:
            fixed && isEditableString(authTypeNode)
              ? [{ messageId: 'useAuthType', data: { value: fixed }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(authTypeNode.range, quotedLike(nodeText(context, authTypeNode), fixed)) }]
              : [],
        });
        return;
      }
      // No authType: a basic email server, the only kind before 2026.02.0. An unknown authType: only field checks.
      const authType = authTypeNode ? (authTypeValue as SmtpAuthType | undefined) : 'BASIC_SMTP_AUTH';

      if (authType && isCreate(payload) && !body.open) {
        const missing = [...baseRequiredOnCreate, ...requiredOnCreate[authType]].filter((key) => !entryOf(body, key));
        if (missing.length > 0) {
          context.report({ node: body.node as never, messageId: 'missingFields', data: { authType, fields: codeList(missing) } });
        }
      }

      const oauth = authType !== undefined && authType !== 'BASIC_SMTP_AUTH';
      const password = entryOf(body, 'password');
      if (oauth && password) {
        const removal = password.removal;
        context.report({
          node: password.keyNode as never,
          messageId: 'passwordWithOAuth',
          data: { authType },
          suggest: removal ? [{ messageId: 'removePassword', fix: applyEdits(removal) }] : [],
        });
      }

      const algorithm = valueAt(body, 'signingAlgorithm');
      const algorithmValue = stringValue(algorithm);
      if (algorithm && algorithmValue !== undefined && algorithmValue !== smtpSigningAlgorithm) {
        context.report({
          node: algorithm.node as never,
          messageId: 'signingAlgorithm',
          data: { algorithm: smtpSigningAlgorithm },
          suggest: isEditableString(algorithm)
            ? [{ messageId: 'useRs256', data: { algorithm: smtpSigningAlgorithm }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(algorithm.range, quotedLike(nodeText(context, algorithm), smtpSigningAlgorithm)) }]
            : [],
        });
      }

      const method = valueAt(body, 'tokenEndpointAuthMethod');
      const methodValue = stringValue(method);
      if (method && methodValue !== undefined && !tokenEndpointAuthMethods.includes(methodValue)) {
        context.report({ node: method.node as never, messageId: 'tokenEndpointAuthMethod', data: { allowed: tokenEndpointAuthMethods.map((value) => `'${value}'`).join(' or ') } });
      }

      const scopes: PayloadNode | undefined = valueAt(body, 'scopes');
      if (scopes?.type === 'array' && !scopes.open && scopes.items.length === 0) {
        context.report({ node: scopes.node as never, messageId: 'emptyScopes' });
      }
    }

    return payloadListener(context, setup, ['email-server'], check);
  },
});
