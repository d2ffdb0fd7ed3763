import rule from '../../src/rules/no-embed-link-custom-sign-in-page.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const apiKey = 'accessibility.loginRedirectUrl';
const pulumiKey = 'accessibilityLoginRedirectUrl';

ruleTester.run('no-embed-link-custom-sign-in-page', rule, {
  valid: [
    // The sibling settings are fine, and clearing the page is fine.
    "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.applicationApi.replaceApplication({ appId, application: { ...app, accessibility: { selfService: false, errorRedirectUrl: 'https://acme.example/error', loginRedirectUrl: null } } });",
    "await fetch(`${okta}/api/v1/apps/${appId}`, { method: 'PUT', body: JSON.stringify({ accessibility: { loginRedirectUrl: '' } }) });",
    // loginRedirectUrl outside an Apps API body.
    "import axios from 'axios';\nconst okta = { loginRedirectUrl: '/signin' };\nawait axios.post('/api/v1/settings', { accessibility: { loginRedirectUrl: '/signin' } });",
    "import * as okta from '@pulumi/okta';\nnew okta.app.Saml('crm', { label: 'CRM', accessibilityErrorRedirectUrl: 'https://acme.example/error' });",
    { code: "await fetch(`${okta}/api/v1/apps`, { method: 'POST', body: JSON.stringify({ accessibility: { loginRedirectUrl: url } }) });", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      // okta-sdk-nodejs 7+, with the suggestion keeping the siblings.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.applicationApi.replaceApplication({
          appId,
          application: {
            ...app,
            accessibility: { selfService: false, loginRedirectUrl: 'https://login.acme.example/app-sign-in' },
          },
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'customLoginPage',
          data: { key: apiKey },
          line: 7,
          column: 42,
          endLine: 7,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'removeLoginRedirectUrl',
              data: { key: apiKey },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.applicationApi.replaceApplication({
                  appId,
                  application: {
                    ...app,
                    accessibility: { selfService: false },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // okta-sdk-nodejs 6, fetch and axios on the Apps API.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const axios = require('axios');
        const client = new okta.Client();
        await client.createApplication({ name: 'bookmark', label: 'Wiki', accessibility: { loginRedirectUrl: signInPage } });
        await fetch(\`\${orgUrl}/api/v1/apps/\${appId}\`, { method: 'PUT', body: JSON.stringify({ ...app, accessibility: { loginRedirectUrl: signInPage } }) });
        await axios.post(\`\${orgUrl}/api/v1/apps\`, { label: 'Wiki', signOnMode: 'BOOKMARK', accessibility: { 'loginRedirectUrl': signInPage } });
      `,
      output: null,
      errors: [
        { messageId: 'customLoginPage', data: { key: apiKey }, line: 4, column: 84, endLine: 4, endColumn: 100, suggestions: [{ messageId: 'removeLoginRedirectUrl', output: code`
          const okta = require('@okta/okta-sdk-nodejs');
          const axios = require('axios');
          const client = new okta.Client();
          await client.createApplication({ name: 'bookmark', label: 'Wiki', accessibility: {} });
          await fetch(\`\${orgUrl}/api/v1/apps/\${appId}\`, { method: 'PUT', body: JSON.stringify({ ...app, accessibility: { loginRedirectUrl: signInPage } }) });
          await axios.post(\`\${orgUrl}/api/v1/apps\`, { label: 'Wiki', signOnMode: 'BOOKMARK', accessibility: { 'loginRedirectUrl': signInPage } });
        ` }] },
        { messageId: 'customLoginPage', data: { key: apiKey }, line: 5, column: 112, endLine: 5, endColumn: 128, suggestions: [{ messageId: 'removeLoginRedirectUrl', output: code`
          const okta = require('@okta/okta-sdk-nodejs');
          const axios = require('axios');
          const client = new okta.Client();
          await client.createApplication({ name: 'bookmark', label: 'Wiki', accessibility: { loginRedirectUrl: signInPage } });
          await fetch(\`\${orgUrl}/api/v1/apps/\${appId}\`, { method: 'PUT', body: JSON.stringify({ ...app, accessibility: {} }) });
          await axios.post(\`\${orgUrl}/api/v1/apps\`, { label: 'Wiki', signOnMode: 'BOOKMARK', accessibility: { 'loginRedirectUrl': signInPage } });
        ` }] },
        { messageId: 'customLoginPage', data: { key: apiKey }, line: 6, column: 101, endLine: 6, endColumn: 119, suggestions: [{ messageId: 'removeLoginRedirectUrl', output: code`
          const okta = require('@okta/okta-sdk-nodejs');
          const axios = require('axios');
          const client = new okta.Client();
          await client.createApplication({ name: 'bookmark', label: 'Wiki', accessibility: { loginRedirectUrl: signInPage } });
          await fetch(\`\${orgUrl}/api/v1/apps/\${appId}\`, { method: 'PUT', body: JSON.stringify({ ...app, accessibility: { loginRedirectUrl: signInPage } }) });
          await axios.post(\`\${orgUrl}/api/v1/apps\`, { label: 'Wiki', signOnMode: 'BOOKMARK', accessibility: {} });
        ` }] },
      ],
    },
    {
      // Pulumi: the app resources and AppSharedCredentials.
      code: code`
        import * as okta from '@pulumi/okta';
        new okta.app.Saml('crm', {
          label: 'CRM',
          accessibilityLoginRedirectUrl: 'https://login.acme.example/crm', // custom page
          accessibilitySelfService: false,
        });
        new okta.AppSharedCredentials('shared', { label: 'Shared', accessibilityLoginRedirectUrl: page });
      `,
      output: null,
      errors: [
        {
          messageId: 'customLoginPage',
          data: { key: pulumiKey },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'removeLoginRedirectUrl',
              data: { key: pulumiKey },
              output: code`
                import * as okta from '@pulumi/okta';
                new okta.app.Saml('crm', {
                  label: 'CRM',
                  accessibilitySelfService: false,
                });
                new okta.AppSharedCredentials('shared', { label: 'Shared', accessibilityLoginRedirectUrl: page });
              `,
            },
          ],
        },
        { messageId: 'customLoginPage', data: { key: pulumiKey }, line: 7, column: 60, endLine: 7, endColumn: 89, suggestions: [{ messageId: 'removeLoginRedirectUrl', output: code`
          import * as okta from '@pulumi/okta';
          new okta.app.Saml('crm', {
            label: 'CRM',
            accessibilityLoginRedirectUrl: 'https://login.acme.example/crm', // custom page
            accessibilitySelfService: false,
          });
          new okta.AppSharedCredentials('shared', { label: 'Shared' });
        ` }] },
      ],
    },
  ],
});

jsonRuleTester.run('no-embed-link-custom-sign-in-page (JSON)', rule as never, {
  valid: [
    { code: '{ "label": "Wiki", "signOnMode": "BOOKMARK", "accessibility": { "selfService": false } }', filename: 'apps/wiki.json' },
    // Not an app: no signOnMode and label.
    { code: '{ "accessibility": { "loginRedirectUrl": "https://x.example" } }', filename: 'settings.json' },
  ],
  invalid: [
    {
      code: '{\n  "label": "Wiki",\n  "signOnMode": "BOOKMARK",\n  "accessibility": { "selfService": false, "loginRedirectUrl": "https://login.acme.example/wiki" }\n}',
      filename: 'apps/wiki.json',
      output: null,
      errors: [
        {
          messageId: 'customLoginPage',
          data: { key: apiKey },
          line: 4,
          column: 44,
          endLine: 4,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'removeLoginRedirectUrl',
              output: '{\n  "label": "Wiki",\n  "signOnMode": "BOOKMARK",\n  "accessibility": { "selfService": false }\n}',
            },
          ],
        },
      ],
    },
  ],
});
