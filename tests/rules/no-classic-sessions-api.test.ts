import rule from '../../src/rules/no-classic-sessions-api.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const sourceDoc: [{ endpoints: 'source-doc' }] = [{ endpoints: 'source-doc' }];
const mySession = 'the My Session Management endpoints (`/api/v1/sessions/me…`) from the browser, or OIDC tokens';
const getInstead = `${mySession} (okta-sdk-nodejs 7.2+: \`sessionApi.getCurrentSession()\`)`;
const refreshInstead = `${mySession} (okta-sdk-nodejs 7.2+: \`sessionApi.refreshCurrentSession()\`; okta-auth-js: \`session.refresh()\`)`;
const revokeInstead = `${mySession} (okta-sdk-nodejs 7.2+: \`sessionApi.closeCurrentSession()\`; okta-auth-js: \`session.close()\`)`;
const endInstead = '`DELETE /api/v1/sessions/me` to end the current session, or an admin `DELETE /api/v1/users/{userId}/sessions`';

ruleTester.run('no-classic-sessions-api', rule, {
  valid: [
    // The app's own /api/v1 routes, and a path both an unsupported and a supported request have (a session by id is
    // read and deleted with it), written where no request is made.
    { code: "app.get('/api/v1/sessions/:id', (req, res) => res.json(store.get(req.params.id)));\nrouter.delete('/api/v1/sessions/:id', revoke);", options: sourceDoc },
    { code: 'export const sessionPath = (id) => `/api/v1/sessions/${id}`;', options: sourceDoc },
    "export const CREATE_SESSION = '/api/v1/sessions';",
    // The My Session Management endpoints work on Identity Engine.
    "await fetch(`${org}/api/v1/sessions/me`, { credentials: 'include' });",
    "await fetch(`${org}/api/v1/sessions/me/lifecycle/refresh`, { method: 'POST', credentials: 'include' });",
    "await fetch(`${org}/api/v1/sessions/${'me'}`, { method: 'DELETE', credentials: 'include' });",
    { code: "await fetch(`${org}/api/v1/sessions/me/lifecycle/refresh`, { method: 'POST', credentials: 'include' });", options: sourceDoc },
    // The admin "clear user sessions" API is a different API, not on the list.
    { code: "import got from 'got';\nawait got.delete(`${org}/api/v1/users/${userId}/sessions`);", options: sourceDoc },
    { code: "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.userApi.revokeUserSessions({ userId });\nawait client.clearUserSessions(userId);", options: sourceDoc },
    // okta-auth-js only ever calls /api/v1/sessions/me.
    { code: "import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer });\nawait authClient.session.get();\nawait authClient.session.refresh();", options: sourceDoc },
    // An app's own routes, and an Express route definition that looks like the Okta path.
    { code: "await fetch(`/api/v1/session/${id}/revoke`, { method: 'POST' });", options: sourceDoc },
    { code: "app.get('/api/v1/sessions/:id', (req, res) => res.json(store.get(req.params.id)));", options: sourceDoc },
    // A local function called like an SDK method.
    { code: 'const client = makeClient();\nawait client.getSession(id);\nawait client.sessionApi.revokeSession({ sessionId });', options: sourceDoc },
    // Creating a session without the cookie token is fine.
    "import axios from 'axios';\nawait axios.post(`${org}/api/v1/sessions`, { sessionToken });",
    "import axios from 'axios';\nawait axios.post(`${org}/api/v1/sessions`, { sessionToken }, { params: { additionalFields: 'expiresAt' } });",
    // The by-id operations work again since 2025: not reported by default.
    "await fetch(`${org}/api/v1/sessions/${sid}`, { method: 'DELETE' });",
    "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.sessionApi.getSession({ sessionId });",
    // Code that runs on Classic Engine on purpose.
    {
      code: "await fetch(`${org}/api/v1/sessions?additionalFields=cookieToken`, { method: 'POST' });",
      settings: { 'okta-oie': { engine: 'classic' } },
    },
    // A file with no Okta trace is not looked at.
    "await fetch('/sessions/' + id, { method: 'DELETE' });",
  ],
  invalid: [
    {
      // A query built apart from the URL: URLSearchParams in a template, \`url.searchParams.set\` on a \`new URL\`.
      code: code`
        const params = new URLSearchParams({ additionalFields: 'cookieToken' });
        await fetch(\`\${org}/api/v1/sessions?\${params}\`, { method: 'POST', body: JSON.stringify({ sessionToken }) });
        const url = new URL('/api/v1/sessions', org);
        url.searchParams.set('additionalFields', 'cookieToken');
        await fetch(url, { method: 'POST', body: JSON.stringify({ sessionToken }) });
      `,
      output: null,
      errors: [
        { messageId: 'cookieToken', data: { instead: mySession }, line: 2, column: 13, endLine: 2, endColumn: 47, suggestions: [] },
        { messageId: 'cookieToken', data: { instead: mySession }, line: 5, column: 13, endLine: 5, endColumn: 16, suggestions: [] },
      ],
    },
    {
      // The path and query written where the request is not (an endpoint constant); with \`source-doc\`, a path only
      // one unsupported operation has.
      code: code`
        export const CREATE_SESSION = '/api/v1/sessions?additionalFields=cookieToken';
        export const REFRESH = (id) => \`/api/v1/sessions/\${id}/lifecycle/refresh\`;
      `,
      options: sourceDoc,
      output: null,
      errors: [
        { messageId: 'cookieToken', data: { instead: mySession }, line: 1, column: 31, endLine: 1, endColumn: 78, suggestions: [] },
        {
          messageId: 'sessionById',
          data: { operation: 'POST /api/v1/sessions/{sessionId}/lifecycle/refresh', fixedIn: '2025.10.1', instead: refreshInstead },
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 74,
          suggestions: [],
        },
      ],
    },
    {
      // fetch, the cookie token in the URL (the only request Okta lists today).
      code: "await fetch(`${org}/api/v1/sessions?additionalFields=cookieToken`, { method: 'POST', body: JSON.stringify({ sessionToken }) });",
      output: null,
      errors: [{ messageId: 'cookieToken', data: { instead: mySession }, line: 1, column: 13, endLine: 1, endColumn: 66, suggestions: [] }],
    },
    {
      // axios `params`, and a list of additional fields.
      code: code`
        import axios from 'axios';
        const { data } = await axios.post(\`\${org}/api/v1/sessions\`, { sessionToken }, {
          params: { additionalFields: 'cookieToken' },
        });
        await axios({ method: 'post', url: \`\${org}/api/v1/sessions?additionalFields=expiresAt,cookieToken\`, data: { sessionToken } });
      `,
      output: null,
      errors: [
        { messageId: 'cookieToken', line: 3, column: 31, endLine: 3, endColumn: 44 },
        { messageId: 'cookieToken', line: 5, column: 36, endLine: 5, endColumn: 99 },
      ],
    },
    {
      // got with searchParams (server code: no /me suggestion).
      code: "import got from 'got';\nawait got.post(`${org}/api/v1/sessions`, { json: { sessionToken }, searchParams: { additionalFields: 'cookieToken' } });",
      output: null,
      errors: [{ messageId: 'cookieToken', line: 2, column: 102, endLine: 2, endColumn: 115 }],
    },
    {
      // fetch in the browser: the by-id operations of the source document, with the /me twin as a suggestion.
      code: code`
        await fetch(\`\${org}/api/v1/sessions/\${sid}/lifecycle/refresh\`, { method: 'POST', credentials: 'include' });
        await fetch(org + '/api/v1/sessions/' + sid, { method: 'DELETE', credentials: 'include' });
        await fetch(\`\${org}/api/v1/sessions/\${sid}\`, { credentials: 'include' });
      `,
      options: sourceDoc,
      output: null,
      errors: [
        {
          messageId: 'sessionById',
          data: { operation: 'POST /api/v1/sessions/{sessionId}/lifecycle/refresh', fixedIn: '2025.10.1', instead: refreshInstead },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useMySession',
              data: { replacement: 'POST /api/v1/sessions/me/lifecycle/refresh' },
              output: code`
                await fetch(\`\${org}/api/v1/sessions/me/lifecycle/refresh\`, { method: 'POST', credentials: 'include' });
                await fetch(org + '/api/v1/sessions/' + sid, { method: 'DELETE', credentials: 'include' });
                await fetch(\`\${org}/api/v1/sessions/\${sid}\`, { credentials: 'include' });
              `,
            },
          ],
        },
        {
          messageId: 'sessionById',
          data: { operation: 'DELETE /api/v1/sessions/{sessionId}', fixedIn: '2025.08.4', instead: revokeInstead },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useMySession',
              data: { replacement: 'DELETE /api/v1/sessions/me' },
              output: code`
                await fetch(\`\${org}/api/v1/sessions/\${sid}/lifecycle/refresh\`, { method: 'POST', credentials: 'include' });
                await fetch(org + '/api/v1/sessions/me', { method: 'DELETE', credentials: 'include' });
                await fetch(\`\${org}/api/v1/sessions/\${sid}\`, { credentials: 'include' });
              `,
            },
          ],
        },
        {
          messageId: 'sessionById',
          data: { operation: 'GET /api/v1/sessions/{sessionId}', fixedIn: '2025.10.1', instead: getInstead },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useMySession',
              data: { replacement: 'GET /api/v1/sessions/me' },
              output: code`
                await fetch(\`\${org}/api/v1/sessions/\${sid}/lifecycle/refresh\`, { method: 'POST', credentials: 'include' });
                await fetch(org + '/api/v1/sessions/' + sid, { method: 'DELETE', credentials: 'include' });
                await fetch(\`\${org}/api/v1/sessions/me\`, { credentials: 'include' });
              `,
            },
          ],
        },
      ],
    },
    {
      // A concatenated refresh URL, and an axios instance with a baseURL.
      code: code`
        import axios from 'axios';
        await axios.post(org + '/api/v1/sessions/' + sid + '/lifecycle/refresh');
        const okta = axios.create({ baseURL: \`\${org}/api/v1\` });
        await okta.delete(\`/sessions/\${sid}\`);
      `,
      options: sourceDoc,
      output: null,
      errors: [
        {
          messageId: 'sessionById',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useMySession',
              output: code`
                import axios from 'axios';
                await axios.post(org + '/api/v1/sessions/me/lifecycle/refresh');
                const okta = axios.create({ baseURL: \`\${org}/api/v1\` });
                await okta.delete(\`/sessions/\${sid}\`);
              `,
            },
          ],
        },
        {
          messageId: 'sessionById',
          data: { operation: 'DELETE /api/v1/sessions/{sessionId}', fixedIn: '2025.08.4', instead: revokeInstead },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useMySession',
              output: code`
                import axios from 'axios';
                await axios.post(org + '/api/v1/sessions/' + sid + '/lifecycle/refresh');
                const okta = axios.create({ baseURL: \`\${org}/api/v1\` });
                await okta.delete(\`/sessions/me\`);
              `,
            },
          ],
        },
      ],
    },
    {
      // Server code with an API token: superagent, request, node https and jQuery-free; no /me suggestion.
      code: code`
        const request = require('superagent');
        const https = require('node:https');
        const headers = { Authorization: \`SSWS \${process.env.OKTA_API_TOKEN}\` };
        await request.delete(\`\${org}/api/v1/sessions/\${sid}\`).set(headers);
        https.request({ hostname: 'acme.okta.com', path: '/api/v1/users/me/lifecycle/delete_sessions', method: 'POST', headers });
      `,
      options: sourceDoc,
      output: null,
      errors: [
        { messageId: 'sessionById', line: 4, column: 22, endLine: 4, endColumn: 53, suggestions: [] },
        {
          messageId: 'sessionById',
          data: { operation: 'POST /api/v1/users/me/lifecycle/delete_sessions', fixedIn: '2025.08.4', instead: endInstead },
          line: 5,
          column: 50,
          endLine: 5,
          endColumn: 94,
          suggestions: [],
        },
      ],
    },
    {
      // jQuery on a Classic-era custom page.
      code: "$.ajax({ url: oktaUrl + '/api/v1/sessions/' + sessionId, type: 'DELETE', xhrFields: { withCredentials: true } });",
      options: sourceDoc,
      output: null,
      errors: [
        {
          messageId: 'sessionById',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 56,
          suggestions: [
            { messageId: 'useMySession', output: "$.ajax({ url: oktaUrl + '/api/v1/sessions/me', type: 'DELETE', xhrFields: { withCredentials: true } });" },
          ],
        },
      ],
    },
    {
      // okta-sdk-nodejs 6: flat methods and the Session model's methods, through await and then().
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        const session = await client.getSession(sessionId);
        await session.refresh();
        await client.endSession(sessionId);
        client.createSession({ sessionToken }).then((created) => created.delete());
      `,
      options: sourceDoc,
      output: null,
      errors: [
        {
          messageId: 'sessionByIdSdk',
          data: { method: 'getSession', operation: 'GET /api/v1/sessions/{sessionId}', fixedIn: '2025.10.1', instead: getInstead },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 40,
        },
        {
          messageId: 'sessionByIdSdk',
          data: { method: 'session.refresh', operation: 'POST /api/v1/sessions/{sessionId}/lifecycle/refresh', fixedIn: '2025.10.1', instead: refreshInstead },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 22,
        },
        { messageId: 'sessionByIdSdk', data: { method: 'endSession', operation: 'DELETE /api/v1/sessions/{sessionId}', fixedIn: '2025.08.4', instead: revokeInstead }, line: 5, column: 14, endLine: 5, endColumn: 24 },
        { messageId: 'sessionByIdSdk', data: { method: 'session.delete', operation: 'DELETE /api/v1/sessions/{sessionId}', fixedIn: '2025.08.4', instead: revokeInstead }, line: 6, column: 66, endLine: 6, endColumn: 72 },
      ],
    },
    {
      // A file whose only session call is UserApi.endUserSessions (okta-sdk-nodejs 7.2+).
      code: "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.userApi.endUserSessions({ keepCurrent: false });",
      options: sourceDoc,
      output: null,
      errors: [{ messageId: 'sessionByIdSdk', data: { method: 'userApi.endUserSessions', operation: 'POST /api/v1/users/me/lifecycle/delete_sessions', fixedIn: '2025.08.4', instead: endInstead }, line: 3, column: 22, endLine: 3, endColumn: 37 }],
    },
    {
      // okta-sdk-nodejs 7+: the SessionApi and, since 7.2, UserApi.endUserSessions.
      code: code`
        import { Client } from '@okta/okta-sdk-nodejs';
        const client = new Client({ orgUrl, token });
        await client.sessionApi.getSession({ sessionId });
        await client.sessionApi.refreshSession({ sessionId });
        await client.sessionApi.revokeSession({ sessionId });
        const { userApi } = client;
        await userApi.endUserSessions({ keepCurrent: true });
        await client.sessionApi.getCurrentSession();
      `,
      options: sourceDoc,
      output: null,
      errors: [
        { messageId: 'sessionByIdSdk', data: { method: 'sessionApi.getSession', operation: 'GET /api/v1/sessions/{sessionId}', fixedIn: '2025.10.1', instead: getInstead }, line: 3, column: 25, endLine: 3, endColumn: 35 },
        { messageId: 'sessionByIdSdk', data: { method: 'sessionApi.refreshSession', operation: 'POST /api/v1/sessions/{sessionId}/lifecycle/refresh', fixedIn: '2025.10.1', instead: refreshInstead }, line: 4, column: 25, endLine: 4, endColumn: 39 },
        { messageId: 'sessionByIdSdk', data: { method: 'sessionApi.revokeSession', operation: 'DELETE /api/v1/sessions/{sessionId}', fixedIn: '2025.08.4', instead: revokeInstead }, line: 5, column: 25, endLine: 5, endColumn: 38 },
        { messageId: 'sessionByIdSdk', data: { method: 'userApi.endUserSessions', operation: 'POST /api/v1/users/me/lifecycle/delete_sessions', fixedIn: '2025.08.4', instead: endInstead }, line: 7, column: 15, endLine: 7, endColumn: 30 },
      ],
    },
  ],
});
