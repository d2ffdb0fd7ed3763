import rule from '../../src/rules/valid-enrollment-grace-period.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
/** An MFA_ENROLL createPolicy call whose only authenticator has this grace period. */
const enroll = (gracePeriod: string, type = "'MFA_ENROLL'") =>
  sdk +
  `await client.policyApi.createPolicy({ policy: { type: ${type}, name: 'Enroll', settings: { type: 'AUTHENTICATORS', authenticators: [{ key: 'google_otp', enroll: { self: 'REQUIRED', gracePeriod: ${gracePeriod} } }] } } });`;

ruleTester.run('valid-enrollment-grace-period', rule, {
  valid: [
    enroll("{ type: 'BY_SKIP_COUNT', skipCount: 3 }"),
    enroll("{ type: 'BY_SKIP_COUNT', skipCount: 10 }"),
    enroll("{ type: 'BY_DATE_TIME', expiry: '2026-03-01T18:30:45.000Z' }"),
    // null is what the API sends back for the field of the other type.
    enroll("{ type: 'BY_SKIP_COUNT', skipCount: 1, expiry: null }"),
    // Values known only at run time.
    enroll('{ type: graceType, skipCount }'),
    enroll("{ type: 'BY_DATE_TIME', expiry: deadline.toISOString() }"),
    enroll("{ type: 'BY_SKIP_COUNT', ...counts }"),
    // Not an MFA_ENROLL policy, or a policy type that is not known.
    enroll("{ type: 'BY_SKIP_COUNT', skipCount: 25 }", "'ACCESS_POLICY'"),
    enroll("{ type: 'BY_SKIP_COUNT', skipCount: 25 }", 'policyType'),
    // The device assurance grace period is another object with other types.
    sdk +
      "await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'A', platform: 'ANDROID', gracePeriod: { type: 'BY_DURATION', expiry: 'P7D' } } });",
    // A grace period in an object that is not sent anywhere.
    "const settings = { authenticators: [{ enroll: { gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 25 } } }] };\nconsole.log(settings);",
    // Sign-in page strings: the description alone, or both link strings.
    sdk +
      "await client.customizationApi.replaceCustomizedSignInPage({ brandId, SignInPage: { widgetCustomizations: { gracePeriodRequiredSoon: { gracePeriodRequiredSoonDescription: 'Set up your authenticator soon.' } } } });",
    sdk +
      "await client.customizationApi.replacePreviewSignInPage({ brandId, SignInPage: { widgetCustomizations: { gracePeriodRequiredSoon: { gracePeriodRequiredSoonCustomLinkLabel: 'Why?', gracePeriodRequiredSoonCustomLinkUrl: 'https://acme.example/mfa' } } } });",
  ],
  invalid: [
    {
      // sdk-nodejs 7+: a skip count out of range, an expiry without milliseconds, a skip count on a BY_DATE_TIME period.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicy({
          policy: {
            type: 'MFA_ENROLL',
            name: 'Authenticator enrollment',
            settings: {
              type: 'AUTHENTICATORS',
              authenticators: [
                { key: 'google_otp', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 25 } } },
                { key: 'phone_number', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00:00Z', skipCount: 3 } } },
              ],
            },
          },
        });
      `,
      output: null,
      errors: [
        { messageId: 'skipCountRange', data: { min: '1', max: '10', value: '25' }, line: 10, column: 107, endLine: 10, endColumn: 109, suggestions: [] },
        {
          messageId: 'expiryFormat',
          data: { value: '2026-03-01T00:00:00Z' },
          line: 11,
          column: 105,
          endLine: 11,
          endColumn: 127,
          suggestions: [
            {
              messageId: 'useExpiry',
              data: { expiry: '2026-03-01T00:00:00.000Z', assumption: '' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.policyApi.createPolicy({
                  policy: {
                    type: 'MFA_ENROLL',
                    name: 'Authenticator enrollment',
                    settings: {
                      type: 'AUTHENTICATORS',
                      authenticators: [
                        { key: 'google_otp', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 25 } } },
                        { key: 'phone_number', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00:00.000Z', skipCount: 3 } } },
                      ],
                    },
                  },
                });
              `,
            },
          ],
        },
        {
          messageId: 'wrongField',
          data: { field: 'skipCount', otherType: 'BY_SKIP_COUNT', type: 'BY_DATE_TIME', expected: 'expiry' },
          line: 11,
          column: 129,
          endLine: 11,
          endColumn: 138,
          suggestions: [
            {
              messageId: 'removeField',
              data: { field: 'skipCount' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.policyApi.createPolicy({
                  policy: {
                    type: 'MFA_ENROLL',
                    name: 'Authenticator enrollment',
                    settings: {
                      type: 'AUTHENTICATORS',
                      authenticators: [
                        { key: 'google_otp', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 25 } } },
                        { key: 'phone_number', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00:00Z' } } },
                      ],
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // fetch + JSON.stringify: an expiry on a BY_SKIP_COUNT period with no skip count.
      code: code`
        await fetch(\`\${orgUrl}/api/v1/policies/\${policyId}\`, {
          method: 'PUT',
          body: JSON.stringify({
            type: 'MFA_ENROLL',
            settings: { authenticators: [{ key: 'okta_verify', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', expiry: '2026-03-01T00:00:00.000Z' } } }] },
          }),
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'wrongField',
          data: { field: 'expiry', otherType: 'BY_DATE_TIME', type: 'BY_SKIP_COUNT', expected: 'skipCount' },
          line: 5,
          column: 122,
          endLine: 5,
          endColumn: 128,
          suggestions: [
            {
              messageId: 'useType',
              data: { type: 'BY_DATE_TIME' },
              output: code`
                await fetch(\`\${orgUrl}/api/v1/policies/\${policyId}\`, {
                  method: 'PUT',
                  body: JSON.stringify({
                    type: 'MFA_ENROLL',
                    settings: { authenticators: [{ key: 'okta_verify', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00:00.000Z' } } }] },
                  }),
                });
              `,
            },
            {
              messageId: 'removeField',
              output: code`
                await fetch(\`\${orgUrl}/api/v1/policies/\${policyId}\`, {
                  method: 'PUT',
                  body: JSON.stringify({
                    type: 'MFA_ENROLL',
                    settings: { authenticators: [{ key: 'okta_verify', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT' } } }] },
                  }),
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // sdk-nodejs 6 createPolicy(policy): no type at all (one per line), a skip count written as a string.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        const gracePeriod = {
          skipCount: 3,
        };
        client.createPolicy({ type: 'MFA_ENROLL', settings: { authenticators: [
          { key: 'okta_email', enroll: { self: 'REQUIRED', gracePeriod: {
            skipCount: 3,
          } } },
          { key: 'phone_number', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: '4' } } },
          { key: 'yubikey_token', enroll: { self: 'REQUIRED', gracePeriod } },
        ] } });
      `,
      output: null,
      errors: [
        {
          messageId: 'missingType',
          line: 7,
          column: 52,
          endLine: 7,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'addType',
              data: { type: 'BY_SKIP_COUNT' },
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const client = new okta.Client({ orgUrl, token });
                const gracePeriod = {
                  skipCount: 3,
                };
                client.createPolicy({ type: 'MFA_ENROLL', settings: { authenticators: [
                  { key: 'okta_email', enroll: { self: 'REQUIRED', gracePeriod: {
                    type: 'BY_SKIP_COUNT',
                    skipCount: 3,
                  } } },
                  { key: 'phone_number', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: '4' } } },
                  { key: 'yubikey_token', enroll: { self: 'REQUIRED', gracePeriod } },
                ] } });
              `,
            },
          ],
        },
        {
          messageId: 'skipCountRange',
          data: { min: '1', max: '10', value: "'4'" },
          line: 10,
          column: 103,
          endLine: 10,
          endColumn: 106,
          suggestions: [
            {
              messageId: 'useNumber',
              data: { value: '4' },
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const client = new okta.Client({ orgUrl, token });
                const gracePeriod = {
                  skipCount: 3,
                };
                client.createPolicy({ type: 'MFA_ENROLL', settings: { authenticators: [
                  { key: 'okta_email', enroll: { self: 'REQUIRED', gracePeriod: {
                    skipCount: 3,
                  } } },
                  { key: 'phone_number', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 4 } } },
                  { key: 'yubikey_token', enroll: { self: 'REQUIRED', gracePeriod } },
                ] } });
              `,
            },
          ],
        },
        {
          // Through a constant: reported, but the constant is not edited.
          messageId: 'missingType',
          line: 11,
          column: 55,
          endLine: 11,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
    {
      // axios with an object literal body.
      code: code`
        import axios from 'axios';
        await axios.put(\`\${org}/api/v1/policies/\${policyId}\`, { type: 'MFA_ENROLL', settings: { authenticators: [{ key: 'okta_email', enroll: { gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 0 } } }] } });
      `,
      output: null,
      errors: [{ messageId: 'skipCountRange', data: { min: '1', max: '10', value: '0' }, line: 2, column: 186, endLine: 2, endColumn: 187, suggestions: [] }],
    },
    {
      // A device assurance grace period type in an enrollment grace period.
      code: enroll("{ type: 'BY_DURATION', expiry: 'P7D' }"),
      output: null,
      errors: [{ messageId: 'deviceAssuranceType', data: { value: 'BY_DURATION' }, line: 3, column: 208, endLine: 3, endColumn: 221 }],
    },
    {
      // The sign-in page prompt: one custom link string without the other.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.customizationApi.replaceCustomizedSignInPage({ brandId, SignInPage: { widgetCustomizations: { gracePeriodRequiredSoon: { gracePeriodRequiredSoonCustomLinkLabel: 'Why?' } } } });
        await fetch(\`\${orgUrl}/api/v1/brands/\${brandId}/pages/sign-in/preview\`, { method: 'PUT', body: JSON.stringify({ widgetCustomizations: { gracePeriodRequiredSoon: { gracePeriodRequiredSoonCustomLinkUrl: 'https://acme.example/mfa' } } }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'customLinkPair',
          data: { present: 'gracePeriodRequiredSoonCustomLinkLabel', missing: 'gracePeriodRequiredSoonCustomLinkUrl' },
          line: 3,
          column: 135,
          endLine: 3,
          endColumn: 173,
        },
        {
          messageId: 'customLinkPair',
          data: { present: 'gracePeriodRequiredSoonCustomLinkUrl', missing: 'gracePeriodRequiredSoonCustomLinkLabel' },
          line: 4,
          column: 164,
          endLine: 4,
          endColumn: 200,
        },
      ],
    },
  ],
});

jsonRuleTester.run('valid-enrollment-grace-period (JSON)', rule as never, {
  valid: [
    {
      code: '{ "type": "MFA_ENROLL", "name": "Enroll", "settings": { "authenticators": [{ "key": "phone_number", "enroll": { "self": "REQUIRED", "gracePeriod": { "type": "BY_DATE_TIME", "expiry": "2025-01-01T18:30:45.000Z" } } }] } }',
      filename: 'policies/mfa-enroll.json',
    },
  ],
  invalid: [
    {
      // A date alone: the suggestion reads it as midnight UTC and says so.
      code: '{\n  "type": "MFA_ENROLL",\n  "name": "Enroll",\n  "settings": { "authenticators": [{ "key": "phone_number", "enroll": { "gracePeriod": { "type": "BY_DATE_TIME", "expiry": "2026-03-01" } } }] }\n}',
      filename: 'policies/mfa-enroll.json',
      output: null,
      errors: [
        {
          messageId: 'expiryFormat',
          data: { value: '2026-03-01' },
          line: 4,
          column: 124,
          endLine: 4,
          endColumn: 136,
          suggestions: [
            {
              messageId: 'useExpiry',
              data: { expiry: '2026-03-01T00:00:00.000Z', assumption: ', reading the time as UTC' },
              output:
                '{\n  "type": "MFA_ENROLL",\n  "name": "Enroll",\n  "settings": { "authenticators": [{ "key": "phone_number", "enroll": { "gracePeriod": { "type": "BY_DATE_TIME", "expiry": "2026-03-01T00:00:00.000Z" } } }] }\n}',
            },
          ],
        },
      ],
    },
  ],
});
