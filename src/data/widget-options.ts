/**
 * Sign-In Widget options that Identity Engine never reads. Checked against okta-signin-widget 7.49.0: each is read
 * only under `src/v1` (the Classic Engine code path) and nowhere in `src/v2`, `src/v3` or the shared widget code.
 */

export type WidgetRuleId =
  | 'no-classic-self-service-registration'
  | 'no-unsupported-widget-features'
  | 'no-widget-classic-piv'
  | 'no-widget-help-support-number'
  | 'no-widget-need-help-string'
  | 'no-widget-process-creds'
  | 'no-widget-security-image';

export interface WidgetOptionFact {
  /** Option path; `*` matches any one segment (an i18n language code). */
  path: readonly string[];
  /** The one rule that reports this option. */
  rule: WidgetRuleId;
  /**
   * `source-doc`: named by Okta's "Identity Engine limitations" document.
   * `classic-only`: not named there, but read only by the widget's Classic code (reported with the wider list).
   */
  list: 'source-doc' | 'classic-only';
  /**
   * `remove`: removing it keeps the meaning (the widget never reads it on Identity Engine), so it is an autofix.
   * `suggest-remove`: removing it drops code the user wrote on purpose, so it is a suggestion.
   * `suggest-rename`: the Identity Engine key that plays the same part is `renameTo`, but it is not the same text, so
   *   it is a suggestion.
   */
  fix: 'remove' | 'suggest-remove' | 'suggest-rename';
  renameTo?: string;
  /** What to do instead, as the message says it. */
  instead: string;
}

const recovery = 'choose recovery authenticators in the password policy and the self-service account recovery settings';

export const widgetOptionFacts: readonly WidgetOptionFact[] = [
  // Sign-In Widget customization - feature flags
  { path: ['features', 'idpDiscovery'], rule: 'no-unsupported-widget-features', list: 'source-doc', fix: 'remove', instead: 'route users with Identity Provider routing rules in the org' },
  { path: ['features', 'autoPush'], rule: 'no-unsupported-widget-features', list: 'source-doc', fix: 'remove', instead: 'Identity Engine has no automatic push option in the widget; Okta Verify behaviour comes from the authenticator settings' },
  { path: ['features', 'smsRecovery'], rule: 'no-unsupported-widget-features', list: 'source-doc', fix: 'remove', instead: recovery },
  { path: ['features', 'emailRecovery'], rule: 'no-unsupported-widget-features', list: 'source-doc', fix: 'remove', instead: recovery },
  { path: ['features', 'callRecovery'], rule: 'no-unsupported-widget-features', list: 'source-doc', fix: 'remove', instead: recovery },
  { path: ['features', 'multiOptionalFactorEnroll'], rule: 'no-unsupported-widget-features', list: 'source-doc', fix: 'remove', instead: 'the authenticator enrollment policy decides which optional authenticators are offered' },
  { path: ['features', 'webauthn'], rule: 'no-unsupported-widget-features', list: 'source-doc', fix: 'remove', instead: 'offer FIDO2 (WebAuthn) through the authenticator and its enrollment policy' },
  { path: ['features', 'selfServiceUnlock'], rule: 'no-unsupported-widget-features', list: 'source-doc', fix: 'remove', instead: 'allow self-service unlock in the password policy rule' },
  // Read only by the Classic code of widget 7.49.0, not named by the limitations document.
  { path: ['features', 'router'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'remove', instead: 'Identity Engine routing is driven by the server response' },
  { path: ['features', 'customExpiredPassword'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'remove', instead: 'password expiry is handled by the password policy' },
  { path: ['features', 'hideBackToSignInForReset'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'remove', instead: 'use `backToSignInLink` to control the link' },
  { path: ['features', 'passwordlessAuth'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'remove', instead: 'passwordless sign-in comes from the authentication policy' },
  { path: ['features', 'showPasswordRequirementsAsHtmlList'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'remove', instead: 'Identity Engine always lists password requirements' },
  { path: ['features', 'showSessionRevocation'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'remove', instead: 'session revocation on password reset comes from the password policy' },
  { path: ['features', 'trackTypingPattern'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'remove', instead: 'use behaviour detection in the org' },
  { path: ['features', 'prefillUsernameFromIdpDiscovery'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'remove', instead: 'Identity Engine carries the identifier through IdP routing itself' },
  { path: ['relayState'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'suggest-remove', instead: 'pass the target with the OIDC `state` or a redirect URI' },
  { path: ['idpDiscovery', 'requestContext'], rule: 'no-unsupported-widget-features', list: 'classic-only', fix: 'suggest-remove', instead: 'IdP routing rules evaluate the request on the server' },

  // Sign-In Widget customization - Security image
  { path: ['features', 'securityImage'], rule: 'no-widget-security-image', list: 'source-doc', fix: 'remove', instead: 'use phishing-resistant authenticators against phishing' },
  { path: ['features', 'useDeviceFingerprintForSecurityImage'], rule: 'no-widget-security-image', list: 'source-doc', fix: 'remove', instead: 'without a security image there is nothing to fingerprint for' },

  // Help Support number
  { path: ['helpSupportNumber'], rule: 'no-widget-help-support-number', list: 'source-doc', fix: 'remove', instead: 'link your support page with `helpLinks.help` instead' },
  { path: ['i18n', '*', 'contact.support'], rule: 'no-widget-help-support-number', list: 'source-doc', fix: 'suggest-remove', instead: 'the widget never renders this string; link your support page with `helpLinks.help`' },
  { path: ['labels', 'contact.support'], rule: 'no-widget-help-support-number', list: 'source-doc', fix: 'suggest-remove', instead: 'the widget never renders this string; link your support page with `helpLinks.help`' },

  // Sign-In Widget customization - Help title link and Need help signing in string
  { path: ['i18n', '*', 'needhelp'], rule: 'no-widget-need-help-string', list: 'source-doc', fix: 'suggest-rename', renameTo: 'help', instead: "the Identity Engine footer link is labelled by the 'help' key and points to `helpLinks.help`" },
  { path: ['labels', 'needhelp'], rule: 'no-widget-need-help-string', list: 'source-doc', fix: 'suggest-rename', renameTo: 'help', instead: "the Identity Engine footer link is labelled by the 'help' key and points to `helpLinks.help`" },

  // Sign-In Widget customization - processCreds hook
  { path: ['processCreds'], rule: 'no-widget-process-creds', list: 'source-doc', fix: 'suggest-remove', instead: 'remove the code that depends on it; `transformUsername` still rewrites usernames' },

  // Personal identity verification
  { path: ['piv', 'certAuthUrl'], rule: 'no-widget-classic-piv', list: 'source-doc', fix: 'suggest-remove', instead: 'configure a Smart Card (X509) IdP and an IdP routing rule; the widget then shows the PIV button by itself' },
  { path: ['piv', 'isCustomDomain'], rule: 'no-widget-classic-piv', list: 'source-doc', fix: 'suggest-remove', instead: 'the Smart Card IdP in the org decides the certificate URL' },
  { path: ['piv', 'customDomain'], rule: 'no-widget-classic-piv', list: 'source-doc', fix: 'suggest-remove', instead: 'the Smart Card IdP in the org decides the certificate URL' },

  // Self-Service Registration
  { path: ['features', 'registration'], rule: 'no-classic-self-service-registration', list: 'source-doc', fix: 'remove', instead: 'turn on sign-up with a profile enrollment policy in the org' },
  { path: ['policyId'], rule: 'no-classic-self-service-registration', list: 'source-doc', fix: 'remove', instead: 'Identity Engine sign-up follows the profile enrollment policy, not a registration policy id' },
];

/** Top-level option names whose dotted keys (`'features.registration'`) the widget's Settings model accepts. */
export const dottedKeyPrefixes: ReadonlySet<string> = new Set(['features', 'helpLinks', 'piv', 'registration', 'idpDiscovery']);

/** Keys which, next to `features`, make an object look like a widget config when no constructor is in sight. */
export const widgetShapeKeys: ReadonlySet<string> = new Set(['baseUrl', 'clientId', 'issuer', 'authParams']);

/**
 * Top-level keys only the Sign-In Widget uses. Next to an identity key they mark a widget config as surely as
 * `features` does, so a config stays recognisable after `--fix` removed its `features`.
 */
export const widgetOnlyKeys: ReadonlySet<string> = new Set(['features', 'helpSupportNumber', 'policyId', 'piv', 'idpDiscovery', 'processCreds']);

/**
 * Packages an app depends on (in its nearest `package.json`) when it signs users in with Okta: the Sign-In Widget,
 * okta-auth-js and the framework wrappers around them. In such an app a module-level object shaped like a widget
 * config is taken for one even in a module that names nothing Okta (`export default { issuer, clientId, features }`).
 */
export const oktaAppPackages: readonly string[] = ['@okta/okta-signin-widget', '@okta/okta-auth-js', '@okta/okta-react', '@okta/okta-angular', '@okta/okta-vue'];

/** Keys of a JSON document under which a widget config is stored. */
export const widgetConfigKeyPattern = /^(?:okta)?[-_]?sign[-_]?in[-_]?widget(?:[-_]?(?:config|options|settings))?$|^widget[-_]?(?:config|options|settings)$/i;

/** JSON file names that say the file holds a widget config. */
export const widgetConfigFilePattern = /(?:widget|sign[-_]?in)[^/\\]*\.json$/i;

/** Module ids that export the Sign-In Widget constructor. */
export const widgetModulePattern = /^@okta\/okta-signin-widget(?:\/(?:classic|oie|dist\/js\/okta-sign-in[\w.-]*?(?:\.js)?))?$/;

/** Module ids whose widget runs only Classic Engine. */
export const classicWidgetModulePattern = /^@okta\/okta-signin-widget\/(?:classic|dist\/js\/okta-sign-in\.classic[\w.-]*)$/;

/** Widget instance methods whose first argument takes widget options. */
export const widgetRenderMethods: ReadonlySet<string> = new Set(['renderEl', 'showSignIn', 'showSignInToGetTokens', 'showSignInAndRedirect']);

/** Returns the fact that matches an option path, if any. */
export function factForPath(path: readonly string[]): WidgetOptionFact | undefined {
  return widgetOptionFacts.find(
    (fact) => fact.path.length === path.length && fact.path.every((segment, index) => segment === '*' || segment === path[index]),
  );
}
