import rule from '../../src/rules/no-cross-app-access-connections-api.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const removed = (operation: string) => ({
  operation,
  replacement: 'POST /workload-principals/api/v1/ai-agents/{agentId}/connections',
  connectionType: 'IDENTITY_ASSERTION_APP_INSTANCE',
});

ruleTester.run('no-cross-app-access-connections-api', rule, {
  valid: [
    // The replacement: a resource connection on the AI agent.
    code`
      await fetch(\`\${orgUrl}/workload-principals/api/v1/ai-agents/\${agentId}/connections\`, {
        method: 'POST',
        body: JSON.stringify({ connectionType: 'IDENTITY_ASSERTION_APP_INSTANCE', app: { orn } }),
      });
    `,
    // The Application Connections API (provisioning) is a different API.
    "await fetch(`${orgUrl}/api/v1/apps/${appId}/connections/default`, { method: 'POST', body: JSON.stringify({ profile }) });",
    code`
      import okta from '@okta/okta-sdk-nodejs';
      const client = new okta.Client({ orgUrl, token });
      await client.applicationConnectionsApi.getDefaultProvisioningConnectionForApplication({ appId });
    `,
    // An app's own routes, and a look-alike object that is not the Okta client.
    "await fetch('/cwo/connections');",
    "await fetch(`${backend}/apps/${appId}/cwo/connections`);",
    "const api = makeApi();\nawait api.applicationCrossAppAccessConnectionsApi.getAllCrossAppAccessConnections({ appId });",
    // Classic Engine orgs never had the API.
    { code: "await fetch(`${orgUrl}/api/v1/apps/${appId}/cwo/connections`);", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      code: "const connections = await fetch(`${orgUrl}/api/v1/apps/${appId}/cwo/connections?status=ACTIVE`).then((r) => r.json());",
      errors: [{ messageId: 'removedApi', data: removed('GET /api/v1/apps/{…}/cwo/connections'), line: 1, column: 33, endLine: 1, endColumn: 95 }],
    },
    {
      code: code`
        import axios from 'axios';
        const okta = axios.create({ baseURL: process.env.OKTA_ORG_URL });
        await okta.post(\`/api/v1/apps/\${requestingAppId}/cwo/connections\`, { requestingAppInstanceId, resourceAppInstanceId });
        await okta.patch(\`/api/v1/apps/\${requestingAppId}/cwo/connections/\${connectionId}\`, { status: 'INACTIVE' });
        await okta.delete('/api/v1/apps/0oa1/cwo/connections/cwofxqCAJWWGELFTYASJ');
      `,
      errors: [
        { messageId: 'removedApi', data: removed('POST /api/v1/apps/{…}/cwo/connections'), line: 3, column: 17, endLine: 3, endColumn: 66 },
        { messageId: 'removedApi', data: removed('PATCH /api/v1/apps/{…}/cwo/connections/{…}'), line: 4, column: 18, endLine: 4, endColumn: 83 },
        { messageId: 'removedApi', data: removed('DELETE /api/v1/apps/0oa1/cwo/connections/cwofxqCAJWWGELFTYASJ'), line: 5, column: 19, endLine: 5, endColumn: 75 },
      ],
    },
    {
      // okta-sdk-nodejs 8: every method of the API.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        const { applicationCrossAppAccessConnectionsApi: xaa } = client;
        await client.applicationCrossAppAccessConnectionsApi.createCrossAppAccessConnection({ appId, orgCrossAppAccessConnection });
        await xaa.updateCrossAppAccessConnection({ appId, connectionId, orgCrossAppAccessConnectionPatchRequest: { status: 'ACTIVE' } });
      `,
      errors: [
        { messageId: 'removedApi', data: removed('applicationCrossAppAccessConnectionsApi.createCrossAppAccessConnection()'), line: 4, column: 54, endLine: 4, endColumn: 84 },
        { messageId: 'removedApi', data: removed('applicationCrossAppAccessConnectionsApi.updateCrossAppAccessConnection()'), line: 5, column: 11, endLine: 5, endColumn: 41 },
      ],
    },
  ],
});
