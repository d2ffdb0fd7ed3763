import rule from '../../src/rules/valid-federated-claims.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\n";
const claim = (expression: string) => `${sdk}await client.applicationApi.createFederatedClaim({ appId, federatedClaimRequestBody: { name: 'c', expression: ${expression} } });`;

ruleTester.run('valid-federated-claims', rule, {
  valid: [
    // The new claim types of 2026.01.0, and the usual ones.
    claim("'session.amr'"),
    claim("'session.id'"),
    claim("'device.profile.managed'"),
    claim("'appuser.entitlements.role'"),
    claim(`"user.getGroups({'group.profile.name': 'Engineering.*'}).![profile.name]"`),
    claim("\"String.substringBefore(user.email, '@')\""),
    claim("\"user.email.substringAfter('@') + '|' + org.name\""),
    claim("\"isMemberOfGroupName('Admins') ? 'admin' : 'user'\""),
    // An expression built at run time is not read.
    claim('`${prefix}.amr`'),
    claim("'users.' + attribute"),
    // Policy conditions may use device.provider and security; entitlements only in claims.
    `${sdk}await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'ACCESS_POLICY', name: 'r', conditions: { elCondition: { condition: "device.provider.wsc.fireWall == 'ENABLED' && security.risk.level != 'HIGH'" } } } });`,
    // A look-alike: an expression in an object nobody sends to the claims API.
    "const rule = { name: 'x', expression: 'device.provider.zta.overall' };",
  ],
  invalid: [
    {
      code: claim("'device.provider.zta.overall'"),
      output: null,
      errors: [{ messageId: 'deviceProvider', data: { reference: 'device.provider.zta.overall' }, line: 3, column: 111, endLine: 3, endColumn: 140 }],
    },
    {
      // A misspelled root (with a suggestion), a session property that does not exist, through replaceFederatedClaim.
      code: `${sdk}await client.applicationApi.replaceFederatedClaim({ appId, claimId, federatedClaim: { name: 'x', expression: "appUser.department + ' ' + session.sid" } });`,
      output: null,
      errors: [
        {
          messageId: 'unknownRoot',
          data: {
            reference: 'appUser.department',
            roots: '`user`, `appuser`, `app`, `org`, `idpuser`, `session`, `device`, `String`, `Arrays`, `Convert`, `Iso3166Convert`, `Groups`, `Time` or `DateTime`',
          },
          line: 3,
          column: 110,
          endLine: 3,
          endColumn: 150,
          suggestions: [
            {
              messageId: 'useRoot',
              data: { root: 'appuser' },
              output: `${sdk}await client.applicationApi.replaceFederatedClaim({ appId, claimId, federatedClaim: { name: 'x', expression: "appuser.department + ' ' + session.sid" } });`,
            },
          ],
        },
        { messageId: 'unknownProperty', data: { reference: 'session.sid', root: 'session', properties: '`id` and `amr`' }, line: 3, column: 110, endLine: 3, endColumn: 150, suggestions: [] },
      ],
    },
    {
      // REST, Pulumi: a policy-only context in a claim.
      code: code`
        import * as okta from '@pulumi/okta';
        await fetch(\`\${orgUrl}/api/v1/apps/\${appId}/federated-claims\`, { method: 'POST', body: JSON.stringify({ name: 'login', expression: 'login.identifier' }) });
        new okta.app.FederatedClaim('risk', { appId, name: 'risk', expression: 'security.risk.level' });
      `,
      output: null,
      errors: [
        {
          messageId: 'policyOnlyContext',
          data: { reference: 'login.identifier', where: 'identity provider routing rules (`login.identifier`)' },
          line: 2,
          column: 132,
          endLine: 2,
          endColumn: 150,
        },
        {
          messageId: 'policyOnlyContext',
          data: { reference: 'security.risk.level', where: 'app sign-in policy conditions (`security.risk.level`, `security.behaviors`)' },
          line: 3,
          column: 72,
          endLine: 3,
          endColumn: 93,
        },
      ],
    },
    {
      // axios with an object literal body, to replace a claim.
      code: "import axios from 'axios';\nawait axios.put(`${orgUrl}/api/v1/apps/${appId}/federated-claims/${claimId}`, { name: 'id', expression: 'device.id' });",
      output: null,
      errors: [{ messageId: 'unknownProperty', data: { reference: 'device.id', root: 'device', properties: '`profile`' }, line: 2, column: 105, endLine: 2, endColumn: 116 }],
    },
    {
      // appuser.entitlements in an app sign-in policy condition: SDK rule and Pulumi customExpression.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        import * as pulumi from '@pulumi/okta';
        const client = new okta.Client();
        await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'ACCESS_POLICY', name: 'Admins only',
          conditions: { elCondition: { condition: "appuser.entitlements.role == 'admin'" } } } });
        new pulumi.AppSignonPolicyRule('admins', { policyId, customExpression: "appuser.entitlements.role == 'admin'" });
      `,
      output: null,
      errors: [
        { messageId: 'entitlementsInPolicy', data: { reference: 'appuser.entitlements.role' }, line: 5, column: 43, endLine: 5, endColumn: 81 },
        { messageId: 'entitlementsInPolicy', data: { reference: 'appuser.entitlements.role' }, line: 6, column: 72, endLine: 6, endColumn: 110 },
      ],
    },
  ],
});

jsonRuleTester.run('valid-federated-claims (JSON)', rule as never, {
  valid: [
    { code: '{ "name": "amr", "expression": "session.amr" }', filename: 'claims/amr.json' },
    // A JSON file of another tool with a name and an expression in its own language.
    { code: '{ "name": "alarm", "expression": "metrics.cpu > 90" }', filename: 'alarm.json' },
    { code: '{ "type": "ACCESS_POLICY", "name": "r", "conditions": { "elCondition": { "condition": "security.risk.level == \'LOW\'" } } }', filename: 'rule.json' },
  ],
  invalid: [
    {
      code: '[{ "name": "amr", "expression": "session.amr" }, { "name": "edr", "expression": "device.provider.wsc.fireWall" }]',
      filename: 'claims.json',
      output: null,
      errors: [{ messageId: 'deviceProvider', data: { reference: 'device.provider.wsc.fireWall' }, line: 1, column: 81, endLine: 1, endColumn: 111 }],
    },
    {
      code: '{ "type": "ACCESS_POLICY", "name": "r", "conditions": { "elCondition": { "condition": "appuser.entitlements.role == \'admin\'" } } }',
      filename: 'rule.json',
      output: null,
      errors: [{ messageId: 'entitlementsInPolicy', data: { reference: 'appuser.entitlements.role' }, line: 1, column: 87, endLine: 1, endColumn: 125 }],
    },
  ],
});
