import rule from '../../src/rules/valid-policy-rule-app-condition.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const both = (app: string, path = 'conditions.app') => ({ app, path });

ruleTester.run('valid-policy-rule-app-condition', rule, {
  valid: [
    // Different apps in the two lists; an app and an app type of the same name are different things.
    code`
      await fetch(\`\${orgUrl}/api/v1/policies/\${policyId}/rules\`, { method: 'POST', body: JSON.stringify({
        type: 'IDP_DISCOVERY', name: 'Route partners',
        conditions: { app: { include: [{ type: 'APP', id: '0oa1' }, { type: 'APP_TYPE', name: 'yahoo_mail' }], exclude: [{ type: 'APP', id: '0oa2' }, { type: 'APP', id: 'yahoo_mail' }] } },
      }) });
    `,
    // Ids known only at run time.
    "await fetch(`${orgUrl}/api/v1/policies/${policyId}/rules`, { method: 'POST', body: JSON.stringify({ conditions: { apps: { include: [appId], exclude: [otherId] } } }) });",
    // The Pulumi arguments are another shape (Pulumi's own example repeats one placeholder in both lists).
    code`
      import * as okta from '@pulumi/okta';
      new okta.policy.RuleIdpDiscovery('example', { policyId, appExcludes: [{ id: '<app id>', type: 'APP' }], appIncludes: [{ id: '<app id>', type: 'APP' }] });
    `,
    // Another API with include and exclude lists.
    "await fetch(`${orgUrl}/api/v1/groups/rules`, { method: 'POST', body: JSON.stringify({ conditions: { people: { users: { exclude: ['00u1'] } }, app: { include: ['a'], exclude: ['a'] } } }) });",
    { code: "await fetch(`${orgUrl}/api/v1/policies/${id}/rules`, { method: 'POST', body: JSON.stringify({ conditions: { apps: { include: ['0oa1'], exclude: ['0oa1'] } } }) });", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      code: code`
        await fetch(\`\${orgUrl}/api/v1/policies/\${policyId}/rules\`, { method: 'POST', body: JSON.stringify({
          type: 'IDP_DISCOVERY',
          conditions: { app: { include: [{ type: 'APP', id: '0oa1' }], exclude: [{ type: 'APP', id: '0oa1' }] } },
        }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'includedAndExcluded',
          data: both('APP 0oa1'),
          line: 3,
          column: 74,
          endLine: 3,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'removeFromList',
              data: { list: 'conditions.app.include' },
              output: code`
                await fetch(\`\${orgUrl}/api/v1/policies/\${policyId}/rules\`, { method: 'POST', body: JSON.stringify({
                  type: 'IDP_DISCOVERY',
                  conditions: { app: { include: [], exclude: [{ type: 'APP', id: '0oa1' }] } },
                }) });
              `,
            },
            {
              messageId: 'removeFromList',
              data: { list: 'conditions.app.exclude' },
              output: code`
                await fetch(\`\${orgUrl}/api/v1/policies/\${policyId}/rules\`, { method: 'POST', body: JSON.stringify({
                  type: 'IDP_DISCOVERY',
                  conditions: { app: { include: [{ type: 'APP', id: '0oa1' }], exclude: [] } },
                }) });
              `,
            },
          ],
        },
      ],
    },
    {
      // okta-sdk-nodejs: replacing a rule with an app instance id in both lists.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.replacePolicyRule({ policyId, ruleId, policyRule: { conditions: { apps: { include: ['0oa1', '0oa2'], exclude: ['0oa2'] } } } });
      `,
      output: null,
      errors: [
        {
          messageId: 'includedAndExcluded',
          data: both('0oa2', 'conditions.apps'),
          line: 3,
          column: 135,
          endLine: 3,
          endColumn: 141,
          suggestions: [
            {
              messageId: 'removeFromList',
              data: { list: 'conditions.apps.include' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.policyApi.replacePolicyRule({ policyId, ruleId, policyRule: { conditions: { apps: { include: ['0oa1'], exclude: ['0oa2'] } } } });
              `,
            },
            {
              messageId: 'removeFromList',
              data: { list: 'conditions.apps.exclude' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.policyApi.replacePolicyRule({ policyId, ruleId, policyRule: { conditions: { apps: { include: ['0oa1', '0oa2'], exclude: [] } } } });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsonRuleTester.run('valid-policy-rule-app-condition (JSON)', rule as never, {
  valid: ['{ "type": "IDP_DISCOVERY", "conditions": { "app": { "include": [{ "type": "APP_TYPE", "name": "yahoo_mail" }], "exclude": [] } } }'],
  invalid: [
    {
      code: '{ "type": "IDP_DISCOVERY", "conditions": { "app": { "include": [{ "type": "APP_TYPE", "name": "yahoo_mail" }], "exclude": [{ "type": "APP_TYPE", "name": "yahoo_mail" }] } } }',
      errors: [
        {
          messageId: 'includedAndExcluded',
          data: both('APP_TYPE yahoo_mail'),
          line: 1,
          column: 124,
          endLine: 1,
          endColumn: 168,
          suggestions: [
            {
              messageId: 'removeFromList',
              data: { list: 'conditions.app.include' },
              output: '{ "type": "IDP_DISCOVERY", "conditions": { "app": { "include": [], "exclude": [{ "type": "APP_TYPE", "name": "yahoo_mail" }] } } }',
            },
            {
              messageId: 'removeFromList',
              data: { list: 'conditions.app.exclude' },
              output: '{ "type": "IDP_DISCOVERY", "conditions": { "app": { "include": [{ "type": "APP_TYPE", "name": "yahoo_mail" }], "exclude": [] } } }',
            },
          ],
        },
      ],
    },
  ],
});
