/**
 * Resource servers of Okta for AI Agents (`/resource-servers/api/v1/…`, the "secures-ai" resource-servers spec, which
 * Okta publishes only as API reference pages): validation the 2026 release notes added.
 */

/**
 * "Improved validation for Create a client authentication settings endpoint" (2026.06.3, 2026.07.0):
 * `POST /resource-servers/api/v1/client-auth-settings` takes one value in its `purpose` array. The API reference
 * describes `purpose` as an array ("Each entry includes the purpose array") filtered with `purpose eq "STS"`.
 */
export const clientAuthSettingsPurposeKey = 'purpose';
export const clientAuthSettingsMaxPurposes = 1;

/**
 * The fields of an MCP server's authorization server that cannot change. A `PATCH` to
 * `/resource-servers/api/v1/mcp-servers/{mcpServerId}/authorization-servers/{authServerId}` that sends them used to be
 * accepted and the fields ignored; since the fix OKTA-1244902 (2026.08.2) the request fails with an HTTP 4xx error.
 */
export const mcpAuthorizationServerImmutableFields: readonly string[] = ['issuer', 'type'];
