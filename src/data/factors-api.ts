/**
 * The Factors APIs and what Identity Engine no longer does through them.
 *
 * SMS lifecycle: the Factors Administration API (`/api/v1/org/factors`, reference `factor-admin`) cannot activate or
 * deactivate `okta_sms` on Identity Engine (source document; "API changes after the upgrade" › Factors API changes).
 * okta-sdk-nodejs has no method for it in 6.x, 7.x or 8.x (its only `/api/v1/org/factors` paths are the YubiKey token
 * ones); `@pulumi/okta` `factor.Factor` wraps it (terraform `okta_factor`, `sdk/org_factor.go`).
 * Replacement: the Authenticators API (okta-sdk-nodejs `AuthenticatorApi.js`, 7.2+ for the per-method calls;
 * `@pulumi/okta` `Authenticator`, key `phone_number`).
 *
 * Enrollment: the Factors API (`POST /api/v1/users/{userId}/factors`, okta-sdk-nodejs `enrollFactor`) and the Classic
 * authn enrollment (`POST /api/v1/authn/factors`) enroll Okta Verify and WebAuthn without the Identity Engine
 * authenticator settings (source document "Factor API enrollment limitations").
 */

/**
 * `POST /api/v1/org/factors/okta_sms/lifecycle/activate|deactivate`; a lifecycle segment chosen at run time (`:param`
 * in a normalized path) is one of the two, as the API has no other.
 */
export const smsFactorLifecyclePath = /^\/api\/v1\/org\/factors\/okta_sms\/lifecycle\/(?:activate|deactivate|:param)$/;

/** The org factor (Pulumi `providerId`) the limitation is about. */
export const smsFactorProviderId = 'okta_sms';

/** The `@pulumi/okta` resource class that manages org factors through the Factors Administration API. */
export const pulumiOrgFactorResource = 'factor.Factor';

export const authenticatorsApiAdvice =
  "the Authenticators API: the phone authenticator (key `phone_number`) and `POST /api/v1/authenticators/{authenticatorId}/methods/sms/lifecycle/activate|deactivate` (okta-sdk-nodejs 7.2+: `authenticatorApi.activateAuthenticatorMethod()` / `deactivateAuthenticatorMethod()`; Pulumi: `okta.Authenticator` with `key: 'phone_number'`)";

export interface LimitedEnrollment {
  provider: string;
  factorTypes: readonly string[];
  /** The authenticator, as messages name it. */
  authenticator: string;
  /** What the Factors API skips for it on Identity Engine. */
  notEnforced: string;
}

export const limitedEnrollments: readonly LimitedEnrollment[] = [
  {
    provider: 'OKTA',
    factorTypes: ['push', 'token:software:totp'],
    authenticator: 'Okta Verify',
    notEnforced: 'only the first Okta Verify enrollment is allowed, the FIPS and user verification requirements are not enforced, and the enrollment is not bound to a device',
  },
  {
    provider: 'FIDO',
    factorTypes: ['webauthn'],
    authenticator: 'FIDO2 (WebAuthn)',
    notEnforced: "the authenticator's user verification setting is not enforced",
  },
];

/** okta-sdk-nodejs 6.x client methods that return a `User` model, whose `enrollFactor(factor, query)` enrolls for that user. */
export const sdk6UserFactories: readonly string[] = ['getUser', 'createUser', 'updateUser', 'partialUpdateUser'];
