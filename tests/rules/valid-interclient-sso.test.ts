import rule from '../../src/rules/valid-interclient-sso.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const exchange = "grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange'";
const interclient = "requested_token_type: 'urn:okta:params:oauth:token-type:interclient_token'";

ruleTester.run('valid-interclient-sso', rule, {
  valid: [
    // The origin app asks for interclient_access: that is where the scope belongs.
    "await fetch(`${orgUrl}/oauth2/v1/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'password', username, password, scope: 'openid offline_access interclient_access' }) });",
    // The guide's token exchange.
    code`
      await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
        ${exchange},
        actor_token: accessToken, actor_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        subject_token: idToken, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
        ${interclient}, audience: 'urn:okta:apps:0oa1target',
      }) });
    `,
    // The target app's authorize request with openid only.
    'const url = `${orgUrl}/oauth2/v1/authorize?client_id=${cid}&response_type=code&scope=openid&redirect_uri=${ru}&state=${s}&interclient_token=${t}`;',
    "const params = new URLSearchParams({ client_id: cid, response_type: 'code', scope: 'openid profile', interclient_token: token });",
    // interclient_access in a URL that carries no interclient_token.
    'location.assign(`${orgUrl}/oauth2/v1/authorize?client_id=${cid}&scope=openid%20interclient_access&state=${s}`);',
    // Token types known only at run time.
    `await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, ${interclient}, actor_token_type: actorType, subject_token_type: subjectType }) });`,
  ],
  invalid: [
    {
      // The authorize URL of the catalog, split across a concatenation: autofix drops the scope.
      code: code`
        const url = \`\${issuer}/v1/authorize?client_id=\${cid}&response_type=code&scope=openid%20interclient_access\` +
          \`&redirect_uri=\${ru}&state=\${s}&interclient_token=\${t}\`;
      `,
      output: code`
        const url = \`\${issuer}/v1/authorize?client_id=\${cid}&response_type=code&scope=openid\` +
          \`&redirect_uri=\${ru}&state=\${s}&interclient_token=\${t}\`;
      `,
      errors: [{ messageId: 'scopeWithToken', line: 1, column: 13, endLine: 1, endColumn: 107 }],
    },
    {
      // Parameters as an object, first in the scope; auth-js scopes with extraParams.
      code: code`
        const params = new URLSearchParams({ client_id: cid, scope: 'interclient_access openid profile', interclient_token: token });
        await oktaAuth.token.getWithRedirect({ scopes: ['openid', 'interclient_access'], extraParams: { interclient_token: token } });
      `,
      output: code`
        const params = new URLSearchParams({ client_id: cid, scope: 'openid profile', interclient_token: token });
        await oktaAuth.token.getWithRedirect({ scopes: ['openid'], extraParams: { interclient_token: token } });
      `,
      errors: [
        { messageId: 'scopeWithToken', line: 1, column: 61, endLine: 1, endColumn: 96 },
        { messageId: 'scopeWithToken', line: 2, column: 59, endLine: 2, endColumn: 79 },
      ],
    },
    {
      // Removing the scope would leave none: reported, not fixed.
      code: 'const only = `/oauth2/v1/authorize?scope=interclient_access&interclient_token=${t}`;',
      output: null,
      errors: [{ messageId: 'scopeWithToken', line: 1, column: 14, endLine: 1, endColumn: 84 }],
    },
    {
      // The exchange with the token types swapped, and one missing.
      code: code`
        await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
          ${exchange},
          actor_token: accessToken, actor_token_type: 'urn:ietf:params:oauth:token-type:id_token',
          subject_token: idToken,
          ${interclient},
        }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'missingTokenType',
          data: { parameter: 'subject_token_type', expected: 'urn:ietf:params:oauth:token-type:id_token' },
          line: 1,
          column: 86,
          endLine: 6,
          endColumn: 2,
          suggestions: [
            {
              messageId: 'addTokenType',
              data: { parameter: 'subject_token_type', expected: 'urn:ietf:params:oauth:token-type:id_token' },
              output: code`
                await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
                  ${exchange},
                  actor_token: accessToken, actor_token_type: 'urn:ietf:params:oauth:token-type:id_token',
                  subject_token: idToken,
                  ${interclient}, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
                }) });
              `,
            },
          ],
        },
        {
          messageId: 'tokenType',
          data: { parameter: 'actor_token_type', expected: 'urn:ietf:params:oauth:token-type:access_token', value: 'urn:ietf:params:oauth:token-type:id_token' },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'useValue',
              data: { value: 'urn:ietf:params:oauth:token-type:access_token' },
              output: code`
                await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
                  ${exchange},
                  actor_token: accessToken, actor_token_type: 'urn:ietf:params:oauth:token-type:access_token',
                  subject_token: idToken,
                  ${interclient},
                }) });
              `,
            },
          ],
        },
      ],
    },
    {
      // axios with a JSON body and a token type from a constant: reported, no edit of the constant.
      code: code`
        import axios from 'axios';
        const ACCESS = 'urn:ietf:params:oauth:token-type:access_token';
        await axios.post(\`\${orgUrl}/oauth2/v1/token\`, { ${exchange}, ${interclient}, actor_token_type: ACCESS, subject_token_type: ACCESS });
      `,
      output: null,
      errors: [
        {
          messageId: 'tokenType',
          data: { parameter: 'subject_token_type', expected: 'urn:ietf:params:oauth:token-type:id_token', value: 'urn:ietf:params:oauth:token-type:access_token' },
          line: 3,
          column: 234,
          endLine: 3,
          endColumn: 240,
          suggestions: [],
        },
      ],
    },
  ],
});
