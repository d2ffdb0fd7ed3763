import rule from '../../src/rules/no-sms-factor-admin-lifecycle.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const instead =
  "the Authenticators API: the phone authenticator (key `phone_number`) and `POST /api/v1/authenticators/{authenticatorId}/methods/sms/lifecycle/activate|deactivate` (okta-sdk-nodejs 7.2+: `authenticatorApi.activateAuthenticatorMethod()` / `deactivateAuthenticatorMethod()`; Pulumi: `okta.Authenticator` with `key: 'phone_number'`)";

ruleTester.run('no-sms-factor-admin-lifecycle', rule, {
  valid: [
    // Other org factors, and the YubiKey token API under /api/v1/org/factors.
    "import got from 'got';\nawait got.post(`${okta}/api/v1/org/factors/google_otp/lifecycle/activate`);\nawait got.get(`${okta}/api/v1/org/factors/yubikey_token/tokens`);\nconst note = 'okta_sms';",
    // Enrolling a user in SMS through the Factors API is not an org lifecycle operation.
    "import axios from 'axios';\nawait axios.post(`${okta}/api/v1/users/${userId}/factors`, { factorType: 'sms', provider: 'OKTA', profile: { phoneNumber } });\nconst provider = 'okta_sms';",
    // Reading the org factor is fine.
    "await fetch(`${okta}/api/v1/org/factors/okta_sms`);",
    // The Authenticators API replacement, and other Pulumi factors.
    "import * as okta from '@pulumi/okta';\nnew okta.Authenticator('phone', { key: 'phone_number', name: 'Phone', status: 'INACTIVE' });\nnew okta.factor.Factor('totp', { providerId: 'google_otp' });\nconst legacy = 'okta_sms';",
    // A local class named like the Pulumi one.
    "class Factor {}\nnew Factor('sms', { providerId: 'okta_sms' });",
    { code: "await fetch(`${okta}/api/v1/org/factors/okta_sms/lifecycle/activate`, { method: 'POST' });", settings: { 'okta-oie': { engine: 'classic' } } },
    // The app's own routes with the same path, and test doubles of another service.
    "app.post('/api/v1/org/factors/okta_sms/lifecycle/activate', activateHandler);\nrouter.post('/api/v1/org/factors/okta_sms/lifecycle/deactivate', (req, res) => res.sendStatus(204));",
    "nock('https://mock.example.com').post('/api/v1/org/factors/okta_sms/lifecycle/activate').reply(200);\nmock.onPost('/api/v1/org/factors/okta_sms/lifecycle/deactivate').reply(200);\ncy.intercept('POST', '/api/v1/org/factors/okta_sms/lifecycle/activate', { statusCode: 200 });",
    // A server matching the path of a request it received.
    "if (req.path === '/api/v1/org/factors/okta_sms/lifecycle/activate') forward(req);",
    // CDKTF: another factor.
    "import { Factor } from '@cdktf/provider-okta/lib/factor';\nnew Factor(this, 'totp', { providerId: 'google_otp' });\nconst provider = 'okta_sms';",
  ],
  invalid: [
    {
      code: code`
        import axios from 'axios';
        import got from 'got';
        const request = require('superagent');
        await fetch(\`\${okta}/api/v1/org/factors/okta_sms/lifecycle/activate\`, { method: 'POST', headers });
        await got.post(\`\${okta}/api/v1/org/factors/okta_sms/lifecycle/deactivate\`, { headers });
        const factorId = 'okta_sms';
        await axios.post(\`\${okta}/api/v1/org/factors/\${factorId}/lifecycle/\${enable ? 'activate' : 'deactivate'}\`);
        await request.post(okta + '/api/v1/org/factors/okta_sms/lifecycle/activate').set(headers);
      `,
      output: null,
      errors: [
        {
          messageId: 'smsLifecycleEndpoint',
          data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/activate', instead },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 69,
        },
        {
          messageId: 'smsLifecycleEndpoint',
          data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/deactivate', instead },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 74,
        },
        // A run-time choice of activate/deactivate is still one of the two.
        { messageId: 'smsLifecycleEndpoint', data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/{…}', instead }, line: 7, column: 18, endLine: 7, endColumn: 106 },
        { messageId: 'smsLifecycleEndpoint', line: 8, column: 20, endLine: 8, endColumn: 76 },
      ],
    },
    {
      // API clients kept on \`this\`: axios.create in the constructor, got.extend as a field, ky.create as a private field,
      // and a fetch wrapper method called with the path.
      code: code`
        import axios from 'axios';
        import got from 'got';
        import ky from 'ky';
        class OktaAdmin {
          constructor(org, token) {
            this.http = axios.create({ baseURL: \`\${org}/api/v1\`, headers: { Authorization: \`SSWS \${token}\` } });
          }
          activateSms() { return this.http.post('/org/factors/okta_sms/lifecycle/activate'); }
        }
        class Factors {
          http = got.extend({ prefixUrl: \`\${process.env.OKTA_ORG}/api/v1\` });
          #client = ky.create({ prefixUrl: \`\${process.env.OKTA_ORG}/api/v1\` });
          off() { return this.http.post('org/factors/okta_sms/lifecycle/deactivate'); }
          on() { return this.#client.post('org/factors/okta_sms/lifecycle/activate'); }
        }
        class Raw {
          constructor(org) { this.org = org; }
          async request(path, init) { return fetch(this.org + path, init); }
          activate() { return this.request('/api/v1/org/factors/okta_sms/lifecycle/activate', { method: 'POST' }); }
          list() { return this.request('/api/v1/org/factors'); }
        }
      `,
      output: null,
      errors: [
        { messageId: 'smsLifecycleEndpoint', data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/activate', instead }, line: 8, column: 41, endLine: 8, endColumn: 83 },
        { messageId: 'smsLifecycleEndpoint', data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/deactivate', instead }, line: 13, column: 33, endLine: 13, endColumn: 76 },
        { messageId: 'smsLifecycleEndpoint', data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/activate', instead }, line: 14, column: 35, endLine: 14, endColumn: 76 },
        // Reported at the call of the wrapper, where the path is written.
        { messageId: 'smsLifecycleEndpoint', data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/activate', instead }, line: 19, column: 36, endLine: 19, endColumn: 85 },
      ],
    },
    {
      // The path written where the request is not: an endpoint constant of a paths module, a literal handed to an
      // imported helper.
      code: code`
        import { post } from './http';
        export const SMS_ACTIVATE = '/api/v1/org/factors/okta_sms/lifecycle/activate';
        export const deactivate = (org) => post(\`\${org}/api/v1/org/factors/okta_sms/lifecycle/deactivate\`);
      `,
      output: null,
      errors: [
        { messageId: 'smsLifecycleEndpoint', data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/activate', instead }, line: 2, column: 29, endLine: 2, endColumn: 78 },
        { messageId: 'smsLifecycleEndpoint', data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/deactivate', instead }, line: 3, column: 41, endLine: 3, endColumn: 98 },
      ],
    },
    {
      // CDKTF (@cdktf/provider-okta, and the bindings \`cdktf get\` generates): read like the Pulumi resource.
      code: code`
        import { Factor } from '@cdktf/provider-okta/lib/factor';
        import * as okta from './.gen/providers/okta';
        new Factor(this, 'sms', { providerId: 'okta_sms', active: true });
        new okta.factor.Factor(this, 'sms-off', { providerId: 'okta_sms', active: false });
      `,
      output: null,
      errors: [
        { messageId: 'smsFactorResource', data: { resource: 'factor.Factor', instead }, line: 3, column: 39, endLine: 3, endColumn: 49 },
        { messageId: 'smsFactorResource', data: { resource: 'factor.Factor', instead }, line: 4, column: 55, endLine: 4, endColumn: 65 },
      ],
    },
    {
      // Pulumi
      code: code`
        import * as okta from '@pulumi/okta';
        export const sms = new okta.factor.Factor('sms', { providerId: 'okta_sms', active: false });
      `,
      output: null,
      errors: [{ messageId: 'smsFactorResource', data: { resource: 'factor.Factor', instead }, line: 2, column: 64, endLine: 2, endColumn: 74 }],
    },
  ],
});
