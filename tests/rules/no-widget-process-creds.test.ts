import rule from '../../src/rules/no-widget-process-creds.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const importWidget = "import OktaSignIn from '@okta/okta-signin-widget';\n";

ruleTester.run('no-widget-process-creds', rule, {
  valid: [
    // The Identity Engine way to rewrite a username.
    importWidget + "new OktaSignIn({ transformUsername: (username) => `${username}@example.com` });",
    // Server-side code with the same word.
    'export function processCreds(creds) { return creds; }',
    // Explicitly Classic.
    "import OktaSignIn from '@okta/okta-signin-widget/classic';\nnew OktaSignIn({ processCreds(creds) {} });",
  ],
  invalid: [
    {
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          clientId: 'abc',
          // Classic only: audit each sign-in
          processCreds(creds, callback) {
            // send the username to the audit log
            audit(creds.username); /* then go on */
            callback();
          }, // hook
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'processCreds', instead: 'remove the code that depends on it; `transformUsername` still rewrites usernames' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'processCreds', instead: 'remove the code that depends on it; `transformUsername` still rewrites usernames' },
              // The comments inside the hook and trailing it go with it; the one on its own line above stays.
              output: code`
                import OktaSignIn from '@okta/okta-signin-widget';
                new OktaSignIn({
                  clientId: 'abc',
                  // Classic only: audit each sign-in
                });
              `,
            },
          ],
        },
      ],
    },
    {
      code: 'const config = OktaUtil.getSignInWidgetConfig();\nconfig.processCreds = function (creds) { track(creds); };\nnew OktaSignIn(config);',
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 1,
          endColumn: 20,
          suggestions: [{ messageId: 'removeOption', output: 'const config = OktaUtil.getSignInWidgetConfig();\nnew OktaSignIn(config);' }],
        },
      ],
    },
  ],
});
