/**
 * Where Okta request bodies are written, by payload kind: REST endpoints, `@okta/okta-sdk-nodejs` methods
 * (7+ request objects and 6.x positional arguments), `@okta/okta-auth-js` methods, `@pulumi/okta` resources, and the
 * keys that give a JSON document away. Method and parameter names are from okta-sdk-nodejs 8.2
 * (`src/types/generated/types/ObjectParamAPI.d.ts`) and 6.6 (`src/generated-client.js`).
 */

import type { PayloadKind } from './payload-kinds.js';
import { policyRuleTypes, policyTypeCorrections, policyTypes } from './policy-values.js';

export type { PayloadKind };


const id = '[^/]+';

export interface EndpointSource {
  kind: PayloadKind;
  methods: readonly string[];
  /** Anchored on the normalized path (`:param` for run-time parts). */
  path: RegExp;
}

export const endpointSources: readonly EndpointSource[] = [
  { kind: 'policy', methods: ['POST'], path: /^\/api\/v1\/policies$/ },
  { kind: 'policy', methods: ['PUT'], path: new RegExp(`^/api/v1/policies/${id}$`) },
  { kind: 'policy-rule', methods: ['POST'], path: new RegExp(`^/api/v1/policies/${id}/rules$`) },
  { kind: 'policy-rule', methods: ['PUT'], path: new RegExp(`^/api/v1/policies/${id}/rules/${id}$`) },
  { kind: 'device-assurance', methods: ['POST'], path: /^\/api\/v1\/device-assurances$/ },
  { kind: 'device-assurance', methods: ['PUT'], path: new RegExp(`^/api/v1/device-assurances/${id}$`) },
  { kind: 'authenticator', methods: ['POST'], path: /^\/api\/v1\/authenticators$/ },
  { kind: 'authenticator', methods: ['PUT'], path: new RegExp(`^/api/v1/authenticators/${id}$`) },
  { kind: 'authenticator-method', methods: ['PUT'], path: new RegExp(`^/api/v1/authenticators/${id}/methods/${id}$`) },
  { kind: 'custom-aaguid', methods: ['POST'], path: new RegExp(`^/api/v1/authenticators/${id}/aaguids$`) },
  { kind: 'custom-aaguid', methods: ['PUT', 'PATCH'], path: new RegExp(`^/api/v1/authenticators/${id}/aaguids/${id}$`) },
  { kind: 'user-schema', methods: ['POST'], path: new RegExp(`^/api/v1/meta/schemas/user/${id}$`) },
  { kind: 'app-user-schema', methods: ['POST'], path: new RegExp(`^/api/v1/meta/schemas/apps/${id}/default$`) },
  { kind: 'email-server', methods: ['POST'], path: /^\/api\/v1\/email-servers$/ },
  { kind: 'email-server', methods: ['PATCH'], path: new RegExp(`^/api/v1/email-servers/${id}$`) },
  { kind: 'telephony-provider', methods: ['POST'], path: /^\/api\/v1\/telephony-providers$/ },
  { kind: 'telephony-provider', methods: ['PUT', 'PATCH'], path: new RegExp(`^/api/v1/telephony-providers/${id}$`) },
  { kind: 'identity-source', methods: ['POST', 'PUT', 'PATCH'], path: new RegExp(`^/api/v1/identity-sources/${id}/.+$`) },
  { kind: 'federated-claim', methods: ['POST'], path: new RegExp(`^/api/v1/apps/${id}/federated-claims$`) },
  { kind: 'federated-claim', methods: ['PUT'], path: new RegExp(`^/api/v1/apps/${id}/federated-claims/${id}$`) },
  { kind: 'token-request', methods: ['POST'], path: new RegExp(`^(?:/oauth2(?:/${id})?)?/v1/token$`) },
  { kind: 'authorize-request', methods: ['GET', 'POST'], path: new RegExp(`^(?:/oauth2(?:/${id})?)?/v1/authorize$`) },
  { kind: 'application', methods: ['POST'], path: /^\/api\/v1\/apps$/ },
  { kind: 'application', methods: ['PUT'], path: new RegExp(`^/api/v1/apps/${id}$`) },
  { kind: 'authorization-server', methods: ['POST'], path: /^\/api\/v1\/authorizationServers$/ },
  { kind: 'authorization-server', methods: ['PUT'], path: new RegExp(`^/api/v1/authorizationServers/${id}$`) },
  { kind: 'interclient-trust', methods: ['POST'], path: new RegExp(`^/api/v1/apps/${id}/interclient-allowed-apps$`) },
  { kind: 'sign-in-page', methods: ['PUT'], path: new RegExp(`^/api/v1/brands/${id}/pages/sign-in/(?:customized|preview)$`) },
  { kind: 'event-hook', methods: ['POST'], path: /^\/api\/v1\/eventHooks$/ },
  { kind: 'event-hook', methods: ['PUT'], path: new RegExp(`^/api/v1/eventHooks/${id}$`) },
  { kind: 'inline-hook', methods: ['POST'], path: /^\/api\/v1\/inlineHooks$/ },
  { kind: 'inline-hook', methods: ['PUT'], path: new RegExp(`^/api/v1/inlineHooks/${id}$`) },
  { kind: 'factor-enrollment', methods: ['POST'], path: new RegExp(`^/api/v1/users/${id}/factors$`) },
  { kind: 'factor-enrollment', methods: ['POST'], path: /^\/api\/v1\/authn\/factors$/ },
  { kind: 'authn-request', methods: ['POST'], path: /^\/api\/v1\/authn$/ },
  { kind: 'behavior', methods: ['POST'], path: /^\/api\/v1\/behaviors$/ },
  { kind: 'behavior', methods: ['PUT'], path: new RegExp(`^/api/v1/behaviors/${id}$`) },
  // Okta for AI Agents (the "secures-ai" specs): register, replace and update an AI agent; resource servers.
  { kind: 'ai-agent', methods: ['POST'], path: /^\/workload-principals\/api\/v1\/ai-agents$/ },
  { kind: 'ai-agent', methods: ['PUT', 'PATCH'], path: new RegExp(`^/workload-principals/api/v1/ai-agents/${id}$`) },
  { kind: 'client-auth-settings', methods: ['POST'], path: /^\/resource-servers\/api\/v1\/client-auth-settings$/ },
  { kind: 'mcp-authorization-server', methods: ['PATCH'], path: new RegExp(`^/resource-servers/api/v1/mcp-servers/${id}/authorization-servers/${id}$`) },
];

export interface SdkSource {
  kind: PayloadKind;
  sdk: 'okta-sdk-nodejs' | 'okta-auth-js';
  /** Member path from the client, dot-joined. */
  method: string;
  /** 7+: the key of the request object that holds the body. */
  param?: string;
  /** 6.x and auth-js: the position of the argument that is the body. */
  argument?: number;
}

export const sdkSources: readonly SdkSource[] = [
  // okta-sdk-nodejs 7+ (request objects)
  { kind: 'policy', sdk: 'okta-sdk-nodejs', method: 'policyApi.createPolicy', param: 'policy' },
  { kind: 'policy', sdk: 'okta-sdk-nodejs', method: 'policyApi.replacePolicy', param: 'policy' },
  { kind: 'policy-rule', sdk: 'okta-sdk-nodejs', method: 'policyApi.createPolicyRule', param: 'policyRule' },
  { kind: 'policy-rule', sdk: 'okta-sdk-nodejs', method: 'policyApi.replacePolicyRule', param: 'policyRule' },
  { kind: 'device-assurance', sdk: 'okta-sdk-nodejs', method: 'deviceAssuranceApi.createDeviceAssurancePolicy', param: 'deviceAssurance' },
  { kind: 'device-assurance', sdk: 'okta-sdk-nodejs', method: 'deviceAssuranceApi.replaceDeviceAssurancePolicy', param: 'deviceAssurance' },
  { kind: 'authenticator', sdk: 'okta-sdk-nodejs', method: 'authenticatorApi.createAuthenticator', param: 'authenticator' },
  { kind: 'authenticator', sdk: 'okta-sdk-nodejs', method: 'authenticatorApi.replaceAuthenticator', param: 'authenticator' },
  { kind: 'authenticator-method', sdk: 'okta-sdk-nodejs', method: 'authenticatorApi.replaceAuthenticatorMethod', param: 'authenticatorMethodBase' },
  { kind: 'custom-aaguid', sdk: 'okta-sdk-nodejs', method: 'authenticatorApi.createCustomAAGUID', param: 'customAAGUIDCreateRequestObject' },
  { kind: 'custom-aaguid', sdk: 'okta-sdk-nodejs', method: 'authenticatorApi.replaceCustomAAGUID', param: 'customAAGUIDUpdateRequestObject' },
  { kind: 'custom-aaguid', sdk: 'okta-sdk-nodejs', method: 'authenticatorApi.updateCustomAAGUID', param: 'customAAGUIDUpdateRequestObject' },
  { kind: 'user-schema', sdk: 'okta-sdk-nodejs', method: 'schemaApi.updateUserProfile', param: 'userSchema' },
  { kind: 'app-user-schema', sdk: 'okta-sdk-nodejs', method: 'schemaApi.updateApplicationUserProfile', param: 'body' },
  { kind: 'email-server', sdk: 'okta-sdk-nodejs', method: 'emailServerApi.createEmailServer', param: 'emailServerPost' },
  { kind: 'email-server', sdk: 'okta-sdk-nodejs', method: 'emailServerApi.updateEmailServer', param: 'emailServerRequest' },
  { kind: 'telephony-provider', sdk: 'okta-sdk-nodejs', method: 'customTelephonyProviderApi.createCustomTelephonyProviderCredentials', param: 'customTelephonyProviderCredentialCreateRequest' },
  { kind: 'telephony-provider', sdk: 'okta-sdk-nodejs', method: 'customTelephonyProviderApi.updateCustomTelephonyProviderCredential', param: 'customTelephonyProviderCredentialUpdateRequest' },
  { kind: 'identity-source', sdk: 'okta-sdk-nodejs', method: 'identitySourceApi.createIdentitySourceUser', param: 'userRequestSchema' },
  { kind: 'identity-source', sdk: 'okta-sdk-nodejs', method: 'identitySourceApi.replaceExistingIdentitySourceUser', param: 'userRequestSchema' },
  { kind: 'identity-source', sdk: 'okta-sdk-nodejs', method: 'identitySourceApi.updateIdentitySourceUsers', param: 'usersUpdateRequestSchema' },
  { kind: 'identity-source', sdk: 'okta-sdk-nodejs', method: 'identitySourceApi.createIdentitySourceGroups', param: 'groupsRequestSchema' },
  { kind: 'identity-source', sdk: 'okta-sdk-nodejs', method: 'identitySourceApi.updateIdentitySourceGroups', param: 'groupsRequestSchema' },
  { kind: 'identity-source', sdk: 'okta-sdk-nodejs', method: 'identitySourceApi.uploadIdentitySourceDataForUpsert', param: 'BulkUpsertRequestBody' },
  { kind: 'identity-source', sdk: 'okta-sdk-nodejs', method: 'identitySourceApi.uploadIdentitySourceDataForDelete', param: 'BulkDeleteRequestBody' },
  { kind: 'identity-source', sdk: 'okta-sdk-nodejs', method: 'identitySourceApi.uploadIdentitySourceGroupsForUpsert', param: 'bulkGroupUpsertRequestBody' },
  { kind: 'federated-claim', sdk: 'okta-sdk-nodejs', method: 'applicationApi.createFederatedClaim', param: 'federatedClaimRequestBody' },
  { kind: 'federated-claim', sdk: 'okta-sdk-nodejs', method: 'applicationApi.replaceFederatedClaim', param: 'federatedClaim' },
  { kind: 'application', sdk: 'okta-sdk-nodejs', method: 'applicationApi.createApplication', param: 'application' },
  { kind: 'application', sdk: 'okta-sdk-nodejs', method: 'applicationApi.replaceApplication', param: 'application' },
  { kind: 'authorization-server', sdk: 'okta-sdk-nodejs', method: 'authorizationServerApi.createAuthorizationServer', param: 'authorizationServer' },
  { kind: 'authorization-server', sdk: 'okta-sdk-nodejs', method: 'authorizationServerApi.replaceAuthorizationServer', param: 'authorizationServer' },
  { kind: 'interclient-trust', sdk: 'okta-sdk-nodejs', method: 'applicationInterclientTrustMappingsApi.createInterclientTrustMapping', param: 'interclientTrustMappingRequestBody' },
  { kind: 'sign-in-page', sdk: 'okta-sdk-nodejs', method: 'customizationApi.replaceCustomizedSignInPage', param: 'SignInPage' },
  { kind: 'sign-in-page', sdk: 'okta-sdk-nodejs', method: 'customizationApi.replacePreviewSignInPage', param: 'SignInPage' },
  { kind: 'event-hook', sdk: 'okta-sdk-nodejs', method: 'eventHookApi.createEventHook', param: 'eventHook' },
  { kind: 'event-hook', sdk: 'okta-sdk-nodejs', method: 'eventHookApi.replaceEventHook', param: 'eventHook' },
  { kind: 'inline-hook', sdk: 'okta-sdk-nodejs', method: 'inlineHookApi.createInlineHook', param: 'inlineHook' },
  { kind: 'inline-hook', sdk: 'okta-sdk-nodejs', method: 'inlineHookApi.replaceInlineHook', param: 'inlineHook' },
  { kind: 'factor-enrollment', sdk: 'okta-sdk-nodejs', method: 'userFactorApi.enrollFactor', param: 'body' },
  { kind: 'behavior', sdk: 'okta-sdk-nodejs', method: 'behaviorApi.createBehaviorDetectionRule', param: 'rule' },
  { kind: 'behavior', sdk: 'okta-sdk-nodejs', method: 'behaviorApi.replaceBehaviorDetectionRule', param: 'rule' },
  { kind: 'ai-agent', sdk: 'okta-sdk-nodejs', method: 'agentRegistrationApi.registerAIAgent', param: 'body' },
  { kind: 'ai-agent', sdk: 'okta-sdk-nodejs', method: 'agentRegistrationApi.replaceAIAgent', param: 'body' },
  { kind: 'ai-agent', sdk: 'okta-sdk-nodejs', method: 'agentRegistrationApi.updateAIAgent', param: 'body' },
  // okta-sdk-nodejs 6.x (positional arguments)
  { kind: 'policy', sdk: 'okta-sdk-nodejs', method: 'createPolicy', argument: 0 },
  { kind: 'policy', sdk: 'okta-sdk-nodejs', method: 'updatePolicy', argument: 1 },
  { kind: 'policy-rule', sdk: 'okta-sdk-nodejs', method: 'addPolicyRule', argument: 1 },
  { kind: 'policy-rule', sdk: 'okta-sdk-nodejs', method: 'updatePolicyRule', argument: 2 },
  { kind: 'user-schema', sdk: 'okta-sdk-nodejs', method: 'updateUserProfile', argument: 1 },
  { kind: 'app-user-schema', sdk: 'okta-sdk-nodejs', method: 'updateApplicationUserProfile', argument: 1 },
  { kind: 'application', sdk: 'okta-sdk-nodejs', method: 'createApplication', argument: 0 },
  { kind: 'application', sdk: 'okta-sdk-nodejs', method: 'updateApplication', argument: 1 },
  { kind: 'authorization-server', sdk: 'okta-sdk-nodejs', method: 'createAuthorizationServer', argument: 0 },
  { kind: 'authorization-server', sdk: 'okta-sdk-nodejs', method: 'updateAuthorizationServer', argument: 1 },
  { kind: 'event-hook', sdk: 'okta-sdk-nodejs', method: 'createEventHook', argument: 0 },
  { kind: 'event-hook', sdk: 'okta-sdk-nodejs', method: 'updateEventHook', argument: 1 },
  { kind: 'inline-hook', sdk: 'okta-sdk-nodejs', method: 'createInlineHook', argument: 0 },
  { kind: 'factor-enrollment', sdk: 'okta-sdk-nodejs', method: 'enrollFactor', argument: 1 },
  // okta-auth-js: the options object is posted to /api/v1/authn as it is
  { kind: 'authn-request', sdk: 'okta-auth-js', method: 'signIn', argument: 0 },
  { kind: 'authn-request', sdk: 'okta-auth-js', method: 'signInWithCredentials', argument: 0 },
];

/** `@pulumi/okta` resource classes, by payload kind. Their arguments are Pulumi's camelCase shape, not the API's. */
export const pulumiSources: readonly { kind: PayloadKind; resource: RegExp }[] = [
  { kind: 'policy-rule', resource: /^(?:policy\.Rule[A-Za-z]*|AppSignonPolicyRule|SessionViolationPolicyRule)$/ },
  { kind: 'policy', resource: /^(?:policy\.(?:Password|Mfa|Signon|Profile[A-Za-z]*)|AppSignonPolicy)$/ },
  { kind: 'device-assurance', resource: /^policy\.DeviceAssurance[A-Za-z]*$/ },
  { kind: 'authenticator', resource: /^Authenticator$/ },
  { kind: 'authenticator-method', resource: /^AuthenticatorMethod[A-Za-z]*$/ },
  { kind: 'custom-aaguid', resource: /^AuthenticatorWebauthnCustomAaguid$/ },
  { kind: 'user-schema', resource: /^UserSchemaProperty$/ },
  { kind: 'app-user-schema', resource: /^AppUserSchemaProperty$/ },
  { kind: 'email-server', resource: /^EmailSmtpServer$/ },
  { kind: 'identity-source', resource: /^IdentitySource[A-Za-z]*$/ },
  { kind: 'federated-claim', resource: /^app\.FederatedClaim$/ },
  { kind: 'application', resource: /^app\.(?!FederatedClaim$)[A-Za-z]+$/ },
  { kind: 'application', resource: /^AppSharedCredentials$/ },
  { kind: 'event-hook', resource: /^EventHook$/ },
  { kind: 'inline-hook', resource: /^InlineHook$/ },
  // The Terraform provider's British spelling: `okta_behavior` is `okta.Behaviour`.
  { kind: 'behavior', resource: /^Behaviour$/ },
];

/** `BehaviorRuleType`: the behavior detection rule types. */
export const behaviorTypes: readonly string[] = ['ANOMALOUS_DEVICE', 'ANOMALOUS_IP', 'ANOMALOUS_LOCATION', 'VELOCITY', 'ANOMALOUS_ASN'];

export const deviceAssurancePlatforms: readonly string[] = ['ANDROID', 'IOS', 'MACOS', 'WINDOWS', 'CHROMEOS'];

/**
 * The keys that make a JSON document (or an object in a top-level array) a request body of a kind, in order: the
 * first that matches wins. A document needs `all` of `all` and, when given, one of `any`.
 */
export const jsonShapes: readonly { kind: PayloadKind; all: readonly string[]; any?: readonly string[]; typeIn?: readonly string[]; platformIn?: readonly string[] }[] = [
  { kind: 'event-hook', all: ['events', 'channel'] },
  { kind: 'inline-hook', all: ['channel', 'type', 'version'] },
  // Policies have `settings`, rules never do: a policy with `conditions` (people, groups) is still a policy.
  { kind: 'policy', all: ['type', 'settings'], typeIn: policyTypes },
  { kind: 'policy-rule', all: ['type'], any: ['conditions', 'actions'], typeIn: policyRuleTypes },
  { kind: 'policy', all: ['type'], any: ['settings', 'conditions', 'name'], typeIn: [...policyTypes, ...Object.keys(policyTypeCorrections)] },
  { kind: 'device-assurance', all: ['platform'], any: ['osVersion', 'osVersionConstraints', 'screenLockType', 'diskEncryptionType', 'jailbreak', 'secureHardwarePresent', 'thirdPartySignalProviders', 'gracePeriod'], platformIn: deviceAssurancePlatforms },
  { kind: 'email-server', all: ['host', 'port'], any: ['alias', 'authType'] },
  { kind: 'telephony-provider', all: ['providerName'], any: ['providerSettings', 'providerCapability'] },
  { kind: 'user-schema', all: ['definitions'] },
  { kind: 'factor-enrollment', all: ['factorType', 'provider'] },
  { kind: 'application', all: ['signOnMode', 'label'] },
  { kind: 'authorization-server', all: ['audiences'], any: ['issuerMode', 'name'] },
  { kind: 'behavior', all: ['type', 'name'], typeIn: behaviorTypes },
  { kind: 'identity-source', all: ['entityType', 'profiles'] },
  { kind: 'federated-claim', all: ['name', 'expression'] },
];
