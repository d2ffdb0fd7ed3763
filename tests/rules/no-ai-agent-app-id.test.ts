import rule from '../../src/rules/no-ai-agent-app-id.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const data = { delegationLinks: 'POST /workload-principals/api/v1/delegation-links' };

ruleTester.run('no-ai-agent-app-id', rule, {
  valid: [
    // Okta's own request example ("Register an AI agent with a CIMD client"): no appId.
    code`
      await fetch(\`https://\${oktaDomain}/workload-principals/api/v1/ai-agents\`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: \`SSWS \${apiToken}\` },
        body: JSON.stringify({
          profile: { name: 'Claude Code', description: 'Claude Code CLI agent' },
          oauthClient: { type: 'CIMD', clientIdMatchPattern: 'https://example.com/.well-known/cimd/claude-code.json' },
        }),
      });
    `,
    // JSON Merge Patch: `appId: null` removes the link, which is the way off the deprecated parameter.
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents/${agentId}`, { method: 'PATCH', body: JSON.stringify({ appId: null }) });",
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents`, { method: 'POST', body: JSON.stringify({ appId: undefined, profile }) });",
    // Listing agents by app is a query, not the parameter.
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents?search=${encodeURIComponent(`appId eq \"${appId}\"`)}`);",
    // Other Okta for AI Agents endpoints, and other Okta APIs, take `appId` of their own.
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents/${agentId}/connections`, { method: 'POST', body: JSON.stringify({ appId }) });",
    code`
      import okta from '@okta/okta-sdk-nodejs';
      const client = new okta.Client({ orgUrl, token });
      await client.applicationApi.getApplication({ appId });
      await client.applicationCrossAppAccessConnectionsApi.getAllCrossAppAccessConnections({ appId });
    `,
    // An app's own routes with an appId of their own.
    "await fetch('/api/ai-agents', { method: 'POST', body: JSON.stringify({ appId, name }) });",
    "await axios.post(`${backend}/agents/register`, { appId: '0oa1', profile: { name: 'Demo Agent' } });",
    // A method of the same name on something that is not the Okta client.
    "const registry = makeRegistry();\nawait registry.agentRegistrationApi.registerAIAgent({ body: { appId, profile } });",
  ],
  invalid: [
    {
      // axios with the body written in place: Okta's 2026.06 SDK example, before the deprecation.
      code: code`
        import axios from 'axios';
        await axios.post(\`\${baseUrl}/workload-principals/api/v1/ai-agents\`, {
          appId: '0oab1234EXAMPLEID5d6', // the connected app
          profile: { name: 'Demo Agent', description: 'Demo Conversational AI Agent' },
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'deprecatedAppId',
          data,
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'removeAppId',
              output: code`
                import axios from 'axios';
                await axios.post(\`\${baseUrl}/workload-principals/api/v1/ai-agents\`, {
                  profile: { name: 'Demo Agent', description: 'Demo Conversational AI Agent' },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // okta-sdk-nodejs 8: register, replace and update, shorthand `appId`.
      code: code`
        import { Client } from '@okta/okta-sdk-nodejs';
        const client = new Client({ orgUrl, token });
        await client.agentRegistrationApi.registerAIAgent({ body: { appId, profile: { name } } });
        await client.agentRegistrationApi.replaceAIAgent({ agentId, body: { profile: { name }, appId: app.id } });
        await client.agentRegistrationApi.updateAIAgent({ agentId, body: { appId: newAppId } });
      `,
      output: null,
      errors: [
        {
          messageId: 'deprecatedAppId',
          data,
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'removeAppId',
              output: code`
                import { Client } from '@okta/okta-sdk-nodejs';
                const client = new Client({ orgUrl, token });
                await client.agentRegistrationApi.registerAIAgent({ body: { profile: { name } } });
                await client.agentRegistrationApi.replaceAIAgent({ agentId, body: { profile: { name }, appId: app.id } });
                await client.agentRegistrationApi.updateAIAgent({ agentId, body: { appId: newAppId } });
              `,
            },
          ],
        },
        {
          messageId: 'deprecatedAppId',
          data,
          line: 4,
          column: 88,
          endLine: 4,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'removeAppId',
              output: code`
                import { Client } from '@okta/okta-sdk-nodejs';
                const client = new Client({ orgUrl, token });
                await client.agentRegistrationApi.registerAIAgent({ body: { appId, profile: { name } } });
                await client.agentRegistrationApi.replaceAIAgent({ agentId, body: { profile: { name } } });
                await client.agentRegistrationApi.updateAIAgent({ agentId, body: { appId: newAppId } });
              `,
            },
          ],
        },
        {
          messageId: 'deprecatedAppId',
          data,
          line: 5,
          column: 68,
          endLine: 5,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'removeAppId',
              output: code`
                import { Client } from '@okta/okta-sdk-nodejs';
                const client = new Client({ orgUrl, token });
                await client.agentRegistrationApi.registerAIAgent({ body: { appId, profile: { name } } });
                await client.agentRegistrationApi.replaceAIAgent({ agentId, body: { profile: { name }, appId: app.id } });
                await client.agentRegistrationApi.updateAIAgent({ agentId, body: {} });
              `,
            },
          ],
        },
      ],
    },
    {
      // A body in a constant, sent with PUT and then with PATCH: one report.
      code: code`
        const agent = { appId: process.env.OKTA_APP_ID, profile: { name: 'Support Agent' } };
        await fetch(\`\${orgUrl}/workload-principals/api/v1/ai-agents/\${id}\`, { method: 'PUT', body: JSON.stringify(agent) });
        await fetch(\`\${orgUrl}/workload-principals/api/v1/ai-agents/\${id}\`, { method: 'PATCH', body: JSON.stringify(agent) });
      `,
      output: null,
      errors: [
        {
          messageId: 'deprecatedAppId',
          data,
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'removeAppId',
              output: code`
                const agent = { profile: { name: 'Support Agent' } };
                await fetch(\`\${orgUrl}/workload-principals/api/v1/ai-agents/\${id}\`, { method: 'PUT', body: JSON.stringify(agent) });
                await fetch(\`\${orgUrl}/workload-principals/api/v1/ai-agents/\${id}\`, { method: 'PATCH', body: JSON.stringify(agent) });
              `,
            },
          ],
        },
      ],
    },
    {
      // A body spread from elsewhere: reported, but there is no entry in the file to remove.
      code: code`
        const defaults = { appId: process.env.OKTA_APP_ID };
        await fetch(\`\${orgUrl}/workload-principals/api/v1/ai-agents\`, { method: 'POST', body: JSON.stringify({ ...defaults, profile }) });
      `,
      output: null,
      errors: [{ messageId: 'deprecatedAppId', data, line: 1, column: 20, endLine: 1, endColumn: 25, suggestions: [] }],
    },
  ],
});
