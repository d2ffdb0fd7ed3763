import rule from '../../src/rules/valid-device-assurance.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
const create = (body: string) => sdk + `await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: ${body} });`;
const strict = [{ preferDynamicVersion: true, durationBounds: true }] as const;

ruleTester.run('valid-device-assurance', rule, {
  valid: [
    // The spec's own examples.
    create("{ name: 'Android', platform: 'ANDROID', osVersion: { dynamicVersionRequirement: { type: 'MINIMUM', distanceFromLatestMajor: 0 } }, gracePeriod: { type: 'BY_DATE_TIME', expiry: '2024-12-01T00:00:00.00Z' } }"),
    create("{ name: 'iOS', platform: 'IOS', osVersion: { dynamicVersionRequirement: { type: 'EXACT_ANY_SUPPORTED', latestSecurityPatch: true } }, gracePeriod: { type: 'BY_DURATION', expiry: 'P7D' } }"),
    create(
      "{ name: 'Windows', platform: 'WINDOWS', osVersionConstraints: [{ majorVersionConstraint: 'WINDOWS_11', dynamicVersionRequirement: { type: 'MINIMUM', distanceFromLatestMajor: 0, latestSecurityPatch: true } }, { majorVersionConstraint: 'WINDOWS_10', dynamicVersionRequirement: { type: 'NOT_ALLOWED' } }] }",
    ),
    // A static minimum is fine in recommended.
    create("{ name: 'macOS', platform: 'MACOS', osVersion: { minimum: '14.4.1' } }"),
    // null is what the API sends back for the unused field.
    create("{ name: 'iOS', platform: 'IOS', osVersion: { minimum: null, dynamicVersionRequirement: { type: 'EXACT', distanceFromLatestMajor: 1 } } }"),
    // A platform that is a variable: the platform-dependent checks stay silent.
    sdk +
      'export const create = (platform) => client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: platform, platform, osVersionConstraints: [{ majorVersionConstraint: "WINDOWS_11", minimum: "10.0.22631" }] } });',
    // Values known only at run time.
    create("{ name: 'A', platform: 'ANDROID', osVersion: { dynamicVersionRequirement: { type: dynamicType, distanceFromLatestMajor: distance } }, gracePeriod: { type: 'BY_DURATION', expiry: `P${days}D` } }"),
    // Reading a policy back: not a request body.
    sdk + "const policy = await client.deviceAssuranceApi.getDeviceAssurancePolicy({ deviceAssuranceId });\nif (policy.osVersion?.minimum && policy.osVersion?.dynamicVersionRequirement) throw new Error('both');",
    // The enrollment grace period of an MFA_ENROLL policy is another object.
    sdk +
      "await client.policyApi.createPolicy({ policy: { type: 'MFA_ENROLL', settings: { authenticators: [{ key: 'google_otp', enroll: { gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 3 } } }] } } });",
    // Pulumi resources only take a static osVersion string, even in strict.
    { code: "import * as okta from '@pulumi/okta';\nnew okta.policy.DeviceAssuranceIos('ios', { name: 'iOS', osVersion: '17.0.0' });", options: strict },
    // Within the 1–180 day bound of strict.
    { code: create("{ name: 'A', platform: 'ANDROID', osVersion: { dynamicVersionRequirement: { type: 'EXACT_ANY_SUPPORTED' } }, gracePeriod: { type: 'BY_DURATION', expiry: 'P180D' } }"), options: strict },
  ],
  invalid: [
    {
      // minimum and dynamicVersionRequirement together, and a distance where EXACT_ANY_SUPPORTED forbids one.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: {
          name: 'iOS current',
          platform: 'IOS',
          osVersion: { minimum: '17.0.0', dynamicVersionRequirement: { type: 'EXACT_ANY_SUPPORTED', distanceFromLatestMajor: 1 } },
        } });
      `,
      output: null,
      errors: [
        {
          messageId: 'exclusiveVersion',
          line: 6,
          column: 35,
          endLine: 6,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'removeKey',
              data: { key: 'minimum' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: {
                  name: 'iOS current',
                  platform: 'IOS',
                  osVersion: { dynamicVersionRequirement: { type: 'EXACT_ANY_SUPPORTED', distanceFromLatestMajor: 1 } },
                } });
              `,
            },
            {
              messageId: 'removeKey',
              data: { key: 'dynamicVersionRequirement' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: {
                  name: 'iOS current',
                  platform: 'IOS',
                  osVersion: { minimum: '17.0.0' },
                } });
              `,
            },
          ],
        },
        {
          messageId: 'forbiddenField',
          data: { type: 'EXACT_ANY_SUPPORTED', field: 'distanceFromLatestMajor' },
          line: 6,
          column: 93,
          endLine: 6,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'removeKey',
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: {
                  name: 'iOS current',
                  platform: 'IOS',
                  osVersion: { minimum: '17.0.0', dynamicVersionRequirement: { type: 'EXACT_ANY_SUPPORTED' } },
                } });
              `,
            },
          ],
        },
      ],
    },
    {
      // Windows constraints (fetch + JSON.stringify): a static minimum beside them, three items, a missing distance,
      // a duplicate and an unknown major version, NOT_ALLOWED with a security patch flag.
      code: code`
        await fetch(\`\${org}/api/v1/device-assurances\`, { method: 'POST', body: JSON.stringify({
          name: 'Windows', platform: 'WINDOWS',
          osVersion: { minimum: '10.0.19045' },
          osVersionConstraints: [
            { majorVersionConstraint: 'WINDOWS_11', dynamicVersionRequirement: { type: 'MINIMUM' } },
            { majorVersionConstraint: 'WINDOWS_11', dynamicVersionRequirement: { type: 'NOT_ALLOWED', latestSecurityPatch: true } },
            { majorVersionConstraint: 'WINDOWS_12', minimum: '1' },
          ],
        }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'constraintsWithMinimum',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'removeKey',
              data: { key: 'osVersion' },
              output: code`
                await fetch(\`\${org}/api/v1/device-assurances\`, { method: 'POST', body: JSON.stringify({
                  name: 'Windows', platform: 'WINDOWS',
                  osVersionConstraints: [
                    { majorVersionConstraint: 'WINDOWS_11', dynamicVersionRequirement: { type: 'MINIMUM' } },
                    { majorVersionConstraint: 'WINDOWS_11', dynamicVersionRequirement: { type: 'NOT_ALLOWED', latestSecurityPatch: true } },
                    { majorVersionConstraint: 'WINDOWS_12', minimum: '1' },
                  ],
                }) });
              `,
            },
          ],
        },
        { messageId: 'constraintsCount', data: { count: '3' }, line: 4, column: 3, endLine: 4, endColumn: 23, suggestions: [] },
        { messageId: 'missingDistance', data: { type: 'MINIMUM' }, line: 5, column: 80, endLine: 5, endColumn: 89, suggestions: [] },
        { messageId: 'duplicateMajor', data: { value: 'WINDOWS_11' }, line: 6, column: 31, endLine: 6, endColumn: 43, suggestions: [] },
        {
          messageId: 'forbiddenField',
          data: { type: 'NOT_ALLOWED', field: 'latestSecurityPatch' },
          line: 6,
          column: 95,
          endLine: 6,
          endColumn: 114,
          suggestions: [
            {
              messageId: 'removeKey',
              output: code`
                await fetch(\`\${org}/api/v1/device-assurances\`, { method: 'POST', body: JSON.stringify({
                  name: 'Windows', platform: 'WINDOWS',
                  osVersion: { minimum: '10.0.19045' },
                  osVersionConstraints: [
                    { majorVersionConstraint: 'WINDOWS_11', dynamicVersionRequirement: { type: 'MINIMUM' } },
                    { majorVersionConstraint: 'WINDOWS_11', dynamicVersionRequirement: { type: 'NOT_ALLOWED' } },
                    { majorVersionConstraint: 'WINDOWS_12', minimum: '1' },
                  ],
                }) });
              `,
            },
          ],
        },
        { messageId: 'unknownMajor', data: { value: 'WINDOWS_12' }, line: 7, column: 31, endLine: 7, endColumn: 43, suggestions: [] },
      ],
    },
    {
      // axios PUT: constraints on ANDROID, a distance of 2, a dynamic requirement in a Windows osVersion.
      code: code`
        import axios from 'axios';
        await axios.put(\`\${org}/api/v1/device-assurances/\${id}\`, { name: 'A', platform: 'ANDROID', osVersion: { dynamicVersionRequirement: { type: 'MINIMUM', distanceFromLatestMajor: 2 } }, osVersionConstraints: [] });
        await axios.put(\`\${org}/api/v1/device-assurances/\${id}\`, { name: 'W', platform: 'WINDOWS', osVersion: { dynamicVersionRequirement: { type: 'MINIMUM', distanceFromLatestMajor: 0 } } });
        await axios.put(\`\${org}/api/v1/device-assurances/\${id}\`, { name: 'C', platform: 'CHROMEOS', osVersion: { minimum: '120' } });
      `,
      output: null,
      errors: [
        { messageId: 'distanceRange', data: { value: '2' }, line: 2, column: 176, endLine: 2, endColumn: 177 },
        { messageId: 'constraintsNotWindows', data: { platform: 'ANDROID' }, line: 2, column: 183, endLine: 2, endColumn: 203 },
        { messageId: 'windowsDynamicInOsVersion', line: 3, column: 105, endLine: 3, endColumn: 130 },
        {
          messageId: 'noOsVersion',
          data: { platform: 'CHROMEOS' },
          line: 4,
          column: 93,
          endLine: 4,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'removeKey',
              data: { key: 'osVersion' },
              output: code`
                import axios from 'axios';
                await axios.put(\`\${org}/api/v1/device-assurances/\${id}\`, { name: 'A', platform: 'ANDROID', osVersion: { dynamicVersionRequirement: { type: 'MINIMUM', distanceFromLatestMajor: 2 } }, osVersionConstraints: [] });
                await axios.put(\`\${org}/api/v1/device-assurances/\${id}\`, { name: 'W', platform: 'WINDOWS', osVersion: { dynamicVersionRequirement: { type: 'MINIMUM', distanceFromLatestMajor: 0 } } });
                await axios.put(\`\${org}/api/v1/device-assurances/\${id}\`, { name: 'C', platform: 'CHROMEOS' });
              `,
            },
          ],
        },
      ],
    },
    {
      // Grace periods: a date-time with BY_DURATION, no type (one per line), a date-time without a time zone.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'A', platform: 'ANDROID', gracePeriod: { type: 'BY_DURATION', expiry: '2026-03-01T00:00:00Z' } } });
        await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'B', platform: 'IOS', gracePeriod: {
          expiry: 'P14D',
        } } });
        await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'C', platform: 'MACOS', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00' } } });
      `,
      output: null,
      errors: [
        {
          messageId: 'graceTypeMismatch',
          data: { value: '2026-03-01T00:00:00Z', what: 'a date-time', type: 'BY_DURATION' },
          line: 3,
          column: 178,
          endLine: 3,
          endColumn: 200,
          suggestions: [
            {
              messageId: 'useGraceType',
              data: { type: 'BY_DATE_TIME' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'A', platform: 'ANDROID', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00:00Z' } } });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'B', platform: 'IOS', gracePeriod: {
                  expiry: 'P14D',
                } } });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'C', platform: 'MACOS', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00' } } });
              `,
            },
          ],
        },
        {
          messageId: 'graceMissingType',
          line: 4,
          column: 130,
          endLine: 4,
          endColumn: 141,
          suggestions: [
            {
              messageId: 'addGraceType',
              data: { type: 'BY_DURATION' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'A', platform: 'ANDROID', gracePeriod: { type: 'BY_DURATION', expiry: '2026-03-01T00:00:00Z' } } });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'B', platform: 'IOS', gracePeriod: {
                  type: 'BY_DURATION',
                  expiry: 'P14D',
                } } });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'C', platform: 'MACOS', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00' } } });
              `,
            },
          ],
        },
        {
          messageId: 'graceDateTime',
          data: { value: '2026-03-01T00:00' },
          line: 7,
          column: 177,
          endLine: 7,
          endColumn: 195,
          suggestions: [
            {
              messageId: 'useDateTime',
              data: { value: '2026-03-01T00:00:00Z', assumption: ', in UTC' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'A', platform: 'ANDROID', gracePeriod: { type: 'BY_DURATION', expiry: '2026-03-01T00:00:00Z' } } });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'B', platform: 'IOS', gracePeriod: {
                  expiry: 'P14D',
                } } });
                await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({ deviceAssuranceId, deviceAssurance: { name: 'C', platform: 'MACOS', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00:00Z' } } });
              `,
            },
          ],
        },
      ],
    },
    {
      // An enrollment grace period type, and a duration that is no ISO 8601 duration.
      code: create("{ name: 'A', platform: 'ANDROID', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 3 } }") + '\n' + create("{ name: 'B', platform: 'IOS', gracePeriod: { type: 'BY_DURATION', expiry: '14 days' } }").split('\n').pop(),
      output: null,
      errors: [
        { messageId: 'graceUnknownType', data: { value: 'BY_SKIP_COUNT' }, line: 3, column: 135, endLine: 3, endColumn: 150 },
        { messageId: 'graceDuration', data: { value: '14 days' }, line: 4, column: 154, endLine: 4, endColumn: 163 },
      ],
    },
    {
      // strict: static minimums where a dynamic requirement exists, and a grace period beyond 180 days.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'Mac', platform: 'MACOS', osVersion: { minimum: '14.4' }, gracePeriod: { type: 'BY_DURATION', expiry: 'P365D' } } });
        await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'Win', platform: 'WINDOWS', osVersionConstraints: [{ majorVersionConstraint: 'WINDOWS_11', minimum: '10.0.22631' }] } });
      `,
      options: strict,
      output: null,
      errors: [
        { messageId: 'staticMinimum', data: { platform: 'MACOS', instead: '`osVersion.dynamicVersionRequirement`' }, line: 3, column: 127, endLine: 3, endColumn: 134 },
        { messageId: 'graceDurationBounds', data: { value: 'P365D' }, line: 3, column: 190, endLine: 3, endColumn: 197 },
        { messageId: 'staticMinimum', data: { platform: 'WINDOWS', instead: '`dynamicVersionRequirement`' }, line: 4, column: 179, endLine: 4, endColumn: 186 },
      ],
    },
  ],
});

jsonRuleTester.run('valid-device-assurance (JSON)', rule as never, {
  valid: [
    { code: '{ "name": "Android", "platform": "ANDROID", "osVersion": { "dynamicVersionRequirement": { "type": "MINIMUM", "distanceFromLatestMajor": 1 } } }', filename: 'device-assurance/android.json' },
  ],
  invalid: [
    {
      code: '{\n  "name": "iOS",\n  "platform": "IOS",\n  "osVersion": { "dynamicVersionRequirement": { "type": "EXACT" } }\n}',
      filename: 'device-assurance/ios.json',
      output: null,
      errors: [{ messageId: 'missingDistance', data: { type: 'EXACT' }, line: 4, column: 57, endLine: 4, endColumn: 64 }],
    },
  ],
});
