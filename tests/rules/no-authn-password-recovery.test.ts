import rule from '../../src/rules/no-authn-password-recovery.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

ruleTester.run('no-authn-password-recovery', rule, {
  valid: [
    // The app's own routes and test doubles with the same paths.
    "app.post('/api/v1/authn/recovery/password', recoverHandler);\nrouter.post('/api/v1/authn/recovery/unlock', (req, res) => res.sendStatus(204));",
    "nock('https://mock.example.com').post('/api/v1/authn/recovery/password').reply(200, {});\nfetchMock.post('/api/v1/authn/recovery/unlock', 200);\nconst routes = [{ path: '/api/v1/authn/recovery/password', component: RecoverPage }];",
    "import { handlers } from './mocks';\nexport const mocks = [http.post('*/api/v1/authn/recovery/password', handlers.recover)];",
    // A type, and a JSX route, are no requests.
    "type RecoverPath = '/api/v1/authn/recovery/password';\nexport const isRecover = (path: RecoverPath) => path.length > 0;",
    { code: 'export const page = <Route path="/api/v1/authn/recovery/password" element={<Recover />} />;', filename: 'routes.tsx' },
    // The IDX replacements.
    "import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer });\nawait authClient.idx.recoverPassword({ username });\nawait authClient.idx.unlockAccount({ username });\nawait authClient.idx.start({ recoveryToken });",
    // Admin resets through the Users API are not Authentication API recovery.
    "import axios from 'axios';\nawait axios.post(`${okta}/api/v1/users/${userId}/lifecycle/reset_password?sendEmail=false`);\nawait axios.post(`${okta}/api/v1/users/${userId}/credentials/forgot_password`);",
    "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.userApi.resetPassword({ userId, sendEmail: false });\nawait client.forgotPasswordGenerateOneTimeToken(userId);",
    // Methods of the same name on something that is not okta-auth-js.
    "const accounts = makeAccounts();\nawait accounts.forgotPassword({ username });\nawait accounts.unlockAccount({ username });",
    // An app's own recovery route.
    "await fetch('/api/v1/account/recovery/password', { method: 'POST', body: JSON.stringify({ email }) });",
    { code: "await fetch(`${okta}/api/v1/authn/recovery/password`, { method: 'POST', body: JSON.stringify({ username }) });", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      // The path written where the request is not: a literal handed to helpers imported from elsewhere, an endpoint
      // constant of a paths object.
      code: code`
        import { request } from './http';
        import { joinUrl, apiPath } from './paths';
        export async function recover(org, username) {
          return request(joinUrl(org, apiPath('/api/v1/authn/recovery/password')), { username, factorType: 'EMAIL' });
        }
        export const PATHS = { unlock: '/api/v1/authn/recovery/unlock' };
      `,
      output: null,
      errors: [
        {
          messageId: 'authnRecoveryEndpoint',
          data: { endpoint: 'POST /api/v1/authn/recovery/password', instead: 'okta-auth-js `idx.recoverPassword()` (or the Sign-In Widget)' },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 72,
        },
        {
          messageId: 'authnRecoveryEndpoint',
          data: { endpoint: 'POST /api/v1/authn/recovery/unlock', instead: 'okta-auth-js `idx.unlockAccount()` (or the Sign-In Widget)' },
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 63,
        },
      ],
    },
    {
      // okta-auth-js: clean renames get a suggestion.
      code: code`
        import { OktaAuth } from '@okta/okta-auth-js';
        const authClient = new OktaAuth({ issuer });
        await authClient.forgotPassword({ username });
        await authClient.unlockAccount({ username: email });
        await authClient.verifyRecoveryToken({ recoveryToken: params.get('token') });
      `,
      output: null,
      errors: [
        {
          messageId: 'authnRecoveryMethod',
          data: { method: 'forgotPassword', endpoint: 'POST /api/v1/authn/recovery/password', replacement: 'idx.recoverPassword()' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useIdx',
              data: { replacement: 'idx.recoverPassword()' },
              output: code`
                import { OktaAuth } from '@okta/okta-auth-js';
                const authClient = new OktaAuth({ issuer });
                await authClient.idx.recoverPassword({ username });
                await authClient.unlockAccount({ username: email });
                await authClient.verifyRecoveryToken({ recoveryToken: params.get('token') });
              `,
            },
          ],
        },
        {
          messageId: 'authnRecoveryMethod',
          data: { method: 'unlockAccount', endpoint: 'POST /api/v1/authn/recovery/unlock', replacement: 'idx.unlockAccount()' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useIdx',
              data: { replacement: 'idx.unlockAccount()' },
              output: code`
                import { OktaAuth } from '@okta/okta-auth-js';
                const authClient = new OktaAuth({ issuer });
                await authClient.forgotPassword({ username });
                await authClient.idx.unlockAccount({ username: email });
                await authClient.verifyRecoveryToken({ recoveryToken: params.get('token') });
              `,
            },
          ],
        },
        {
          messageId: 'authnRecoveryMethod',
          data: { method: 'verifyRecoveryToken', endpoint: 'POST /api/v1/authn/recovery/token', replacement: 'idx.start({ recoveryToken })' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useIdx',
              data: { replacement: 'idx.start()' },
              output: code`
                import { OktaAuth } from '@okta/okta-auth-js';
                const authClient = new OktaAuth({ issuer });
                await authClient.forgotPassword({ username });
                await authClient.unlockAccount({ username: email });
                await authClient.idx.start({ recoveryToken: params.get('token') });
              `,
            },
          ],
        },
      ],
    },
    {
      // Options with no IDX equivalent (factorType, relayState), options in a variable, and the widget's authClient:
      // reported, no suggestion.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        const signIn = new OktaSignIn({ baseUrl });
        await signIn.authClient.forgotPassword({ username, factorType: 'EMAIL' });
        await signIn.authClient.unlockAccount(options);
        await signIn.authClient.verifyRecoveryToken({ recoveryToken, multiOptionalFactorEnroll: true });
      `,
      output: null,
      errors: [
        { messageId: 'authnRecoveryMethod', line: 3, column: 25, endLine: 3, endColumn: 39, suggestions: [] },
        { messageId: 'authnRecoveryMethod', line: 4, column: 25, endLine: 4, endColumn: 38, suggestions: [] },
        { messageId: 'authnRecoveryMethod', line: 5, column: 25, endLine: 5, endColumn: 44, suggestions: [] },
      ],
    },
    {
      // okta-react
      code: code`
        import { useOktaAuth } from '@okta/okta-react';
        export function Forgot({ username }) {
          const { oktaAuth } = useOktaAuth();
          return <button onClick={() => oktaAuth.forgotPassword({ username })}>Reset</button>;
        }
      `,
      filename: 'forgot.tsx',
      output: null,
      errors: [
        {
          messageId: 'authnRecoveryMethod',
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useIdx',
              output: code`
                import { useOktaAuth } from '@okta/okta-react';
                export function Forgot({ username }) {
                  const { oktaAuth } = useOktaAuth();
                  return <button onClick={() => oktaAuth.idx.recoverPassword({ username })}>Reset</button>;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // REST: fetch, axios, got, superagent and jQuery on the recovery endpoints.
      code: code`
        import axios from 'axios';
        import got from 'got';
        const request = require('superagent');
        await fetch(\`\${okta}/api/v1/authn/recovery/password\`, { method: 'POST', body: JSON.stringify({ username, factorType: 'EMAIL' }) });
        await axios.post(okta + '/api/v1/authn/recovery/unlock', { username, factorType: 'SMS' });
        await got.post(\`\${okta}/api/v1/authn/recovery/token\`, { json: { recoveryToken } });
        await request.post(\`\${okta}/api/v1/authn/recovery/factors/sms/verify\`).send({ stateToken, passCode });
        $.ajax({ url: \`\${okta}/api/v1/authn/credentials/reset_password\`, type: 'POST', contentType: 'application/json', data: JSON.stringify({ stateToken, newPassword }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'authnRecoveryEndpoint',
          data: { endpoint: 'POST /api/v1/authn/recovery/password', instead: 'okta-auth-js `idx.recoverPassword()` (or the Sign-In Widget)' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 53,
        },
        {
          messageId: 'authnRecoveryEndpoint',
          data: { endpoint: 'POST /api/v1/authn/recovery/unlock', instead: 'okta-auth-js `idx.unlockAccount()` (or the Sign-In Widget)' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 56,
        },
        {
          messageId: 'authnRecoveryEndpoint',
          data: { endpoint: 'POST /api/v1/authn/recovery/token', instead: 'okta-auth-js `idx.start({ recoveryToken })` (or the Sign-In Widget with `recoveryToken`)' },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 53,
        },
        {
          messageId: 'authnRecoveryEndpoint',
          data: { endpoint: 'POST /api/v1/authn/recovery/…', instead: 'the okta-auth-js IDX recovery flow (`idx.recoverPassword()`, `idx.unlockAccount()`)' },
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 70,
        },
        {
          messageId: 'authnRecoveryEndpoint',
          data: { endpoint: 'POST /api/v1/authn/credentials/reset_password', instead: 'the okta-auth-js IDX recovery flow (`idx.recoverPassword()`, then `idx.proceed({ password })`)' },
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 64,
        },
      ],
    },
  ],
});
