/**
 * Registering AI agents with Okta for AI Agents: the AI Agent Registrations API (`/workload-principals/api/v1/ai-agents`).
 *
 * The API left Okta's management OpenAPI spec in 2026.03 for the separate "secures-ai" spec, which Okta publishes only
 * as API reference pages. The request shape here is okta-sdk-nodejs 8.2 (`oas-spec/management.yaml`:
 * `CreateAIAgentRequest`, `UpdateAIAgentRequest`, `PatchAIAgentRequest`, `AIAgentProfile`; client member
 * `agentRegistrationApi`); the changes are Okta's Identity Engine API release notes 2026.
 */

/**
 * The body key that links an app to the agent. Deprecated in 2026.06.2 ("Register an AI agent API appId parameter
 * deprecated"): delegation links declare which apps may act through the agent.
 */
export const aiAgentAppIdKey = 'appId';

/** What replaces `appId`: a delegation link from the app to the agent (Delegation Links API, beta since 2026.06.2). */
export const delegationLinksEndpoint = 'POST /workload-principals/api/v1/delegation-links';

/**
 * The fewest characters `profile.name` may have: "New minimum character length for AI agent names" (2026.08.0), three
 * as the fix OKTA-1242199 (2026.08.1) confirms for orgs that still asked for five.
 */
export const aiAgentNameMinLength = 3;
