/**
 * Display texts of the FIDO2 (WebAuthn) authenticator before and after the Passkeys rebrand (2026.02.0, flag
 * `PASSKEYS_REBRAND`). Only the `key` (`webauthn`) and the factor's `factorType` (`webauthn`) stay the same; every text
 * below changes with the rebrand, and the name can be customized per org. Sources: the Authenticators API
 * (`AuthenticatorBase.name` examples), the Sign-In Widget's `login.properties` and `webauthnDisplayNameUtils.ts`
 * (`WEBAUTHN_DISPLAY_NAMES`), the 2026.02.0 release note.
 */

export interface AuthenticatorLabel {
  text: string;
  /** Where the text comes from. */
  source: 'authenticator-name' | 'admin-console' | 'sign-in-widget';
  /** Before the rebrand, or what the rebrand introduced (just as fragile: org admins can rename it). */
  era: 'before-rebrand' | 'after-rebrand';
  /** A common word that apps also use for their own values (`method === 'passkey'`), not only as the display name. */
  generic?: true;
}

export const authenticatorLabels: readonly AuthenticatorLabel[] = [
  { text: 'Security Key or Biometric', source: 'authenticator-name', era: 'before-rebrand' },
  { text: 'FIDO2 (WebAuthn)', source: 'admin-console', era: 'before-rebrand' },
  { text: 'Security Key or Biometric Authenticator', source: 'sign-in-widget', era: 'before-rebrand' },
  { text: 'Set up security key or biometric authenticator', source: 'sign-in-widget', era: 'before-rebrand' },
  { text: 'Verify with Security Key or Biometric Authenticator', source: 'sign-in-widget', era: 'before-rebrand' },
  { text: 'Passkeys', source: 'authenticator-name', era: 'after-rebrand', generic: true },
  { text: 'Passkeys (FIDO2 WebAuthn)', source: 'admin-console', era: 'after-rebrand' },
  { text: 'Passkey (FIDO2 WebAuthn)', source: 'admin-console', era: 'after-rebrand' },
  { text: 'Passkey', source: 'sign-in-widget', era: 'after-rebrand', generic: true },
  { text: 'Set up a passkey', source: 'sign-in-widget', era: 'after-rebrand' },
  { text: 'Verify with a passkey', source: 'sign-in-widget', era: 'after-rebrand' },
];

/** What stays the same across the rebrand: the authenticator `key` and the factor `factorType`. */
export const webauthnKey = 'webauthn';

/** Text a file must contain to compare against one of the labels (case-insensitive, as the rule compares). */
export const authenticatorLabelGate = /security key or biometric|fido2|passkey/i;

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const byText = new Map(authenticatorLabels.map((label) => [normalize(label.text), label]));

/** The label a string is, compared the way code usually compares display texts: trimmed, case-insensitive. */
export function authenticatorLabel(text: string): AuthenticatorLabel | undefined {
  return byText.get(normalize(text));
}
