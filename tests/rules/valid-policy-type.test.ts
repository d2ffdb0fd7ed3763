import rule from '../../src/rules/valid-policy-type.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
const message = (value = 'CLIENT_POLICY', correct = 'CLIENT_UPDATE') => ({ messageId: 'notAPolicyType' as const, data: { value, correct } });

ruleTester.run('valid-policy-type', rule, {
  valid: [
    // The API's value.
    sdk + "await client.policyApi.listPolicies({ type: 'CLIENT_UPDATE' });",
    // A local constant named CLIENT_POLICY is not a use of the wrong name.
    sdk + "const CLIENT_POLICY = 'CLIENT_UPDATE';\nawait client.policyApi.listPolicies({ type: CLIENT_POLICY });",
    // The string outside a policy-type position: a label, a log line, another endpoint, another SDK method.
    sdk + "console.log('CLIENT_POLICY is called CLIENT_UPDATE in the API');",
    sdk + "await client.userApi.listUsers({ search: 'profile.team eq \"CLIENT_POLICY\"' });",
    "await fetch(`${org}/api/v1/apps?type=CLIENT_POLICY`);",
    "await fetch(`${org}/api/v1/policies/${id}/rules?type=CLIENT_POLICY`);",
    "const settings = { type: 'CLIENT_POLICY' };\nsave(settings);",
    // A local function called fetch is not an HTTP client.
    "function fetch(url) { return url; }\nfetch('/api/v1/policies?type=CLIENT_POLICY');",
    // A run-time type stays unknown.
    sdk + 'await client.policyApi.listPolicies({ type: policyType });',
    // Classic Engine orgs have no client update policy to ask for, and the rule is about Identity Engine.
    {
      code: sdk + "await client.policyApi.listPolicies({ type: 'CLIENT_POLICY' });",
      settings: { 'okta-oie': { engine: 'classic' } },
    },
  ],
  invalid: [
    {
      // A policy written at a same-file helper's call site: the caller's object may go elsewhere too, so a suggestion;
      // the same object written in the SDK call is fixed.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        function createPolicy(policy) {
          return client.policyApi.createPolicy({ policy });
        }
        await createPolicy({ type: 'CLIENT_POLICY', name: 'Client update' });
        await client.policyApi.createPolicy({ policy: { type: 'CLIENT_POLICY', name: 'Inline' } });
      `,
      output: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        function createPolicy(policy) {
          return client.policyApi.createPolicy({ policy });
        }
        await createPolicy({ type: 'CLIENT_POLICY', name: 'Client update' });
        await client.policyApi.createPolicy({ policy: { type: 'CLIENT_UPDATE', name: 'Inline' } });
      `,
      errors: [
        {
          ...message(),
          line: 6,
          column: 28,
          endLine: 6,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useApiName',
              data: { correct: 'CLIENT_UPDATE' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                function createPolicy(policy) {
                  return client.policyApi.createPolicy({ policy });
                }
                await createPolicy({ type: 'CLIENT_UPDATE', name: 'Client update' });
                await client.policyApi.createPolicy({ policy: { type: 'CLIENT_POLICY', name: 'Inline' } });
              `,
            },
          ],
        },
        { ...message(), line: 7, column: 55, endLine: 7, endColumn: 70 },
      ],
    },
    {
      // sdk-nodejs 7+: listPolicies, and a policy body.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        const policies = await client.policyApi.listPolicies({ type: 'CLIENT_POLICY' });
        await client.policyApi.replacePolicy({ policyId, policy: { type: "CLIENT_POLICY", name: 'Okta Verify updates' } });
      `,
      output: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        const policies = await client.policyApi.listPolicies({ type: 'CLIENT_UPDATE' });
        await client.policyApi.replacePolicy({ policyId, policy: { type: "CLIENT_UPDATE", name: 'Okta Verify updates' } });
      `,
      errors: [
        { ...message(), line: 3, column: 62, endLine: 3, endColumn: 77 },
        { ...message(), line: 4, column: 66, endLine: 4, endColumn: 81 },
      ],
    },
    {
      // sdk-nodejs 6: client.listPolicies({ type }) and a rule body with TypeScript casts.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        client.listPolicies({ type: 'CLIENT_POLICY' as const }).each((policy) => console.log(policy.id));
        client.updatePolicyRule(policyId, ruleId, { type: <any>'CLIENT_POLICY', name: 'OV' });
      `,
      output: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        client.listPolicies({ type: 'CLIENT_UPDATE' as const }).each((policy) => console.log(policy.id));
        client.updatePolicyRule(policyId, ruleId, { type: <any>'CLIENT_UPDATE', name: 'OV' });
      `,
      errors: [
        { ...message(), line: 3, column: 29, endLine: 3, endColumn: 44 },
        { ...message(), line: 4, column: 56, endLine: 4, endColumn: 71 },
      ],
    },
    {
      // The ?type= query in a URL template, a literal and a same-file constant; only the value is replaced.
      code: code`
        const base = process.env.OKTA_ORG_URL;
        const list = '/api/v1/policies?type=CLIENT_POLICY&status=ACTIVE';
        await fetch(\`\${base}/api/v1/policies?type=CLIENT_POLICY\`, { headers });
        await fetch(base + list);
        await fetch(list);
      `,
      output: code`
        const base = process.env.OKTA_ORG_URL;
        const list = '/api/v1/policies?type=CLIENT_UPDATE&status=ACTIVE';
        await fetch(\`\${base}/api/v1/policies?type=CLIENT_UPDATE\`, { headers });
        await fetch(base + list);
        await fetch(list);
      `,
      errors: [
        // `base + list` cannot be edited in place: reported on the URL, fixed through `fetch(list)`.
        { ...message(), line: 2, column: 37, endLine: 2, endColumn: 50 },
        { ...message(), line: 3, column: 43, endLine: 3, endColumn: 56 },
        { ...message(), line: 4, column: 13, endLine: 4, endColumn: 24 },
      ],
    },
    {
      // axios params, got searchParams, and a raw POST body (object literal and JSON.stringify).
      code: code`
        import axios from 'axios';
        import got from 'got';
        const okta = axios.create({ baseURL: process.env.OKTA_ORG_URL });
        await okta.get('/api/v1/policies', { params: { type: 'CLIENT_POLICY' } });
        await got('https://acme.okta.com/api/v1/policies', { searchParams: { type: 'CLIENT_POLICY' } });
        await axios.post(\`\${org}/api/v1/policies\`, { type: 'CLIENT_POLICY', name: 'x' });
        await fetch(\`\${org}/api/v1/policies\`, { method: 'POST', body: JSON.stringify({ type: 'CLIENT_POLICY', name: 'x' }) });
      `,
      output: code`
        import axios from 'axios';
        import got from 'got';
        const okta = axios.create({ baseURL: process.env.OKTA_ORG_URL });
        await okta.get('/api/v1/policies', { params: { type: 'CLIENT_UPDATE' } });
        await got('https://acme.okta.com/api/v1/policies', { searchParams: { type: 'CLIENT_UPDATE' } });
        await axios.post(\`\${org}/api/v1/policies\`, { type: 'CLIENT_UPDATE', name: 'x' });
        await fetch(\`\${org}/api/v1/policies\`, { method: 'POST', body: JSON.stringify({ type: 'CLIENT_UPDATE', name: 'x' }) });
      `,
      errors: [
        { ...message(), line: 4, column: 54, endLine: 4, endColumn: 69 },
        { ...message(), line: 5, column: 76, endLine: 5, endColumn: 91 },
        { ...message(), line: 6, column: 52, endLine: 6, endColumn: 67 },
        { ...message(), line: 7, column: 86, endLine: 7, endColumn: 101 },
      ],
    },
    {
      // Through a constant: reported where it is used, no fix (the constant may serve other code).
      code: sdk + "const TYPE = 'CLIENT_POLICY';\nawait client.policyApi.listPolicies({ type: TYPE });",
      output: null,
      errors: [{ ...message(), line: 4, column: 45, endLine: 4, endColumn: 49 }],
    },
    {
      // Before the client update policy is GA in Production (May 2026), CLIENT_UPDATE would be reported by
      // no-unavailable-features: the message says so, and the rename is a suggestion, not a fix.
      code: sdk + "await client.policyApi.replacePolicy({ policyId, policy: { type: 'CLIENT_POLICY', name: 'Okta Verify updates' } });",
      settings: { 'okta-oie': { asOf: '2026-04-15' } },
      output: null,
      errors: [
        {
          messageId: 'notAPolicyTypeNotAvailable',
          data: { value: 'CLIENT_POLICY', correct: 'CLIENT_UPDATE', feature: 'Client update policy', channel: 'Production', asOf: '2026-04-15' },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useApiName',
              data: { correct: 'CLIENT_UPDATE' },
              output: sdk + "await client.policyApi.replacePolicy({ policyId, policy: { type: 'CLIENT_UPDATE', name: 'Okta Verify updates' } });",
            },
          ],
        },
      ],
    },
    {
      // The same day in a Preview org (GA there since 2026-04-01), or with the flag listed: the fix is safe.
      code: sdk + "await client.policyApi.listPolicies({ type: 'CLIENT_POLICY' });",
      settings: { 'okta-oie': { asOf: '2026-04-15', channel: 'preview' } },
      output: sdk + "await client.policyApi.listPolicies({ type: 'CLIENT_UPDATE' });",
      errors: [{ ...message(), line: 3, column: 45, endLine: 3, endColumn: 60 }],
    },
    {
      code: sdk + "await client.policyApi.listPolicies({ type: 'CLIENT_POLICY' });",
      settings: { 'okta-oie': { asOf: '2026-02-01', enabledFeatures: ['OKTA_VERIFY_RELEASE_CONTROL_POLICY'] } },
      output: sdk + "await client.policyApi.listPolicies({ type: 'CLIENT_UPDATE' });",
      errors: [{ ...message(), line: 3, column: 45, endLine: 3, endColumn: 60 }],
    },
  ],
});

jsonRuleTester.run('valid-policy-type (JSON)', rule as never, {
  valid: [
    { code: '{ "type": "CLIENT_UPDATE", "name": "Okta Verify updates" }', filename: 'policies/client-update.json' },
    // Not a policy: no name, settings or conditions next to the type.
    { code: '{ "type": "CLIENT_POLICY" }', filename: 'labels.json' },
  ],
  invalid: [
    {
      code: '{\n  "type": "CLIENT_POLICY",\n  "name": "Okta Verify updates"\n}',
      filename: 'policies/client-update.json',
      output: '{\n  "type": "CLIENT_UPDATE",\n  "name": "Okta Verify updates"\n}',
      errors: [{ ...message(), line: 2, column: 11, endLine: 2, endColumn: 26 }],
    },
  ],
});
