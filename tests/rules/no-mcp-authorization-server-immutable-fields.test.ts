import rule from '../../src/rules/no-mcp-authorization-server-immutable-fields.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

ruleTester.run('no-mcp-authorization-server-immutable-fields', rule, {
  valid: [
    // An update without the immutable fields.
    "await fetch(`${orgUrl}/resource-servers/api/v1/mcp-servers/${mcpServerId}/authorization-servers/${authServerId}`, { method: 'PATCH', body: JSON.stringify({ name: 'GitHub OAuth' }) });",
    // Adding an authorization server sends them; that is not an update.
    "await fetch(`${orgUrl}/resource-servers/api/v1/mcp-servers/${mcpServerId}/authorization-servers`, { method: 'POST', body: JSON.stringify({ issuer, type: 'CUSTOM' }) });",
    // Other resources: the MCP server itself, a virtual MCP server, an API server, an org authorization server.
    "await fetch(`${orgUrl}/resource-servers/api/v1/mcp-servers/${mcpServerId}`, { method: 'PATCH', body: JSON.stringify({ type: 'MANUAL' }) });",
    "await fetch(`${orgUrl}/workload-principals/api/v1/virtual-mcp-servers/${id}/authorization-servers/${as}`, { method: 'PATCH', body: JSON.stringify({ issuer }) });",
    "await fetch(`${orgUrl}/api/v1/authorizationServers/${id}`, { method: 'PUT', body: JSON.stringify({ issuer, name, audiences }) });",
    // A method chosen at run time.
    "await fetch(`${orgUrl}/resource-servers/api/v1/mcp-servers/${id}/authorization-servers/${as}`, { method, body: JSON.stringify({ issuer }) });",
  ],
  invalid: [
    {
      code: code`
        await fetch(\`\${orgUrl}/resource-servers/api/v1/mcp-servers/\${mcpServerId}/authorization-servers/\${authServerId}\`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name, issuer: newIssuer, type: 'CUSTOM' }),
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'immutableField',
          data: { field: 'issuer' },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'removeField',
              data: { field: 'issuer' },
              output: code`
                await fetch(\`\${orgUrl}/resource-servers/api/v1/mcp-servers/\${mcpServerId}/authorization-servers/\${authServerId}\`, {
                  method: 'PATCH',
                  headers: { 'Content-Type': 'application/json' },
                  body: JSON.stringify({ name, type: 'CUSTOM' }),
                });
              `,
            },
          ],
        },
        {
          messageId: 'immutableField',
          data: { field: 'type' },
          line: 4,
          column: 51,
          endLine: 4,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'removeField',
              data: { field: 'type' },
              output: code`
                await fetch(\`\${orgUrl}/resource-servers/api/v1/mcp-servers/\${mcpServerId}/authorization-servers/\${authServerId}\`, {
                  method: 'PATCH',
                  headers: { 'Content-Type': 'application/json' },
                  body: JSON.stringify({ name, issuer: newIssuer }),
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // axios: the `issuer` written in place is reported and removable (what a spread holds is not known).
      code: code`
        import axios from 'axios';
        const okta = axios.create({ baseURL: process.env.OKTA_ORG_URL });
        await okta.patch(\`/resource-servers/api/v1/mcp-servers/\${id}/authorization-servers/\${asId}\`, { ...stored, issuer: stored.issuer });
      `,
      output: null,
      errors: [{ messageId: 'immutableField', data: { field: 'issuer' }, line: 3, column: 107, endLine: 3, endColumn: 113, suggestions: [{ messageId: 'removeField', data: { field: 'issuer' }, output: code`
        import axios from 'axios';
        const okta = axios.create({ baseURL: process.env.OKTA_ORG_URL });
        await okta.patch(\`/resource-servers/api/v1/mcp-servers/\${id}/authorization-servers/\${asId}\`, { ...stored });
      ` }] }],
    },
  ],
});
