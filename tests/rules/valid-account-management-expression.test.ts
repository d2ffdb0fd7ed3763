import rule from '../../src/rules/valid-account-management-expression.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
/** An account management policy rule sent with sdk-nodejs 7+ with this condition (as written in code). */
const oampRule = (condition: string, type = "'ACCESS_POLICY'") =>
  sdk +
  `await client.policyApi.createPolicyRule({ policyId: oampPolicyId, policyRule: { type: ${type}, name: 'Password expiry', conditions: { elCondition: { condition: ${condition} } }, actions: { appSignOn: { access: 'ALLOW' } } } });`;

ruleTester.run('valid-account-management-expression', rule, {
  valid: [
    oampRule(`"accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'"`),
    // Nested beyond what the reader takes (1,000 parentheses, 5,000 !): no crash, and silence on the condition.
    oampRule(`"${'('.repeat(1000)}accessRequest.metadata.type == 'expired'${')'.repeat(1000)}"`),
    oampRule(`"${'!'.repeat(5000)}(accessRequest.metadata.type == 'expired')"`),
    // Parentheses and the guard on either side.
    oampRule(`"(accessRequest.authenticator.key == 'okta_password' && accessRequest.operation == 'recover') && (accessRequest.metadata.type == 'expiry')"`),
    oampRule(`"'expiry' == accessRequest.metadata.type AND 'recover' == accessRequest.operation"`),
    // The other account management conditions.
    oampRule(`"accessRequest.operation == 'enroll' || accessRequest.operation == 'unenroll' && accessRequest.authenticator.key == 'okta_verify'"`),
    // Under a negation the guard cannot be proven either way.
    oampRule(`"!(accessRequest.operation != 'recover' || accessRequest.metadata.type != 'expiry')"`),
    // Not a complete literal.
    oampRule("`accessRequest.operation == 'recover' && accessRequest.metadata.type == '${kind}'`"),
    // Not an ACCESS_POLICY rule.
    oampRule(`"accessRequest.metadata.type == 'expired'"`, "'SIGN_ON'"),
    // `accessRequest.metadata` of some other object in app code.
    "const label = accessRequest.metadata.type === 'expired' ? 'Expired' : 'Active';",
    // `metadata` exists only for recover operations, so the comparison on its own (or in an OR) means the same as
    // with the operation spelled out: fetch + JSON.stringify, sdk-nodejs 6, and Pulumi's customExpression.
    code`
      const okta = require('@okta/okta-sdk-nodejs');
      const client = new okta.Client({ orgUrl, token });
      await fetch(\`\${org}/api/v1/policies/\${oampPolicyId}/rules\`, { method: 'POST', body: JSON.stringify({ type: 'ACCESS_POLICY', conditions: { elCondition: { condition: "accessRequest.metadata.type == 'expiry'" } } }) });
      client.updatePolicyRule(oampPolicyId, ruleId, { type: 'ACCESS_POLICY', conditions: { elCondition: { condition: "accessRequest.operation == 'recover' || accessRequest.metadata.type == 'expiry'" } } });
    `,
    "import * as okta from '@pulumi/okta';\nnew okta.AppSignonPolicyRule('expiry', { policyId: oampPolicyId, name: 'Password expiry', customExpression: \"accessRequest.metadata.type == 'expiry'\" });",
    oampRule(`"accessRequest.operation == 'enroll' || accessRequest.metadata.type == 'expiry'"`),
    // A condition in an object that is not sent anywhere.
    "const conditions = { elCondition: { condition: \"accessRequest.metadata.type == 'expired'\" } };\nconsole.log(conditions);",
  ],
  invalid: [
    {
      // A metadata type other than 'expiry'.
      code: oampRule(`"accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expired'"`),
      output: null,
      errors: [{ messageId: 'metadataType', data: { value: 'expired' }, line: 3, column: 169, endLine: 3, endColumn: 251 }],
    },
    {
      // An operation other than recover joined by &&: metadata is never set then, so the condition never matches.
      code: oampRule(`"accessRequest.operation == 'enroll' && accessRequest.metadata.type == 'expiry'"`),
      output: null,
      errors: [{ messageId: 'metadataNeverMatches', data: { operation: 'enroll' }, line: 3, column: 169, endLine: 3, endColumn: 249 }],
    },
    {
      // … also through parentheses, with the operation on the right, in sdk-nodejs 6.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        client.updatePolicyRule(oampPolicyId, ruleId, { type: 'ACCESS_POLICY', conditions: { elCondition: { condition: "('unlockAccount' == accessRequest.operation) && (accessRequest.metadata.type == 'expiry')" } } });
      `,
      output: null,
      errors: [{ messageId: 'metadataNeverMatches', data: { operation: 'unlockAccount' }, line: 3, column: 112, endLine: 3, endColumn: 203 }],
    },
    {
      // axios with an object literal body.
      code: "import axios from 'axios';\nawait axios.put(`${org}/api/v1/policies/${oampPolicyId}/rules/${ruleId}`, { type: 'ACCESS_POLICY', conditions: { elCondition: { condition: \"accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expired'\" } } });",
      output: null,
      errors: [{ messageId: 'metadataType', data: { value: 'expired' }, line: 2, column: 140, endLine: 2, endColumn: 222 }],
    },
    {
      // metadata read some other way.
      code: oampRule(`"accessRequest.operation == 'enroll' && accessRequest.metadata != null"`),
      output: null,
      errors: [{ messageId: 'metadataUse', data: { text: 'accessRequest.metadata != null' }, line: 3, column: 169, endLine: 3, endColumn: 240 }],
    },
    {
      // A shape the reader does not know (a ternary): the compared value is still checked.
      code: oampRule(`"accessRequest.operation == 'recover' ? accessRequest.metadata.type == 'expird' : false"`),
      output: null,
      errors: [{ messageId: 'metadataType', data: { value: 'expird' }, line: 3, column: 169, endLine: 3, endColumn: 257 }],
    },
    {
      // Pulumi: okta.AppSignonPolicyRule manages the account management policy's rules; the condition is customExpression.
      code: code`
        import * as okta from '@pulumi/okta';
        new okta.AppSignonPolicyRule('expiry', { policyId: oampPolicyId, name: 'Password expiry', customExpression: "accessRequest.metadata.type == 'expired'" });
      `,
      output: null,
      errors: [{ messageId: 'metadataType', data: { value: 'expired' }, line: 2, column: 109, endLine: 2, endColumn: 151 }],
    },
  ],
});

jsonRuleTester.run('valid-account-management-expression (JSON)', rule as never, {
  valid: [
    {
      code: '{ "type": "ACCESS_POLICY", "name": "r", "conditions": { "elCondition": { "condition": "accessRequest.operation == \'recover\' && accessRequest.metadata.type == \'expiry\'" } } }',
      filename: 'policies/oamp-rule.json',
    },
  ],
  invalid: [
    {
      code: '{\n  "type": "ACCESS_POLICY",\n  "name": "Password expiry",\n  "conditions": { "elCondition": { "condition": "accessRequest.metadata.type == \'expiring\'" } }\n}',
      filename: 'policies/oamp-rule.json',
      output: null,
      errors: [{ messageId: 'metadataType', data: { value: 'expiring' }, line: 4, column: 49, endLine: 4, endColumn: 92 }],
    },
  ],
});
