import rule from '../../src/rules/no-dtc-on-mobile-device-assurance.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
const dtcPlatforms = 'MACOS, WINDOWS, CHROMEOS';
const android = { messageId: 'dtcOnPlatform' as const, data: { platform: 'ANDROID', dtcPlatforms, providers: '`androidDeviceTrust` and `devicePostureIdP`' } };
const ios = { messageId: 'dtcOnPlatform' as const, data: { platform: 'IOS', dtcPlatforms, providers: '`devicePostureIdP`' } };

ruleTester.run('no-dtc-on-mobile-device-assurance', rule, {
  valid: [
    // dtc where the API defines it: WINDOWS, MACOS (the notes call it Windows-specific; the spec has it for both) and CHROMEOS.
    sdk +
      "await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'Win', platform: 'WINDOWS', thirdPartySignalProviders: { dtc: { browserVersion: { minimum: '120.0.0.0' } } } } });",
    "await fetch(`${org}/api/v1/device-assurances`, { method: 'POST', body: JSON.stringify({ name: 'Mac', platform: 'MACOS', thirdPartySignalProviders: { dtc: { osFirewall: true } } }) });",
    "await fetch(`${org}/api/v1/device-assurances`, { method: 'POST', body: JSON.stringify({ name: 'Chromebooks', platform: 'CHROMEOS', thirdPartySignalProviders: { dtc: { screenLockSecured: true } } }) });",
    // A platform that is a variable may be WINDOWS or MACOS.
    sdk +
      "export async function createPolicy(platform) {\n  return client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: platform, platform, thirdPartySignalProviders: { dtc: { osFirewall: true } } } });\n}",
    // Android signal providers that exist.
    sdk +
      "await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'Android', platform: 'ANDROID', thirdPartySignalProviders: { androidDeviceTrust: { verifyAppsEnabled: true } } } });",
    // Reading a policy back is not a request body.
    sdk + "const policy = await client.deviceAssuranceApi.getDeviceAssurancePolicy({ deviceAssuranceId });\nif (policy.platform === 'IOS' && policy.thirdPartySignalProviders?.dtc) console.warn('dtc on iOS');",
    // An object that is not sent to the Device Assurance API.
    "const report = { platform: 'IOS', thirdPartySignalProviders: { dtc: {} } };\nconsole.log(report);",
  ],
  invalid: [
    {
      // A policy written at a same-file helper's call site: the caller's object may go elsewhere too, so a suggestion.
      code:
        sdk +
        "const createAssurance = (deviceAssurance) => client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance });\n" +
        "await createAssurance({ name: 'Android', platform: 'ANDROID', thirdPartySignalProviders: { dtc: { browserVersion: { minimum: '120' } } } });",
      output: null,
      errors: [
        {
          ...android,
          line: 4,
          column: 92,
          endLine: 4,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'removeDtc',
              output:
                sdk +
                "const createAssurance = (deviceAssurance) => client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance });\n" +
                "await createAssurance({ name: 'Android', platform: 'ANDROID' });",
            },
          ],
        },
      ],
    },
    {
      // fetch + JSON.stringify: dtc is all there is, so thirdPartySignalProviders goes too.
      code: code`
        await fetch(\`\${orgUrl}/api/v1/device-assurances\`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            name: 'Android',
            platform: 'ANDROID',
            osVersion: { minimum: '14' },
            thirdPartySignalProviders: { dtc: { browserVersion: { minimum: '120.0.0.0' } } },
          }),
        });
      `,
      output: code`
        await fetch(\`\${orgUrl}/api/v1/device-assurances\`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            name: 'Android',
            platform: 'ANDROID',
            osVersion: { minimum: '14' },
          }),
        });
      `,
      errors: [{ ...android, line: 8, column: 34, endLine: 8, endColumn: 37 }],
    },
    {
      // sdk-nodejs 7+ replace call: dtc goes, devicePostureIdP and the comments stay.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({
          deviceAssuranceId,
          deviceAssurance: {
            name: 'iPhones',
            platform: 'IOS',
            thirdPartySignalProviders: {
              // Chrome on iOS
              dtc: { browserVersion: { minimum: '120.0.0.0' } },
              devicePostureIdP: { compliant: true },
            },
          },
        });
      `,
      output: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.deviceAssuranceApi.replaceDeviceAssurancePolicy({
          deviceAssuranceId,
          deviceAssurance: {
            name: 'iPhones',
            platform: 'IOS',
            thirdPartySignalProviders: {
              // Chrome on iOS
              devicePostureIdP: { compliant: true },
            },
          },
        });
      `,
      errors: [{ ...ios, line: 10, column: 7, endLine: 10, endColumn: 10 }],
    },
    {
      // axios PUT with the platform in a same-file constant.
      code: code`
        import axios from 'axios';
        const PLATFORM = 'IOS';
        await axios.put(\`\${org}/api/v1/device-assurances/\${id}\`, { name: 'iOS', platform: PLATFORM, thirdPartySignalProviders: { dtc: {}, devicePostureIdP: {} } });
      `,
      output: code`
        import axios from 'axios';
        const PLATFORM = 'IOS';
        await axios.put(\`\${org}/api/v1/device-assurances/\${id}\`, { name: 'iOS', platform: PLATFORM, thirdPartySignalProviders: { devicePostureIdP: {} } });
      `,
      errors: [{ ...ios, line: 3, column: 122, endLine: 3, endColumn: 125 }],
    },
    {
      // The providers come from a shared constant: reported where they are used, not edited.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        const providers = { dtc: { osFirewall: true } };
        await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'A', platform: 'ANDROID', thirdPartySignalProviders: providers } });
      `,
      output: null,
      errors: [{ ...android, line: 3, column: 21, endLine: 3, endColumn: 24 }],
    },
    {
      // Issue 12: a value that calls something is not deleted by --fix; the removal is a suggestion.
      code: sdk + "await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'iOS', platform: 'IOS', thirdPartySignalProviders: { dtc: sideEffect() } } });",
      output: null,
      errors: [
        {
          ...ios,
          line: 3,
          column: 141,
          suggestions: [{ messageId: 'removeDtc', output: sdk + "await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { name: 'iOS', platform: 'IOS' } });" }],
        },
      ],
    },
    {
      // The request object is logged after it is sent: the removal would change the log. A suggestion.
      code: sdk + "const request = { deviceAssurance: { name: 'iOS', platform: 'IOS', thirdPartySignalProviders: { dtc: { osFirewall: true } } } };\nawait client.deviceAssuranceApi.createDeviceAssurancePolicy(request);\nconsole.log(request);",
      output: null,
      errors: [
        {
          ...ios,
          line: 3,
          column: 97,
          suggestions: [{ messageId: 'removeDtc', output: sdk + "const request = { deviceAssurance: { name: 'iOS', platform: 'IOS' } };\nawait client.deviceAssuranceApi.createDeviceAssurancePolicy(request);\nconsole.log(request);" }],
        },
      ],
    },
    {
      // The same request object read by nothing else: the control case, fixed.
      code: sdk + "const request = { deviceAssurance: { name: 'iOS', platform: 'IOS', thirdPartySignalProviders: { dtc: { osFirewall: true } } } };\nawait client.deviceAssuranceApi.createDeviceAssurancePolicy(request);",
      output: sdk + "const request = { deviceAssurance: { name: 'iOS', platform: 'IOS' } };\nawait client.deviceAssuranceApi.createDeviceAssurancePolicy(request);",
      errors: [{ ...ios, line: 3, column: 97 }],
    },
  ],
});

jsonRuleTester.run('no-dtc-on-mobile-device-assurance (JSON)', rule as never, {
  valid: [
    { code: '{ "name": "Win", "platform": "WINDOWS", "thirdPartySignalProviders": { "dtc": { "osFirewall": true } } }', filename: 'device-assurance/windows.json' },
    { code: '{ "name": "Mac", "platform": "MACOS", "thirdPartySignalProviders": { "dtc": { "osFirewall": true } } }', filename: 'device-assurance/macos.json' },
  ],
  invalid: [
    {
      code: '{\n  "name": "Android",\n  "platform": "ANDROID",\n  "osVersion": { "minimum": "14" },\n  "thirdPartySignalProviders": { "dtc": { "osFirewall": true } }\n}',
      filename: 'device-assurance/android.json',
      output: '{\n  "name": "Android",\n  "platform": "ANDROID",\n  "osVersion": { "minimum": "14" }\n}',
      errors: [{ ...android, line: 5, column: 34, endLine: 5, endColumn: 39 }],
    },
  ],
});
