/**
 * The Application Cross App Access Connections API (`/api/v1/apps/{appId}/cwo/connections`), whose removal Okta
 * announced in 2026.07.3 ("Removal of Application Cross App Access Connections API"): the managed connections it
 * configures stop working, and resource connections of the Okta for AI Agents API replace them.
 * Paths: the management OpenAPI spec (2026.06.3, tag `ApplicationCrossAppAccessConnections`); SDK methods:
 * okta-sdk-nodejs 8.2 (`src/types/generated/types/ObjectParamAPI.d.ts`, `ObjectApplicationCrossAppAccessConnectionsApi`).
 * The Terraform provider and `@pulumi/okta` have no resource for it.
 */

/** `/api/v1/apps/{appId}/cwo/connections` and `/api/v1/apps/{appId}/cwo/connections/{connectionId}`, every method. */
export const crossAppAccessConnectionsPath = /^\/api\/v1\/apps\/[^/]+\/cwo\/connections(?:\/[^/]+)?$/;

/** The okta-sdk-nodejs 8 client member that wraps the API; every one of its methods calls it. */
export const crossAppAccessConnectionsSdkApi = 'applicationCrossAppAccessConnectionsApi';

/** Where the connections move: a resource connection on the AI agent, of the type for an app instance. */
export const resourceConnectionsEndpoint = 'POST /workload-principals/api/v1/ai-agents/{agentId}/connections';
export const appInstanceConnectionType = 'IDENTITY_ASSERTION_APP_INSTANCE';
