import rule from '../../src/rules/valid-platform-condition.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
const accessAllowed = '`ANDROID`, `ANY`, `CHROMEOS`, `IOS`, `MACOS`, `OSX`, `OTHER`, `WINDOWS` and `LINUX`';
const signalAllowed = '`ANDROID`, `CHROMEOS`, `IOS`, `MACOS` and `WINDOWS`';

ruleTester.run('valid-platform-condition', rule, {
  valid: [
    // LINUX where the API takes it: ACCESS_POLICY and IDP_DISCOVERY rules (availability is no-unavailable-features' job).
    sdk +
      "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'IDP_DISCOVERY', name: 'r', conditions: { platform: { include: [{ type: 'DESKTOP', os: { type: 'LINUX' } }, { os: { type: 'OSX' } }] } } } });",
    {
      code:
        sdk +
        "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'ACCESS_POLICY', name: 'r', conditions: { platform: { include: [{ type: 'DESKTOP', os: { type: 'LINUX' } }, { os: { type: 'MACOS' } }] } } } });",
      settings: { 'okta-oie': { channel: 'preview' } },
    },
    // The look-alike: LINUX in an IDP_DISCOVERY rule of an org on the preview channel.
    {
      code:
        "import axios from 'axios';\nawait axios.post(`${org}/api/v1/policies/${id}/rules`, { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } } });",
      settings: { 'okta-oie': { channel: 'preview' } },
    },
    // The rule type is not known: the OS types cannot be checked.
    sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: ruleType, conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } } } });",
    sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { conditions: { platform: { include: [{ os: { type: 'OSX' } }] } } } });",
    // The value is not known.
    sdk +
      "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'DEVICE_SIGNAL_COLLECTION', conditions: { platform: { include: [{ os: { type: osType } }] } } } });",
    // A device assurance `platform` is another enum: not a platform condition.
    sdk + "await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'Linux', platform: 'LINUX' } });",
    // A platform condition in an object that is not sent anywhere.
    "const rule = { type: 'DEVICE_SIGNAL_COLLECTION', conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } } };\nconsole.log(rule);",
    // Pulumi resources with the right spellings.
    "import * as okta from '@pulumi/okta';\nnew okta.policy.RuleIdpDiscovery('r', { policyId, platformIncludes: [{ type: 'DESKTOP', osType: 'OSX' }, { osType: 'LINUX' }] });\nnew okta.AppSignonPolicyRule('a', { policyId, platformIncludes: [{ osType: 'MACOS' }] });",
    // OSX in an ACCESS_POLICY rule: the spec's enum said OSX up to 2025.11.0 and MACOS since 2026.03.0, with no release
    // note, and Okta's Terraform provider still sends both (validOSTypes of okta_app_signon_policy_rule).
    code`
      await fetch(\`\${org}/api/v1/policies/\${policyId}/rules/\${ruleId}\`, {
        method: 'PUT',
        body: JSON.stringify({ type: 'ACCESS_POLICY', conditions: { platform: { exclude: [{ type: 'DESKTOP', os: { type: "OSX" } }] } } }),
      });
    `,
    "import * as okta from '@pulumi/okta';\nnew okta.AppSignonPolicyRule('mac', { policyId, platformIncludes: [{ type: 'DESKTOP', osType: 'OSX' }] });",
  ],
  invalid: [
    {
      // LINUX in a device signal collection rule: no spelling to offer.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicyRule({ policyId, policyRule: {
          type: 'DEVICE_SIGNAL_COLLECTION',
          conditions: { platform: { include: [{ type: 'DESKTOP', os: { type: 'LINUX' } }] } },
        } });
      `,
      output: null,
      errors: [
        {
          messageId: 'linuxNotSupported',
          data: { value: 'LINUX', policyType: 'DEVICE_SIGNAL_COLLECTION', allowed: signalAllowed, linuxRules: 'ACCESS_POLICY and IDP_DISCOVERY' },
          line: 5,
          column: 70,
          endLine: 5,
          endColumn: 77,
          suggestions: [],
        },
      ],
    },
    {
      // A client kept on `this` whose base URL ends in `/api/v1` (no `okta` in the file: the API path and the SSWS
      // token say Okta), and the request in a method.
      code: code`
        import axios from 'axios';
        export class Policies {
          constructor(org, token) { this.http = axios.create({ baseURL: \`\${org}/api/v1\`, headers: { Authorization: \`SSWS \${token}\` } }); }
          addRule(id) { return this.http.post(\`/policies/\${id}/rules\`, { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'MACOS' } }] } } }); }
        }
      `,
      output: null,
      errors: [
        {
          messageId: 'macosSpelling',
          data: { value: 'MACOS', policyType: 'IDP_DISCOVERY', correct: 'OSX' },
          line: 4,
          column: 139,
          endLine: 4,
          endColumn: 146,
          suggestions: [
            {
              messageId: 'useOsType',
              data: { correct: 'OSX' },
              output: code`
                import axios from 'axios';
                export class Policies {
                  constructor(org, token) { this.http = axios.create({ baseURL: \`\${org}/api/v1\`, headers: { Authorization: \`SSWS \${token}\` } }); }
                  addRule(id) { return this.http.post(\`/policies/\${id}/rules\`, { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'OSX' } }] } } }); }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // Array items in parentheses: the item's node leaves them out; the payload tree must still cut cleanly (this
      // threw in removeListItem and aborted the run).
      code: sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'IDP_DISCOVERY', conditions: { platform: { exclude: [({ os: { type: 'MACOS' } }), { os: { type: 'OSX' } }] } } } });",
      output: null,
      errors: [
        {
          messageId: 'macosSpelling',
          data: { value: 'MACOS', policyType: 'IDP_DISCOVERY', correct: 'OSX' },
          line: 3,
          column: 141,
          endLine: 3,
          endColumn: 148,
          suggestions: [
            {
              messageId: 'useOsType',
              data: { correct: 'OSX' },
              output: sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'IDP_DISCOVERY', conditions: { platform: { exclude: [({ os: { type: 'OSX' } }), { os: { type: 'OSX' } }] } } } });",
            },
          ],
        },
      ],
    },
    {
      // MACOS in an IDP_DISCOVERY rule (axios body), and a lower-case value in an ACCESS_POLICY rule.
      code: code`
        import axios from 'axios';
        const rule = { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'MACOS' } }] } } };
        await axios.post(\`\${org}/api/v1/policies/\${id}/rules\`, rule);
        await axios.post(\`\${org}/api/v1/policies/\${id}/rules\`, { type: 'ACCESS_POLICY', conditions: { platform: { include: [{ os: { type: 'linux' } }] } } });
      `,
      output: null,
      errors: [
        {
          // The body is a same-file constant: the suggestion edits the constant.
          messageId: 'macosSpelling',
          data: { value: 'MACOS', policyType: 'IDP_DISCOVERY', correct: 'OSX' },
          line: 2,
          column: 89,
          endLine: 2,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'useOsType',
              data: { correct: 'OSX' },
              output: code`
                import axios from 'axios';
                const rule = { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'OSX' } }] } } };
                await axios.post(\`\${org}/api/v1/policies/\${id}/rules\`, rule);
                await axios.post(\`\${org}/api/v1/policies/\${id}/rules\`, { type: 'ACCESS_POLICY', conditions: { platform: { include: [{ os: { type: 'linux' } }] } } });
              `,
            },
          ],
        },
        {
          messageId: 'unknownOsType',
          data: { value: 'linux', policyType: 'ACCESS_POLICY', allowed: accessAllowed },
          line: 4,
          column: 131,
          endLine: 4,
          endColumn: 138,
          suggestions: [
            {
              messageId: 'useOsType',
              data: { correct: 'LINUX' },
              output: code`
                import axios from 'axios';
                const rule = { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'MACOS' } }] } } };
                await axios.post(\`\${org}/api/v1/policies/\${id}/rules\`, rule);
                await axios.post(\`\${org}/api/v1/policies/\${id}/rules\`, { type: 'ACCESS_POLICY', conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } } });
              `,
            },
          ],
        },
      ],
    },
    {
      // sdk-nodejs 6: addPolicyRule(policyId, rule).
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        client.addPolicyRule(policyId, { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'MACOS' } }] } } });
      `,
      output: null,
      errors: [
        {
          messageId: 'macosSpelling',
          line: 3,
          column: 107,
          endLine: 3,
          endColumn: 114,
          suggestions: [
            {
              messageId: 'useOsType',
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const client = new okta.Client({ orgUrl, token });
                client.addPolicyRule(policyId, { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'OSX' } }] } } });
              `,
            },
          ],
        },
      ],
    },
    {
      // Pulumi: platformIncludes[].osType, with the rule type taken from the resource class.
      code: code`
        import * as okta from '@pulumi/okta';
        new okta.policy.RuleIdpDiscovery('route', { policyId, platformIncludes: [{ type: 'DESKTOP', osType: 'MACOS' }] });
        new okta.AppSignonPolicyRule('mac', { policyId, platformIncludes: [{ type: 'DESKTOP', osType: 'OSX' }] });
      `,
      output: null,
      errors: [
        {
          messageId: 'macosSpelling',
          data: { value: 'MACOS', policyType: 'IDP_DISCOVERY', correct: 'OSX' },
          line: 2,
          column: 101,
          endLine: 2,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'useOsType',
              output: code`
                import * as okta from '@pulumi/okta';
                new okta.policy.RuleIdpDiscovery('route', { policyId, platformIncludes: [{ type: 'DESKTOP', osType: 'OSX' }] });
                new okta.AppSignonPolicyRule('mac', { policyId, platformIncludes: [{ type: 'DESKTOP', osType: 'OSX' }] });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsonRuleTester.run('valid-platform-condition (JSON)', rule as never, {
  valid: [
    { code: '{ "type": "IDP_DISCOVERY", "conditions": { "platform": { "include": [{ "os": { "type": "LINUX" } }] } } }', filename: 'rules/idp-routing.json' },
  ],
  invalid: [
    {
      code: '{\n  "type": "DEVICE_SIGNAL_COLLECTION",\n  "conditions": { "platform": { "include": [{ "os": { "type": "OSX" } }] } }\n}',
      filename: 'rules/signals.json',
      output: null,
      errors: [
        {
          messageId: 'macosSpelling',
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useOsType',
              output: '{\n  "type": "DEVICE_SIGNAL_COLLECTION",\n  "conditions": { "platform": { "include": [{ "os": { "type": "MACOS" } }] } }\n}',
            },
          ],
        },
      ],
    },
  ],
});
