import { RuleTester } from '@typescript-eslint/rule-tester';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/no-sms-factor-admin-lifecycle.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * With type information (`parserOptions.projectService`), an imported constant is known by its string literal type:
 * `import { SMS_ACTIVATE } from './paths'` (tests/fixtures/typed/paths.ts). Without it the import is unknown, and the
 * request says nothing: type information adds findings, and nothing requires it.
 */
const tsconfigRootDir = fileURLToPath(new URL('../fixtures/typed', import.meta.url));
const filename = join(tsconfigRootDir, 'file.ts');
const typed = new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir } } });

const request = "import { SMS_ACTIVATE } from './paths.js';\nawait fetch(process.env.OKTA_ORG_URL + SMS_ACTIVATE, { method: 'POST' });\n";
const instead =
  "the Authenticators API: the phone authenticator (key `phone_number`) and `POST /api/v1/authenticators/{authenticatorId}/methods/sms/lifecycle/activate|deactivate` (okta-sdk-nodejs 7.2+: `authenticatorApi.activateAuthenticatorMethod()` / `deactivateAuthenticatorMethod()`; Pulumi: `okta.Authenticator` with `key: 'phone_number'`)";

typed.run('no-sms-factor-admin-lifecycle, with type information', rule, {
  valid: [{ code: "import { FACTORS } from './paths.js';\nawait fetch(process.env.OKTA_ORG_URL + FACTORS);\n", filename }],
  invalid: [
    {
      code: request,
      filename,
      errors: [
        {
          messageId: 'smsLifecycleEndpoint',
          data: { operation: 'POST /api/v1/org/factors/okta_sms/lifecycle/activate', instead },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 52,
        },
      ],
    },
  ],
});

ruleTester.run('no-sms-factor-admin-lifecycle, without type information', rule, {
  valid: [{ code: request, filename }],
  invalid: [],
});
