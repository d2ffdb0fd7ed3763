import rule from '../../src/rules/valid-client-auth-settings.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

ruleTester.run('valid-client-auth-settings', rule, {
  valid: [
    // One purpose, as the API reference's filter example has it.
    "await fetch(`${orgUrl}/resource-servers/api/v1/client-auth-settings`, { method: 'POST', body: JSON.stringify({ purpose: ['STS'], resourceOrn, protocol }) });",
    "await fetch(`${orgUrl}/resource-servers/api/v1/client-auth-settings`, { method: 'POST', body: JSON.stringify({ purpose: 'STS', resourceOrn }) });",
    // Values known only at run time, and a spread that may hold one.
    "await fetch(`${orgUrl}/resource-servers/api/v1/client-auth-settings`, { method: 'POST', body: JSON.stringify({ purpose: purposes }) });",
    "await fetch(`${orgUrl}/resource-servers/api/v1/client-auth-settings`, { method: 'POST', body: JSON.stringify({ purpose: [...purposes] }) });",
    // Listing by purpose is a query; updating existing settings is not the create endpoint.
    "await fetch(`${orgUrl}/resource-servers/api/v1/client-auth-settings?search=${encodeURIComponent('purpose eq \"STS\"')}`);",
    "await fetch(`${orgUrl}/resource-servers/api/v1/client-auth-settings/${id}`, { method: 'PUT', body: JSON.stringify({ purpose: ['STS', 'SSO'] }) });",
    // Another API's purpose list.
    "await fetch('/api/client-auth-settings', { method: 'POST', body: JSON.stringify({ purpose: ['a', 'b'] }) });",
  ],
  invalid: [
    {
      code: code`
        await fetch(\`\${orgUrl}/resource-servers/api/v1/client-auth-settings\`, {
          method: 'POST',
          body: JSON.stringify({ resourceOrn, purpose: ['STS', /* consent */ 'SSO'] }),
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'onePurpose',
          data: { count: '2', values: '`STS` and `SSO`' },
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'keepPurpose',
              data: { value: 'STS' },
              output: code`
                await fetch(\`\${orgUrl}/resource-servers/api/v1/client-auth-settings\`, {
                  method: 'POST',
                  body: JSON.stringify({ resourceOrn, purpose: ['STS'] /* consent */ }),
                });
              `,
            },
            {
              messageId: 'keepPurpose',
              data: { value: 'SSO' },
              output: code`
                await fetch(\`\${orgUrl}/resource-servers/api/v1/client-auth-settings\`, {
                  method: 'POST',
                  body: JSON.stringify({ resourceOrn, purpose: ['SSO'] /* consent */ }),
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // A constant sent twice: one report, at the constant, with no suggestion (other code may read it).
      code: code`
        import axios from 'axios';
        const PURPOSES = ['STS', 'STS', runtimePurpose];
        await axios.post(\`\${process.env.OKTA_ORG_URL}/resource-servers/api/v1/client-auth-settings\`, { purpose: PURPOSES });
        await axios.post(\`\${process.env.OKTA_ORG_URL}/resource-servers/api/v1/client-auth-settings\`, { purpose: PURPOSES, name });
      `,
      output: null,
      errors: [{ messageId: 'onePurpose', data: { count: '3', values: '`STS`, `STS` and `runtimePurpose`' }, line: 2, column: 18, endLine: 2, endColumn: 48, suggestions: [] }],
    },
  ],
});
