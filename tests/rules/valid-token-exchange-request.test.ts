import rule from '../../src/rules/valid-token-exchange-request.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const exchange = "grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange'";

ruleTester.run('valid-token-exchange-request', rule, {
  valid: [
    // The guide's ID-JAG request to the org authorization server.
    code`
      await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
        ${exchange},
        requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag',
        subject_token: idToken, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion,
        audience: \`\${orgUrl}/oauth2/default\`, scope: 'chat.read',
      }) });
    `,
    // A vaulted secret, exchanged for an access token.
    `await fetch('https://acme.okta.com/oauth2/v1/token', { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:okta:params:oauth:token-type:vaulted-secret', subject_token: accessToken, subject_token_type: 'urn:ietf:params:oauth:token-type:access_token', resource }) });`,
    // Native SSO at a custom authorization server: Okta's irregular device-secret URN is right.
    `await fetch(\`\${orgUrl}/oauth2/default/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, actor_token: deviceSecret, actor_token_type: 'urn:x-oath:params:oauth:token-type:device-secret', subject_token: idToken, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', audience: 'api://default', scope: 'openid' }) });`,
    // ID-JAG to an issuer known only at run time: it may be the org authorization server.
    `await fetch(\`\${issuer}/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag', subject_token: t, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', audience }) });`,
    // Cross App Access: a requesting app (a SAML one, say) exchanges its refresh token for an ID-JAG.
    code`
      await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
        ${exchange},
        requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag',
        subject_token: refreshToken, subject_token_type: 'urn:ietf:params:oauth:token-type:refresh_token',
        audience: 'https://acme.okta.com/oauth2/aus5h1k6yB3Pr60AX0g5', scope: 'chat.read',
      }) });
    `,
    // … a SAML 2.0 assertion, the other subject the ID-JAG draft names; and a free-form agent-to-agent audience (2026.07.2).
    `await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag', subject_token: assertion, subject_token_type: 'urn:ietf:params:oauth:token-type:saml2', audience: 'agent-two', resource: 'https://agent2.example.com' }) });`,
    // The spec's own AI agent examples for the other three types carry `resource`, not `audience`.
    `await fetch('https://acme.okta.com/oauth2/v1/token', { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:okta:params:oauth:token-type:oauth-sts', subject_token: idToken, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', client_assertion_type, client_assertion, resource: 'example:resource:value' }) });`,
    // A spread may hold the audience.
    `await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({ ...target, ${exchange}, requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag', subject_token: t, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token' }) });`,
    // Other grant types, and values known only at run time.
    "await fetch(`${issuer}/v1/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri }) });",
    `await fetch(\`\${issuer}/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, subject_token: t, subject_token_type: subjectType }) });`,
    // Native to Web SSO: its token types are checked by valid-interclient-sso.
    `await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:okta:params:oauth:token-type:interclient_token', actor_token: at, subject_token: it }) });`,
    // An app's own token route is not an Okta endpoint.
    "await fetch('/api/token', { method: 'POST', body: JSON.stringify({ grant_type: 'token_exchange', subject_token_type: 'id' }) });",
  ],
  invalid: [
    {
      // ID-JAG sent to a custom authorization server.
      code: code`
        await fetch(\`\${orgUrl}/oauth2/\${authServerId}/v1/token\`, { method: 'POST', body: new URLSearchParams({
          ${exchange},
          requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag',
          subject_token: idToken, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', audience, scope,
        }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'orgAsOnlyAtCustomAs',
          data: { value: 'urn:ietf:params:oauth:token-type:id-jag' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useOrgAs',
              output: code`
                await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
                  ${exchange},
                  requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag',
                  subject_token: idToken, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', audience, scope,
                }) });
              `,
            },
          ],
        },
      ],
    },
    {
      // The same with the URL in a constant: reported, with no suggestion to edit the constant.
      code: code`
        const tokenUrl = 'https://acme.okta.com/oauth2/default/v1/token';
        await fetch(tokenUrl, { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:okta:params:oauth:token-type:service-account', subject_token: t, subject_token_type: 'urn:ietf:params:oauth:token-type:access_token', resource }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'orgAsOnlyAtCustomAs',
          data: { value: 'urn:okta:params:oauth:token-type:service-account' },
          line: 2,
          column: 154,
          endLine: 2,
          endColumn: 204,
          suggestions: [],
        },
      ],
    },
    {
      // A misspelled URN (the guide's own typo), and a subject token type AI agents cannot exchange.
      code: code`
        await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
          ${exchange},
          requested_token_type: 'urn:okta:params:oauthtoken-type:oauth-sts', subject_token: t,
          subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', resource,
        }) });
        await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
          ${exchange},
          requested_token_type: 'urn:okta:params:oauth:token-type:oauth-sts', subject_token: t,
          subject_token_type: 'urn:ietf:params:oauth:token-type:saml2', resource,
        }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'unknownTokenType',
          data: { value: 'urn:okta:params:oauthtoken-type:oauth-sts', parameter: 'requested_token_type', hint: " Did you mean 'urn:okta:params:oauth:token-type:oauth-sts'?" },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useValue',
              data: { value: 'urn:okta:params:oauth:token-type:oauth-sts' },
              output: code`
                await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
                  ${exchange},
                  requested_token_type: 'urn:okta:params:oauth:token-type:oauth-sts', subject_token: t,
                  subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', resource,
                }) });
                await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({
                  ${exchange},
                  requested_token_type: 'urn:okta:params:oauth:token-type:oauth-sts', subject_token: t,
                  subject_token_type: 'urn:ietf:params:oauth:token-type:saml2', resource,
                }) });
              `,
            },
          ],
        },
        {
          messageId: 'subjectTokenType',
          data: {
            product: 'Okta for AI Agents',
            requested: 'urn:okta:params:oauth:token-type:oauth-sts',
            value: 'urn:ietf:params:oauth:token-type:saml2',
            allowed: "'urn:ietf:params:oauth:token-type:id_token' or 'urn:ietf:params:oauth:token-type:access_token'",
          },
          line: 9,
          column: 23,
          endLine: 9,
          endColumn: 63,
        },
      ],
    },
    {
      // axios with a JSON body and qs.stringify: a short token type name, a missing actor token type, a misspelled grant.
      code: code`
        import axios from 'axios';
        import qs from 'qs';
        await axios.post(\`\${issuer}/v1/token\`, { ${exchange}, subject_token: t, subject_token_type: 'id_token', actor_token: a });
        await axios.post(\`\${issuer}/v1/token\`, qs.stringify({ grant_type: 'urn:ietf:params:oauth:grant-type:token_exchange', subject_token: t }));
      `,
      output: null,
      errors: [
        {
          messageId: 'unknownTokenType',
          data: { value: 'id_token', parameter: 'subject_token_type', hint: " Did you mean 'urn:ietf:params:oauth:token-type:id_token'?" },
          line: 3,
          column: 143,
          endLine: 3,
          endColumn: 153,
          suggestions: [
            {
              messageId: 'useValue',
              data: { value: 'urn:ietf:params:oauth:token-type:id_token' },
              output: code`
                import axios from 'axios';
                import qs from 'qs';
                await axios.post(\`\${issuer}/v1/token\`, { ${exchange}, subject_token: t, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', actor_token: a });
                await axios.post(\`\${issuer}/v1/token\`, qs.stringify({ grant_type: 'urn:ietf:params:oauth:grant-type:token_exchange', subject_token: t }));
              `,
            },
          ],
        },
        { messageId: 'missingActorTokenType', line: 3, column: 155, endLine: 3, endColumn: 166 },
        {
          messageId: 'grantType',
          data: { value: 'urn:ietf:params:oauth:grant-type:token_exchange', expected: 'urn:ietf:params:oauth:grant-type:token-exchange' },
          line: 4,
          column: 67,
          endLine: 4,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'useValue',
              data: { value: 'urn:ietf:params:oauth:grant-type:token-exchange' },
              output: code`
                import axios from 'axios';
                import qs from 'qs';
                await axios.post(\`\${issuer}/v1/token\`, { ${exchange}, subject_token: t, subject_token_type: 'id_token', actor_token: a });
                await axios.post(\`\${issuer}/v1/token\`, qs.stringify({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token: t }));
              `,
            },
          ],
        },
      ],
    },
    {
      // No subject token type at all, and no audience.
      code: `await fetch(\`\${orgUrl}/oauth2/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag', subject_token: idToken }) });`,
      output: null,
      errors: [
        { messageId: 'missingSubjectTokenType', line: 1, column: 86, endLine: 1, endColumn: 240 },
        { messageId: 'missingAudience', data: { requested: 'urn:ietf:params:oauth:token-type:id-jag' }, line: 1, column: 173, endLine: 1, endColumn: 214 },
      ],
    },
    {
      // An ID-JAG request with no audience, to an issuer known only at run time (OKTA-1116286: Okta rejects it), and a
      // subject an ID-JAG exchange does not take.
      code: code`
        await fetch(\`\${issuer}/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag', subject_token: t, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token' }) });
        await fetch(\`\${issuer}/v1/token\`, { method: 'POST', body: new URLSearchParams({ ${exchange}, requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag', subject_token: t, subject_token_type: 'urn:ietf:params:oauth:token-type:jwt', audience }) });
      `,
      output: null,
      errors: [
        { messageId: 'missingAudience', data: { requested: 'urn:ietf:params:oauth:token-type:id-jag' }, line: 1, column: 166, endLine: 1, endColumn: 207 },
        {
          messageId: 'subjectTokenType',
          data: {
            product: 'Cross App Access',
            requested: 'urn:ietf:params:oauth:token-type:id-jag',
            value: 'urn:ietf:params:oauth:token-type:jwt',
            allowed:
              "'urn:ietf:params:oauth:token-type:id_token', 'urn:ietf:params:oauth:token-type:access_token', 'urn:ietf:params:oauth:token-type:refresh_token' or 'urn:ietf:params:oauth:token-type:saml2'",
          },
          line: 2,
          column: 247,
          endLine: 2,
          endColumn: 285,
        },
      ],
    },
  ],
});
