/**
 * Custom telephony provider credentials (`/api/v1/telephony-providers`, "Bring your own telephony credentials",
 * 2026.01.0, flag `CUSTOM_TELEPHONY_PROVIDERS`). From the Management OpenAPI spec (2026.06:
 * `CustomTelephonyProviderCredentialCreateRequest`, `CustomTelephonyProviderSettings` and its `oneOf` members).
 */

export type TelephonyProvider = 'TWILIO' | 'TELESIGN';
export type TelephonyChannel = 'sms' | 'call';

export const telephonyProviders: readonly TelephonyProvider[] = ['TWILIO', 'TELESIGN'];

/** `ALL` is the only valid `providerCapability`: the provider handles both SMS and voice, whichever the org uses. */
export const telephonyProviderCapability = 'ALL';

/** A method key of `providerSettings.sms` / `providerSettings.call`: which provider it belongs to and where it is valid. */
export interface TelephonyMethodKey {
  key: string;
  provider: TelephonyProvider;
  channels: readonly TelephonyChannel[];
}

export const telephonyMethodKeys: readonly TelephonyMethodKey[] = [
  { key: 'twilioVerifySid', provider: 'TWILIO', channels: ['sms', 'call'] },
  { key: 'twilioPhoneNumber', provider: 'TWILIO', channels: ['sms', 'call'] },
  { key: 'twilioMessageSid', provider: 'TWILIO', channels: ['sms'] },
  { key: 'twilioCallerId', provider: 'TWILIO', channels: ['call'] },
  { key: 'telesignService', provider: 'TELESIGN', channels: ['sms', 'call'] },
];

/** The values of `telesignService`, per channel. */
export const telesignServices: Readonly<Record<TelephonyChannel, readonly string[]>> = {
  sms: ['telesignMessagingService', 'telesignVerifyService'],
  call: ['telesignVoiceService', 'telesignVerifyService'],
};

export function telephonyMethodKey(key: string): TelephonyMethodKey | undefined {
  return telephonyMethodKeys.find((candidate) => candidate.key === key);
}
