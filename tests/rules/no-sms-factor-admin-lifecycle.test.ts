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
