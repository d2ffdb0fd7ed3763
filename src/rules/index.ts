import gspNewDeviceFactorPrompt from './gsp-new-device-factor-prompt.js';
import noAiAgentAppId from './no-ai-agent-app-id.js';
import noAuthenticatorNameMatch from './no-authenticator-name-match.js';
import noAuthnAudience from './no-authn-audience.js';
import noAuthnPasswordRecovery from './no-authn-password-recovery.js';
import noClassicSelfServiceRegistration from './no-classic-self-service-registration.js';
import noClassicSessionsApi from './no-classic-sessions-api.js';
import noCrossAppAccessConnectionsApi from './no-cross-app-access-connections-api.js';
import noDtcOnMobileDeviceAssurance from './no-dtc-on-mobile-device-assurance.js';
import noEmbedLinkCustomSignInPage from './no-embed-link-custom-sign-in-page.js';
import noFactorsApiOktaVerifyEnrollment from './no-factors-api-okta-verify-enrollment.js';
import noManagedConnectionLogNames from './no-managed-connection-log-names.js';
import noMcpAuthorizationServerImmutableFields from './no-mcp-authorization-server-immutable-fields.js';
import noObsoleteHtmlUnescape from './no-obsolete-html-unescape.js';
import noReservedProfileAttributes from './no-reserved-profile-attributes.js';
import noSmsFactorAdminLifecycle from './no-sms-factor-admin-lifecycle.js';
import noUnavailableEventTypes from './no-unavailable-event-types.js';
import noUnavailableFeatures from './no-unavailable-features.js';
import noUncachedJwks from './no-uncached-jwks.js';
import noUnsupportedWidgetFeatures from './no-unsupported-widget-features.js';
import noWidgetClassicPiv from './no-widget-classic-piv.js';
import noWidgetHelpSupportNumber from './no-widget-help-support-number.js';
import noWidgetNeedHelpString from './no-widget-need-help-string.js';
import noWidgetProcessCreds from './no-widget-process-creds.js';
import noWidgetSecurityImage from './no-widget-security-image.js';
import registrationHookRequestType from './registration-hook-request-type.js';
import validAccountManagementExpression from './valid-account-management-expression.js';
import validAiAgentName from './valid-ai-agent-name.js';
import validClientAuthSettings from './valid-client-auth-settings.js';
import validDeviceAssurance from './valid-device-assurance.js';
import validEmailServerAuth from './valid-email-server-auth.js';
import validEnrollmentGracePeriod from './valid-enrollment-grace-period.js';
import validFederatedClaims from './valid-federated-claims.js';
import validIdentitySourcePayload from './valid-identity-source-payload.js';
import validInterclientSso from './valid-interclient-sso.js';
import validPasswordOelStatement from './valid-password-oel-statement.js';
import validPlatformCondition from './valid-platform-condition.js';
import validPolicyRuleAppCondition from './valid-policy-rule-app-condition.js';
import validPolicyType from './valid-policy-type.js';
import validTelephonyProvider from './valid-telephony-provider.js';
import validTokenExchangeRequest from './valid-token-exchange-request.js';

/** Every rule, by id. Kept in alphabetical order; a test checks it against `src/rules/` and `docs/rules/`. */
export const rules = {
  'gsp-new-device-factor-prompt': gspNewDeviceFactorPrompt,
  'no-ai-agent-app-id': noAiAgentAppId,
  'no-authenticator-name-match': noAuthenticatorNameMatch,
  'no-authn-audience': noAuthnAudience,
  'no-authn-password-recovery': noAuthnPasswordRecovery,
  'no-classic-self-service-registration': noClassicSelfServiceRegistration,
  'no-classic-sessions-api': noClassicSessionsApi,
  'no-cross-app-access-connections-api': noCrossAppAccessConnectionsApi,
  'no-dtc-on-mobile-device-assurance': noDtcOnMobileDeviceAssurance,
  'no-embed-link-custom-sign-in-page': noEmbedLinkCustomSignInPage,
  'no-factors-api-okta-verify-enrollment': noFactorsApiOktaVerifyEnrollment,
  'no-managed-connection-log-names': noManagedConnectionLogNames,
  'no-mcp-authorization-server-immutable-fields': noMcpAuthorizationServerImmutableFields,
  'no-obsolete-html-unescape': noObsoleteHtmlUnescape,
  'no-reserved-profile-attributes': noReservedProfileAttributes,
  'no-sms-factor-admin-lifecycle': noSmsFactorAdminLifecycle,
  'no-unavailable-event-types': noUnavailableEventTypes,
  'no-unavailable-features': noUnavailableFeatures,
  'no-uncached-jwks': noUncachedJwks,
  'no-unsupported-widget-features': noUnsupportedWidgetFeatures,
  'no-widget-classic-piv': noWidgetClassicPiv,
  'no-widget-help-support-number': noWidgetHelpSupportNumber,
  'no-widget-need-help-string': noWidgetNeedHelpString,
  'no-widget-process-creds': noWidgetProcessCreds,
  'no-widget-security-image': noWidgetSecurityImage,
  'registration-hook-request-type': registrationHookRequestType,
  'valid-account-management-expression': validAccountManagementExpression,
  'valid-ai-agent-name': validAiAgentName,
  'valid-client-auth-settings': validClientAuthSettings,
  'valid-device-assurance': validDeviceAssurance,
  'valid-email-server-auth': validEmailServerAuth,
  'valid-enrollment-grace-period': validEnrollmentGracePeriod,
  'valid-federated-claims': validFederatedClaims,
  'valid-identity-source-payload': validIdentitySourcePayload,
  'valid-interclient-sso': validInterclientSso,
  'valid-password-oel-statement': validPasswordOelStatement,
  'valid-platform-condition': validPlatformCondition,
  'valid-policy-rule-app-condition': validPolicyRuleAppCondition,
  'valid-policy-type': validPolicyType,
  'valid-telephony-provider': validTelephonyProvider,
  'valid-token-exchange-request': validTokenExchangeRequest,
};

export type RuleName = keyof typeof rules;
