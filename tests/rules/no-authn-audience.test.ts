import rule from '../../src/rules/no-authn-audience.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const rest = '`POST /api/v1/authn`';
const authJs = (method: string) => `okta-auth-js \`${method}()\`, which posts its options to \`/api/v1/authn\``;

ruleTester.run('no-authn-audience', rule, {
  valid: [
    // /api/v1/authn without audience.
    "await fetch(`${okta}/api/v1/authn`, { method: 'POST', body: JSON.stringify({ username, password }) });",
    // audience in OAuth and JWT code is not the authn parameter.
    "import jwt from 'jsonwebtoken';\nconst okta = 'https://acme.okta.com';\njwt.sign(payload, key, { audience: 'api://default' });\njwt.verify(token, key, { audience });",
    "import OktaJwtVerifier from '@okta/jwt-verifier';\nconst verifier = new OktaJwtVerifier({ issuer });\nawait verifier.verifyAccessToken(token, 'api://default');",
    "import { Auth0Client } from '@auth0/auth0-spa-js';\nnew Auth0Client({ domain, clientId, authorizationParams: { audience: 'https://api.okta-demo.example' } });",
    "await fetch(`${issuer}/v1/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', audience }) });",
    // Other authn endpoints carry no audience parameter.
    "await fetch(`${okta}/api/v1/authn/factors/${id}/verify`, { method: 'POST', body: JSON.stringify({ stateToken, audience }) });",
    // auth-js IDX and token calls.
    "import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer });\nawait authClient.idx.authenticate({ username, password });\nawait authClient.token.getWithoutPrompt({ audience });",
    // A method that happens to be called signIn on something that is not auth-js.
    "const auth = makeAuth();\nawait auth.signIn({ username, password, audience: 'okta' });",
    { code: "await fetch(`${okta}/api/v1/authn`, { method: 'POST', body: JSON.stringify({ username, audience }) });", settings: { 'okta-oie': { engine: 'classic' } } },
    // A local \`fetch\` and an \`axios\` parameter are not the HTTP clients (a wrapper around the real fetch would be).
    "const fetch = (url, init) => transport.send(url, init);\nawait fetch(`${okta}/api/v1/authn`, { method: 'POST', body: JSON.stringify({ username, audience }) });",
    "import axios from 'axios';\nexport function signIn(axios) {\n  return axios.post(`${okta}/api/v1/authn`, { username, password, audience });\n}",
    // A wrapper called for another endpoint.
    "async function oktaRequest(path, body) {\n  return fetch(`${process.env.OKTA_ORG}${path}`, { method: 'POST', body: JSON.stringify(body) });\n}\nawait oktaRequest('/api/v1/users', { profile, audience: 'not-authn' });",
  ],
  invalid: [
    {
      // A same-file request wrapper: reported at the call that sends \`/api/v1/authn\`, not at the other one.
      code: code`
        const ORG = process.env.OKTA_ORG;
        async function oktaRequest(path, body) {
          return fetch(\`\${ORG}\${path}\`, { method: 'POST', body: JSON.stringify(body) });
        }
        await oktaRequest('/api/v1/authn', { username, password, audience: samlApp });
        await oktaRequest('/api/v1/users', { profile, audience: 'not-authn' });
      `,
      output: null,
      errors: [
        {
          messageId: 'authnAudience',
          data: { request: rest },
          line: 5,
          column: 58,
          endLine: 5,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'removeAudience',
              output: code`
                const ORG = process.env.OKTA_ORG;
                async function oktaRequest(path, body) {
                  return fetch(\`\${ORG}\${path}\`, { method: 'POST', body: JSON.stringify(body) });
                }
                await oktaRequest('/api/v1/authn', { username, password });
                await oktaRequest('/api/v1/users', { profile, audience: 'not-authn' });
              `,
            },
          ],
        },
      ],
    },
    {
      // A body completed after it was made: reported where \`audience\` is assigned; the suggestion removes the statement.
      code: code`
        import axios from 'axios';
        const body = { username, password };
        body.audience = samlApp;
        await axios.post(\`\${okta}/api/v1/authn\`, body);
      `,
      output: null,
      errors: [
        {
          messageId: 'authnAudience',
          data: { request: rest },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'removeAudience',
              output: code`
                import axios from 'axios';
                const body = { username, password };
                await axios.post(\`\${okta}/api/v1/authn\`, body);
              `,
            },
          ],
        },
      ],
    },
    {
      // fetch with JSON.stringify
      code: "await fetch(`${okta}/api/v1/authn`, { method: 'POST', body: JSON.stringify({ username, password, audience: appId }) });",
      output: null,
      errors: [
        {
          messageId: 'authnAudience',
          data: { request: rest },
          line: 1,
          column: 98,
          endLine: 1,
          endColumn: 106,
          suggestions: [
            { messageId: 'removeAudience', output: "await fetch(`${okta}/api/v1/authn`, { method: 'POST', body: JSON.stringify({ username, password }) });" },
          ],
        },
      ],
    },
    {
      // axios and got with the body in a constant (the suggestion edits the constant), superagent .send()
      code: code`
        import axios from 'axios';
        import got from 'got';
        const request = require('superagent');
        const body = {
          username,
          password,
          audience: samlAppId, // the SAML app to step up to
        };
        await axios.post(\`\${okta}/api/v1/authn\`, body);
        await got.post(\`\${okta}/api/v1/authn\`, { json: body });
        await request.post(okta + '/api/v1/authn').send({ username, password, audience });
      `,
      output: null,
      errors: [
        {
          messageId: 'authnAudience',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'removeAudience',
              output: code`
                import axios from 'axios';
                import got from 'got';
                const request = require('superagent');
                const body = {
                  username,
                  password,
                };
                await axios.post(\`\${okta}/api/v1/authn\`, body);
                await got.post(\`\${okta}/api/v1/authn\`, { json: body });
                await request.post(okta + '/api/v1/authn').send({ username, password, audience });
              `,
            },
          ],
        },
        {
          messageId: 'authnAudience',
          data: { request: rest },
          line: 11,
          column: 71,
          endLine: 11,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'removeAudience',
              output: code`
                import axios from 'axios';
                import got from 'got';
                const request = require('superagent');
                const body = {
                  username,
                  password,
                  audience: samlAppId, // the SAML app to step up to
                };
                await axios.post(\`\${okta}/api/v1/authn\`, body);
                await got.post(\`\${okta}/api/v1/authn\`, { json: body });
                await request.post(okta + '/api/v1/authn').send({ username, password });
              `,
            },
          ],
        },
      ],
    },
    {
      // okta-auth-js signInWithCredentials and the deprecated signIn, on OktaAuth and the widget's authClient
      code: code`
        import { OktaAuth } from '@okta/okta-auth-js';
        import OktaSignIn from '@okta/okta-signin-widget';
        const authClient = new OktaAuth({ issuer });
        await authClient.signInWithCredentials({ username, password, audience: '0oa1samlApp' });
        const widget = new OktaSignIn({ baseUrl });
        await widget.authClient.signIn({ username, password, 'audience': '0oa1samlApp' });
      `,
      output: null,
      errors: [
        {
          messageId: 'authnAudience',
          data: { request: authJs('signInWithCredentials') },
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'removeAudience',
              output: code`
                import { OktaAuth } from '@okta/okta-auth-js';
                import OktaSignIn from '@okta/okta-signin-widget';
                const authClient = new OktaAuth({ issuer });
                await authClient.signInWithCredentials({ username, password });
                const widget = new OktaSignIn({ baseUrl });
                await widget.authClient.signIn({ username, password, 'audience': '0oa1samlApp' });
              `,
            },
          ],
        },
        {
          messageId: 'authnAudience',
          data: { request: authJs('signIn') },
          line: 6,
          column: 54,
          endLine: 6,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'removeAudience',
              output: code`
                import { OktaAuth } from '@okta/okta-auth-js';
                import OktaSignIn from '@okta/okta-signin-widget';
                const authClient = new OktaAuth({ issuer });
                await authClient.signInWithCredentials({ username, password, audience: '0oa1samlApp' });
                const widget = new OktaSignIn({ baseUrl });
                await widget.authClient.signIn({ username, password });
              `,
            },
          ],
        },
      ],
    },
    {
      // okta-react, with the options in a constant that is declared elsewhere in the file: reported, no edit
      code: code`
        import { useOktaAuth } from '@okta/okta-react';
        const stepUp = { audience: process.env.SAML_APP_ID };
        export function StepUp() {
          const { oktaAuth } = useOktaAuth();
          return oktaAuth.signInWithCredentials({ username, password, ...stepUp });
        }
      `,
      output: null,
      errors: [{ messageId: 'authnAudience', line: 2, column: 18, endLine: 2, endColumn: 26, suggestions: [] }],
    },
  ],
});
