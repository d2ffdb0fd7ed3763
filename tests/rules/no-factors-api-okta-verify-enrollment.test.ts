import rule from '../../src/rules/no-factors-api-okta-verify-enrollment.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const oktaVerify =
  'only the first Okta Verify enrollment is allowed, the FIPS and user verification requirements are not enforced, and the enrollment is not bound to a device';
const webauthn = "the authenticator's user verification setting is not enforced";

ruleTester.run('no-factors-api-okta-verify-enrollment', rule, {
  valid: [
    // SMS, email, security question and Google Authenticator enrollment are not part of the limitation.
    "import axios from 'axios';\nawait axios.post(`${okta}/api/v1/users/${userId}/factors`, { factorType: 'sms', provider: 'OKTA', profile: { phoneNumber } });\nawait axios.post(`${okta}/api/v1/users/${userId}/factors`, { factorType: 'token:software:totp', provider: 'GOOGLE' });",
    "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.userFactorApi.enrollFactor({ userId, body: { factorType: 'email', provider: 'OKTA', profile: { email } } });",
    // Listing factors, and enrolling through IDX.
    "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nfor await (const factor of client.userFactorApi.listFactors({ userId })) { console.log(factor.factorType === 'push'); }",
    "import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer });\nawait authClient.idx.proceed({ authenticator: 'okta_verify', factorType: 'push', provider: 'OKTA' });",
    // An object of that shape that goes nowhere Okta.
    "const okta = { factorType: 'push', provider: 'OKTA' };\nrender(okta);",
    // Unknown values stay silent.
    "await fetch(`${okta}/api/v1/users/${userId}/factors`, { method: 'POST', body: JSON.stringify({ factorType: type, provider: 'OKTA' }) });",
    { code: "await fetch(`${okta}/api/v1/users/${userId}/factors`, { method: 'POST', body: JSON.stringify({ factorType: 'push', provider: 'OKTA' }) });", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      // REST: fetch, axios (with a query), got, superagent, and the Classic authn enrollment.
      code: code`
        import axios from 'axios';
        import got from 'got';
        const request = require('superagent');
        await fetch(\`\${okta}/api/v1/users/\${userId}/factors\`, { method: 'POST', body: JSON.stringify({ factorType: 'push', provider: 'OKTA' }) });
        await axios.post(\`\${okta}/api/v1/users/\${userId}/factors?activate=true\`, { factorType: 'token:software:totp', provider: 'OKTA' });
        await got.post(\`\${okta}/api/v1/users/\${userId}/factors\`, { json: { factorType: 'webauthn', provider: 'FIDO' } });
        await request.post(\`\${okta}/api/v1/authn/factors\`).send({ stateToken, factorType: 'push', provider: 'OKTA' });
      `,
      output: null,
      errors: [
        {
          messageId: 'limitedEnrollment',
          data: { authenticator: 'Okta Verify', provider: 'OKTA', factorType: 'push', api: '`POST /api/v1/users/{id}/factors`', notEnforced: oktaVerify },
          line: 4,
          column: 108,
          endLine: 4,
          endColumn: 114,
        },
        {
          messageId: 'limitedEnrollment',
          data: { authenticator: 'Okta Verify', provider: 'OKTA', factorType: 'token:software:totp', api: '`POST /api/v1/users/{id}/factors`', notEnforced: oktaVerify },
          line: 5,
          column: 88,
          endLine: 5,
          endColumn: 109,
        },
        {
          messageId: 'limitedEnrollment',
          data: { authenticator: 'FIDO2 (WebAuthn)', provider: 'FIDO', factorType: 'webauthn', api: '`POST /api/v1/users/{id}/factors`', notEnforced: webauthn },
          line: 6,
          column: 80,
          endLine: 6,
          endColumn: 90,
        },
        {
          messageId: 'limitedEnrollment',
          data: { authenticator: 'Okta Verify', provider: 'OKTA', factorType: 'push', api: '`POST /api/v1/authn/factors`', notEnforced: oktaVerify },
          line: 7,
          column: 83,
          endLine: 7,
          endColumn: 89,
        },
      ],
    },
    {
      // okta-sdk-nodejs 7+ and 6 (client method and User model method), body in a constant.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        const push = { factorType: 'push', provider: 'OKTA' };
        await client.userFactorApi.enrollFactor({ userId, body: push, activate: true });
        await client.enrollFactor(userId, { factorType: 'token:software:totp', provider: 'OKTA' });
        const user = await client.getUser(userId);
        await user.enrollFactor({ factorType: 'webauthn', provider: 'FIDO' });
      `,
      output: null,
      errors: [
        {
          messageId: 'limitedEnrollment',
          data: { authenticator: 'Okta Verify', provider: 'OKTA', factorType: 'push', api: 'okta-sdk-nodejs `userFactorApi.enrollFactor()`', notEnforced: oktaVerify },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 34,
        },
        {
          messageId: 'limitedEnrollment',
          data: { authenticator: 'Okta Verify', provider: 'OKTA', factorType: 'token:software:totp', api: 'okta-sdk-nodejs `enrollFactor()`', notEnforced: oktaVerify },
          line: 5,
          column: 49,
          endLine: 5,
          endColumn: 70,
        },
        {
          messageId: 'limitedEnrollment',
          data: { authenticator: 'FIDO2 (WebAuthn)', provider: 'FIDO', factorType: 'webauthn', api: 'okta-sdk-nodejs `user.enrollFactor()`', notEnforced: webauthn },
          line: 7,
          column: 39,
          endLine: 7,
          endColumn: 49,
        },
      ],
    },
  ],
});

jsonRuleTester.run('no-factors-api-okta-verify-enrollment (JSON)', rule as never, {
  valid: [
    { code: '{ "factorType": "sms", "provider": "OKTA", "profile": { "phoneNumber": "+1 555 0100" } }', filename: 'factor.json' },
    { code: '{ "factorType": "push", "label": "not an enrollment" }', filename: 'factor.json' },
  ],
  invalid: [
    {
      code: '[\n  { "factorType": "token:software:totp", "provider": "OKTA" },\n  { "factorType": "question", "provider": "OKTA" }\n]',
      filename: 'fixtures/factors.json',
      output: null,
      errors: [
        {
          messageId: 'limitedEnrollment',
          data: { authenticator: 'Okta Verify', provider: 'OKTA', factorType: 'token:software:totp', api: 'the Factors API', notEnforced: oktaVerify },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 40,
        },
      ],
    },
  ],
});
