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
} as const;
