import rule from '../../src/rules/valid-email-server-auth.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\n";

ruleTester.run('valid-email-server-auth', rule, {
  valid: [
    // A complete OAuth 2.0 client credentials server, sent to the REST endpoint.
    code`
      await fetch(\`\${orgUrl}/api/v1/email-servers\`, { method: 'POST', headers, body: JSON.stringify({
        alias: 'M365', enabled: true, host: 'smtp.office365.com', port: 587, username: 'noreply@example.com',
        authType: 'OAUTH2_CLIENT_CREDENTIALS', clientId, clientSecret: process.env.SMTP_SECRET,
        tokenEndpoint: \`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/token\`,
        tokenEndpointAuthMethod: 'CLIENT_SECRET_POST', scopes: ['https://outlook.office.com/.default'],
      }) });
    `,
    // A complete JWT bearer server.
    code`
      await fetch(\`\${orgUrl}/api/v1/email-servers\`, { method: 'POST', body: JSON.stringify({
        alias: 'Gmail', enabled: true, host: 'smtp.gmail.com', port: 587, username: 'mailer@example.com',
        authType: 'OAUTH2_JWT_BEARER_GRANT', tokenEndpoint, clientId, signingAlgorithm: 'RS256', keyId, issuer,
        subject: 'mailer@example.com', audience: 'https://oauth2.googleapis.com/token', scopes: ['https://mail.google.com/'], privateKey,
      }) });
    `,
    // A basic server through the SDK: every field is one the SDK model has; no authType means BASIC_SMTP_AUTH.
    sdk + "await client.emailServerApi.createEmailServer({ emailServerPost: { alias: 'Corp', enabled: true, host: 'smtp.example.com', port: 587, username: 'u', password } });",
    sdk + "await client.emailServerApi.createEmailServer({ emailServerPost: { alias: 'Corp', enabled: true, host: 'smtp.example.com', port: 587, username: 'u', password, authType: 'BASIC_SMTP_AUTH' } });",
    // A PATCH sends only what changes.
    "await fetch(`${orgUrl}/api/v1/email-servers/${id}`, { method: 'PATCH', body: JSON.stringify({ enabled: false }) });",
    // An authType known only at run time: only the field-by-field checks run.
    "await fetch(`${orgUrl}/api/v1/email-servers`, { method: 'POST', body: JSON.stringify({ ...base, authType: kind }) });",
    // Pulumi's EmailSmtpServer has basic auth only.
    "import * as okta from '@pulumi/okta';\nnew okta.EmailSmtpServer('smtp', { alias: 'x', host: 'h', port: 587, username: 'u', password: 'p' });",
    // Secrets are never looked at; an app's own route is not the Okta endpoint.
    "await fetch('/api/v2/email-servers', { method: 'POST', body: JSON.stringify({ authType: 'OAUTH2' }) });",
  ],
  invalid: [
    {
      // The SDK's EmailServerPost model drops authType and every OAuth field.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client();
        await client.emailServerApi.createEmailServer({ emailServerPost: {
          alias: 'M365', enabled: true, host: 'smtp.office365.com', port: 587, username: 'noreply@example.com',
          authType: 'OAUTH2_CLIENT_CREDENTIALS', clientId, clientSecret,
        } });
      `,
      output: null,
      errors: [
        {
          messageId: 'sdkDropsFields',
          data: {
            version: '8.2.0',
            known: '`alias`, `enabled`, `host`, `port`, `username` and `password`',
            method: 'emailServerApi.createEmailServer',
            fields: '`authType`, `clientId` and `clientSecret`',
          },
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useRestEndpoint',
              data: { path: '/api/v1/email-servers' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                await client.http.json(\`\${client.baseUrl}/api/v1/email-servers\`, { method: 'POST', body: JSON.stringify({
                  alias: 'M365', enabled: true, host: 'smtp.office365.com', port: 587, username: 'noreply@example.com',
                  authType: 'OAUTH2_CLIENT_CREDENTIALS', clientId, clientSecret,
                }) });
              `,
            },
          ],
        },
      ],
    },
    {
      code: sdk + 'await client.emailServerApi.updateEmailServer({ emailServerId: server.id, emailServerRequest: { authType: "OAUTH2_JWT_BEARER_GRANT", keyId } });',
      output: null,
      errors: [
        {
          messageId: 'sdkDropsFields',
          data: { version: '8.2.0', known: '`alias`, `enabled`, `host`, `port`, `username` and `password`', method: 'emailServerApi.updateEmailServer', fields: '`authType` and `keyId`' },
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useRestEndpoint',
              data: { path: '/api/v1/email-servers/{emailServerId}' },
              output:
                sdk +
                'await client.http.json(`${client.baseUrl}/api/v1/email-servers/${server.id}`, { method: \'PATCH\', body: JSON.stringify({ authType: "OAUTH2_JWT_BEARER_GRANT", keyId }) });',
            },
          ],
        },
      ],
    },
    {
      // A JWT bearer server with a password, a wrong algorithm, no scopes and missing fields.
      code: code`
        await fetch(\`\${orgUrl}/api/v1/email-servers\`, { method: 'POST', headers, body: JSON.stringify({
          alias: 'G', enabled: true, host: 'smtp.gmail.com', port: 587, username: 'u',
          password: process.env.SMTP_PASSWORD,
          authType: 'OAUTH2_JWT_BEARER_GRANT', clientId, tokenEndpoint, scopes: [], signingAlgorithm: 'RS512',
        }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'missingFields',
          data: { authType: 'OAUTH2_JWT_BEARER_GRANT', fields: '`keyId`, `issuer`, `subject`, `audience` and `privateKey`' },
          line: 1,
          column: 95,
          endLine: 5,
          endColumn: 2,
        },
        {
          messageId: 'passwordWithOAuth',
          data: { authType: 'OAUTH2_JWT_BEARER_GRANT' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'removePassword',
              output: code`
                await fetch(\`\${orgUrl}/api/v1/email-servers\`, { method: 'POST', headers, body: JSON.stringify({
                  alias: 'G', enabled: true, host: 'smtp.gmail.com', port: 587, username: 'u',
                  authType: 'OAUTH2_JWT_BEARER_GRANT', clientId, tokenEndpoint, scopes: [], signingAlgorithm: 'RS512',
                }) });
              `,
            },
          ],
        },
        { messageId: 'emptyScopes', line: 4, column: 73, endLine: 4, endColumn: 75 },
        {
          messageId: 'signingAlgorithm',
          data: { algorithm: 'RS256' },
          line: 4,
          column: 95,
          endLine: 4,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'useRs256',
              data: { algorithm: 'RS256' },
              output: code`
                await fetch(\`\${orgUrl}/api/v1/email-servers\`, { method: 'POST', headers, body: JSON.stringify({
                  alias: 'G', enabled: true, host: 'smtp.gmail.com', port: 587, username: 'u',
                  password: process.env.SMTP_PASSWORD,
                  authType: 'OAUTH2_JWT_BEARER_GRANT', clientId, tokenEndpoint, scopes: [], signingAlgorithm: 'RS256',
                }) });
              `,
            },
          ],
        },
      ],
    },
    {
      // axios: an authType in the wrong case, and a token endpoint auth method that does not exist.
      code: code`
        import axios from 'axios';
        await axios.patch(\`\${orgUrl}/api/v1/email-servers/\${id}\`, { authType: 'oauth2_client_credentials', tokenEndpointAuthMethod: 'BASIC' });
      `,
      output: null,
      errors: [
        {
          messageId: 'unknownAuthType',
          data: { value: 'oauth2_client_credentials', allowed: 'BASIC_SMTP_AUTH, OAUTH2_CLIENT_CREDENTIALS, OAUTH2_JWT_BEARER_GRANT' },
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'useAuthType',
              data: { value: 'OAUTH2_CLIENT_CREDENTIALS' },
              output: code`
                import axios from 'axios';
                await axios.patch(\`\${orgUrl}/api/v1/email-servers/\${id}\`, { authType: 'OAUTH2_CLIENT_CREDENTIALS', tokenEndpointAuthMethod: 'BASIC' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import axios from 'axios';
        await axios.patch(\`\${orgUrl}/api/v1/email-servers/\${id}\`, { authType: 'OAUTH2_CLIENT_CREDENTIALS', tokenEndpointAuthMethod: 'BASIC' });
      `,
      output: null,
      errors: [{ messageId: 'tokenEndpointAuthMethod', data: { allowed: "'CLIENT_SECRET_BASIC' or 'CLIENT_SECRET_POST'" }, line: 2, column: 125, endLine: 2, endColumn: 132 }],
    },
    {
      // A basic server created without its password.
      code: sdk + "await client.emailServerApi.createEmailServer({ emailServerPost: { alias: 'Corp', enabled: true, host: 'smtp.example.com', port: 587, username: 'u' } });",
      output: null,
      errors: [{ messageId: 'missingFields', data: { authType: 'BASIC_SMTP_AUTH', fields: '`password`' }, line: 3, column: 66, endLine: 3, endColumn: 150 }],
    },
  ],
});

jsonRuleTester.run('valid-email-server-auth (JSON)', rule as never, {
  valid: [
    { code: '{ "alias": "Corp", "enabled": true, "host": "smtp.example.com", "port": 587, "username": "u", "password": "p" }', filename: 'smtp.json' },
    { code: '{ "alias": "G", "host": "smtp.gmail.com", "port": 587, "authType": "OAUTH2_JWT_BEARER_GRANT", "signingAlgorithm": "RS256", "scopes": ["https://mail.google.com/"] }', filename: 'smtp.json' },
    // Another tool's SMTP settings: an authType of its own is not read as an Okta one.
    { code: '{ "host": "smtp.example.com", "port": 25, "authType": "login" }', filename: 'mailer.json' },
  ],
  invalid: [
    {
      code: code`
        {
          "alias": "M365", "host": "smtp.office365.com", "port": 587,
          "authType": "OAUTH2_CLIENT_CREDENTIALS",
          "password": "not-used",
          "scopes": []
        }
      `,
      filename: 'email-server.json',
      output: null,
      errors: [
        {
          messageId: 'passwordWithOAuth',
          data: { authType: 'OAUTH2_CLIENT_CREDENTIALS' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'removePassword',
              output: code`
                {
                  "alias": "M365", "host": "smtp.office365.com", "port": 587,
                  "authType": "OAUTH2_CLIENT_CREDENTIALS",
                  "scopes": []
                }
              `,
            },
          ],
        },
        { messageId: 'emptyScopes', line: 5, column: 13, endLine: 5, endColumn: 15 },
      ],
    },
  ],
});
