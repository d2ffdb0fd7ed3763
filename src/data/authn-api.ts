/**
 * The Classic Engine Authentication API (`/api/v1/authn`) and the okta-auth-js members that call it, with what
 * replaces them on Identity Engine. Endpoints: the authn reference, "Recovery operations". okta-auth-js members:
 * `lib/authn/mixin.ts` (8.x; in the default bundle and `@okta/okta-auth-js/authn`). Replacements: the conversion
 * chart of okta-auth-js `docs/migrate-from-authn-to-idx.md`; `recoveryToken` is an IDX start option
 * (`lib/idx/types/options.ts`).
 */

/** `POST /api/v1/authn`: the only endpoint whose body may carry the `audience` parameter. */
export const authnPath = /^\/api\/v1\/authn$/;

/** The body parameter Identity Engine does not support on `/api/v1/authn` (IdP-initiated step-up to a SAML/WS-Fed app). */
export const authnAudienceKey = 'audience';

/** Classic recovery and unlock endpoints of the Authentication API. */
export const authnRecoveryEndpoints: readonly { path: RegExp; display: string; instead: string }[] = [
  { path: /^\/api\/v1\/authn\/recovery\/password$/, display: 'POST /api/v1/authn/recovery/password', instead: 'okta-auth-js `idx.recoverPassword()` (or the Sign-In Widget)' },
  { path: /^\/api\/v1\/authn\/recovery\/unlock$/, display: 'POST /api/v1/authn/recovery/unlock', instead: 'okta-auth-js `idx.unlockAccount()` (or the Sign-In Widget)' },
  { path: /^\/api\/v1\/authn\/recovery\/token$/, display: 'POST /api/v1/authn/recovery/token', instead: 'okta-auth-js `idx.start({ recoveryToken })` (or the Sign-In Widget with `recoveryToken`)' },
  { path: /^\/api\/v1\/authn\/recovery(?:\/.*)?$/, display: 'POST /api/v1/authn/recovery/…', instead: 'the okta-auth-js IDX recovery flow (`idx.recoverPassword()`, `idx.unlockAccount()`)' },
  { path: /^\/api\/v1\/authn\/credentials\/reset_password$/, display: 'POST /api/v1/authn/credentials/reset_password', instead: 'the okta-auth-js IDX recovery flow (`idx.recoverPassword()`, then `idx.proceed({ password })`)' },
];

export interface AuthnRecoveryMember {
  /** The okta-auth-js method on the `OktaAuth` instance. */
  method: string;
  /** The Classic endpoint it posts to. */
  endpoint: string;
  /** The IDX call that replaces it: a member path on the same instance. */
  replacement: readonly string[];
  /** How the message writes the replacement. */
  replacementDisplay: string;
  /**
   * Option keys that mean the same to the replacement: when the options object has only these, the replacement is a
   * rename of the call (a suggestion). Any other key (`factorType`, `relayState`, …) has no IDX equivalent.
   */
  sameOptions: readonly string[];
}

export const authnRecoveryMembers: readonly AuthnRecoveryMember[] = [
  { method: 'forgotPassword', endpoint: 'POST /api/v1/authn/recovery/password', replacement: ['idx', 'recoverPassword'], replacementDisplay: 'idx.recoverPassword()', sameOptions: ['username'] },
  { method: 'unlockAccount', endpoint: 'POST /api/v1/authn/recovery/unlock', replacement: ['idx', 'unlockAccount'], replacementDisplay: 'idx.unlockAccount()', sameOptions: ['username'] },
  { method: 'verifyRecoveryToken', endpoint: 'POST /api/v1/authn/recovery/token', replacement: ['idx', 'start'], replacementDisplay: 'idx.start({ recoveryToken })', sameOptions: ['recoveryToken'] },
];
