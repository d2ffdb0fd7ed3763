/**
 * The Apps API setting behind "Custom sign-in page for embedded app links": `accessibility.loginRedirectUrl`
 * ("Custom login page URL for the app"). The management spec (`ApplicationAccessibility`, 2026.06.3) says it is
 * deprecated in Identity Engine and that orgs that actively use it can continue to do so; users who click an app
 * embed link are evaluated by the org's sign-in policy instead. `@pulumi/okta` writes it
 * `accessibilityLoginRedirectUrl` on the `app.*` resources (`Saml`, `OAuth`, `AutoLogin`, `BasicAuth`, `Bookmark`,
 * `SecurePasswordStore`, `Swa`, `ThreeField`) and on `AppSharedCredentials`.
 */

/** Path in an Apps API application body. */
export const loginRedirectUrlPath = 'accessibility.loginRedirectUrl';

/** The same setting as a `@pulumi/okta` resource argument. */
export const pulumiLoginRedirectUrlKey = 'accessibilityLoginRedirectUrl';
