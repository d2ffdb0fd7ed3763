import rule from '../../src/rules/valid-ai-agent-name.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const tooShort = (value: string, length: number) => ({ min: '3', value, length: String(length) });

ruleTester.run('valid-ai-agent-name', rule, {
  valid: [
    // Okta's request examples: "Demo Agent", "Claude Code".
    code`
      import okta from '@okta/okta-sdk-nodejs';
      const client = new okta.Client({ orgUrl, token });
      await client.agentRegistrationApi.registerAIAgent({ body: { profile: { name: 'Demo Agent', description: 'Demo Conversational AI Agent' } } });
    `,
    "await fetch(`https://${domain}/workload-principals/api/v1/ai-agents`, { method: 'POST', body: JSON.stringify({ profile: { name: 'Claude Code' }, oauthClient }) });",
    // Three characters is the minimum (OKTA-1242199), counted as characters, not UTF-16 units.
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents`, { method: 'POST', body: JSON.stringify({ profile: { name: 'Bob' } }) });",
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents`, { method: 'POST', body: JSON.stringify({ profile: { name: '🤖🤖🤖' } }) });",
    // A name known only at run time, and a PATCH that leaves the name alone or clears it.
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents`, { method: 'POST', body: JSON.stringify({ profile: { name: agentName } }) });",
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents/${id}`, { method: 'PATCH', body: JSON.stringify({ profile: { description: 'x' } }) });",
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents/${id}`, { method: 'PATCH', body: JSON.stringify({ profile: { name: null } }) });",
    // Short names elsewhere: other Okta APIs, an app's own agent registry.
    "await fetch(`${orgUrl}/api/v1/apps`, { method: 'POST', body: JSON.stringify({ label: 'AI', profile: { name: 'AI' } }) });",
    "await fetch('/api/ai-agents', { method: 'POST', body: JSON.stringify({ profile: { name: 'AI' } }) });",
    "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents/${id}/connections`, { method: 'POST', body: JSON.stringify({ profile: { name: 'AI' } }) });",
  ],
  invalid: [
    {
      code: "await fetch(`${orgUrl}/workload-principals/api/v1/ai-agents`, { method: 'POST', body: JSON.stringify({ profile: { name: 'AI' } }) });",
      output: null,
      errors: [{ messageId: 'nameTooShort', data: tooShort('AI', 2), line: 1, column: 121, endLine: 1, endColumn: 125 }],
    },
    {
      // Replace and update through the SDK; an empty name; the name in a constant, reported where the body uses it.
      code: code`
        import { Client } from '@okta/okta-sdk-nodejs';
        const client = new Client({ orgUrl, token });
        const SHORT_NAME = 'QA';
        await client.agentRegistrationApi.replaceAIAgent({ agentId, body: { profile: { name: SHORT_NAME } } });
        await client.agentRegistrationApi.updateAIAgent({ agentId, body: { profile: { name: '' } } });
      `,
      output: null,
      errors: [
        { messageId: 'nameTooShort', data: tooShort('QA', 2), line: 4, column: 86, endLine: 4, endColumn: 96 },
        { messageId: 'nameTooShort', data: tooShort('', 0), line: 5, column: 85, endLine: 5, endColumn: 87 },
      ],
    },
    {
      // axios instance with the base path, and a body sent twice: one report.
      code: code`
        import axios from 'axios';
        const agents = axios.create({ baseURL: \`\${process.env.OKTA_ORG_URL}/workload-principals/api/v1\` });
        const body = { profile: { name: 'X' } };
        await agents.post('/ai-agents', body);
        await agents.put(\`/ai-agents/\${id}\`, body);
      `,
      output: null,
      errors: [{ messageId: 'nameTooShort', data: tooShort('X', 1), line: 3, column: 33, endLine: 3, endColumn: 36 }],
    },
  ],
});
