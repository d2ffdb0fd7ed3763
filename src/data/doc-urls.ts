import { version } from '../../package.json';

const repository = 'https://github.com/eslint-plugin-okta-oie/eslint-plugin-okta-oie';

/** Each rule's docs page, pinned to the installed release so an editor link matches the code that runs. */
export function docsUrl(ruleName: string): string {
  return `${repository}/blob/v${version}/docs/rules/${ruleName}.md`;
}

/** Okta's guides, by topic. Rule docs and messages link these. */
export const oktaGuide = {
  ieLimitations: 'https://developer.okta.com/docs/guides/ie-limitations/main/',
  widgetUpgrade: 'https://developer.okta.com/docs/guides/oie-upgrade-sign-in-widget/main/',
  widgetUpgradeFeatureFlags: 'https://developer.okta.com/docs/guides/oie-upgrade-sign-in-widget/main/#feature-flags',
  widgetDeprecatedMethods: 'https://developer.okta.com/docs/guides/oie-upgrade-sign-in-widget-deprecated-methods/main/',
  widgetHelpLinks: 'https://github.com/okta/okta-signin-widget#help-links',
  widgetFeatureFlags: 'https://github.com/okta/okta-signin-widget#feature-flags',
  smartCardIdp: 'https://help.okta.com/okta_help.htm?id=ext-idp-smart-card-workflow',
  profileEnrollment: 'https://help.okta.com/okta_help.htm?type=oie&id=ext-create-profile-enrollment',
  apiChanges: 'https://developer.okta.com/docs/guides/oie-upgrade-api-changes/main/',
  sessionsUpgrade: 'https://developer.okta.com/docs/guides/oie-upgrade-sessions-api/main/',
  eventHooksUpgrade: 'https://developer.okta.com/docs/guides/oie-upgrade-event-hooks/main/',
  registrationHookUpgrade: 'https://developer.okta.com/docs/guides/oie-upgrade-registration-inline-hook/main/',
  apiChangesAuthn: 'https://developer.okta.com/docs/guides/oie-upgrade-api-changes/main/#authentication-api-changes',
  apiChangesFactors: 'https://developer.okta.com/docs/guides/oie-upgrade-api-changes/main/#factors-api-changes',
  apiChangesPasswordRecovery: 'https://developer.okta.com/docs/guides/oie-upgrade-api-changes/main/#password-recovery-limitations-with-the-classic-authentication-api',
  // 2026 Identity Engine API changes
  releaseLifecycle: 'https://developer.okta.com/docs/reference/releases-at-okta/',
  passkeysRebrand: 'https://developer.okta.com/docs/guides/authenticators-web-authn/aspnet/main/#passkeys-and-webauthn',
  customSmtp: 'https://developer.okta.com/docs/guides/custom-smtp/main/',
  telephonyProvidersApi: 'https://developer.okta.com/docs/api/openapi/okta-management/management/tag/CustomTelephonyProvider/',
  aiAgentTokenExchange: 'https://developer.okta.com/docs/guides/ai-agent-token-exchange/authserver/main/',
  federatedClaims: 'https://developer.okta.com/docs/guides/federated-claims/main/',
  identitySourcesApi: 'https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentitySource/',
  nativeToWebSso: 'https://developer.okta.com/docs/guides/native-to-web-sso/main/',
  reservedAttributes: 'https://help.okta.com/okta_help.htm?type=oie&id=reserved-attributes',
  validateAccessTokensKeys: 'https://developer.okta.com/docs/guides/validate-access-tokens/nodejs/main/#retrieve-the-json-web-keys',
  myAccountPasswordApi: 'https://developer.okta.com/docs/api/openapi/okta-myaccount/myaccount/tag/Password/',
  // Policies and device assurance (2026 API changes)
  policiesApi: 'https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Policy/',
  accessPolicy: 'https://developer.okta.com/docs/guides/configure-access-policy/main/',
  clientUpdatePolicy: 'https://developer.okta.com/docs/concepts/policies/#client-update-policies',
  enrollmentGracePeriods: 'https://developer.okta.com/docs/concepts/policies/#grace-periods',
  deviceAssurance: 'https://developer.okta.com/docs/guides/device-assurance-policies/main/',
  deviceAssuranceApi: 'https://developer.okta.com/docs/api/openapi/okta-management/management/tag/DeviceAssurance/',
  globalSessionPolicy: 'https://developer.okta.com/docs/guides/configure-signon-policy/main/',
  passwordPolicy: 'https://developer.okta.com/docs/concepts/policies/#password-policies',
  accountManagementPolicy: 'https://developer.okta.com/docs/guides/okta-account-management-policy/main/',
  expressionLanguageAccountManagement: 'https://developer.okta.com/docs/reference/okta-expression-language-in-identity-engine/#okta-account-management',
  // Okta for AI Agents (2026 API changes after February)
  aiAgentRegistrationApi: 'https://developer.okta.com/docs/api/secures-ai/openapi/secures-ai-workload-principals/tags/agentregistration',
  delegationLinksApi: 'https://developer.okta.com/docs/api/secures-ai/openapi/secures-ai-workload-principals/tags/delegationlinks',
  createResourceConnection: 'https://developer.okta.com/docs/api/secures-ai/openapi/secures-ai-workload-principals/tags/agentconnections/other/createresourceconnection',
  resourceConnectionEventTypes: 'https://developer.okta.com/docs/reference/api/event-types/?q=workload_principal.resource_connection',
  createClientAuthSettings: 'https://developer.okta.com/docs/api/secures-ai/openapi/secures-ai-resource-servers/tags/resourceserverclientauthsettings/other/createclientauthsettings',
  mcpServerRegistrationApi: 'https://developer.okta.com/docs/api/secures-ai/openapi/secures-ai-resource-servers/tags/mcpserverregistration',
} as const;
