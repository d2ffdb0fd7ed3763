/**
 * Device assurance policy payloads (`POST /api/v1/device-assurances`, `PUT …/{deviceAssuranceId}`), from the
 * Management API's OpenAPI spec (2026.06.3): `DeviceAssurance{Android,IOS,MacOS,Windows,ChromeOS}Platform`,
 * `OSVersion`, `OSVersionConstraint`, `GracePeriod`. The platform list itself is `deviceAssurancePlatforms` in
 * `payload-sources.ts`.
 */

/** What each platform accepts for its OS version check. */
export const osVersionSupport: Readonly<Record<string, 'dynamic' | 'static-and-constraints' | 'none'>> = {
  // OSVersion: `minimum` or `dynamicVersionRequirement`
  ANDROID: 'dynamic',
  IOS: 'dynamic',
  MACOS: 'dynamic',
  // OSVersionFourComponents (`minimum` only) plus `osVersionConstraints[]`
  WINDOWS: 'static-and-constraints',
  // no osVersion at all: ChromeOS checks come from Chrome Device Trust
  CHROMEOS: 'none',
};

/** `dynamicVersionRequirement.type`, in `osVersion` and in a Windows `osVersionConstraints[]` item. */
export const dynamicVersionTypes = {
  osVersion: ['MINIMUM', 'EXACT', 'EXACT_ANY_SUPPORTED'],
  windowsConstraint: ['MINIMUM', 'EXACT', 'EXACT_ANY_SUPPORTED', 'NOT_ALLOWED'],
} as const;

/** "`distanceFromLatestMajor` must be specified for this type." */
export const distanceRequiredFor: readonly string[] = ['MINIMUM', 'EXACT'];
/** "You can't specify `distanceFromLatestMajor` for this type." */
export const distanceForbiddenFor: readonly string[] = ['EXACT_ANY_SUPPORTED', 'NOT_ALLOWED'];
/** "You can't specify … `latestSecurityPatch` for this type." */
export const securityPatchForbiddenFor: readonly string[] = ['NOT_ALLOWED'];
/** `distanceFromLatestMajor`: integer, minimum 0, maximum 1. */
export const distanceFromLatestMajor = { min: 0, max: 1 } as const;

/** `OSVersionConstraint.majorVersionConstraint`, and at most one constraint per major version (`maxItems: 2`). */
export const windowsMajorVersions: readonly string[] = ['WINDOWS_11', 'WINDOWS_10'];

/**
 * `GracePeriod`: `BY_DATE_TIME` takes an ISO 8601 date-time (`DateTime`, `format: date-time`), `BY_DURATION` an ISO
 * 8601 duration (`TimeDuration`). Spec 2025.11.0 bounded the duration to 1–180 days; later specs dropped the
 * sentence, so that bound is only checked when asked for.
 */
export const deviceAssuranceGracePeriod = {
  types: ['BY_DATE_TIME', 'BY_DURATION'],
  dateTimeType: 'BY_DATE_TIME',
  durationType: 'BY_DURATION',
  durationDays: { min: 1, max: 180 },
} as const;

/**
 * The third-party signal providers each platform takes (`thirdPartySignalProviders`). `dtc` (Chrome Device Trust)
 * exists for MACOS, WINDOWS and CHROMEOS, not only Windows as the 2026.01.2 note says; since that release (OKTA-1045564)
 * Okta rejects it on ANDROID and IOS.
 */
export const signalProviders: Readonly<Record<string, readonly string[]>> = {
  ANDROID: ['androidDeviceTrust', 'devicePostureIdP'],
  IOS: ['devicePostureIdP'],
  MACOS: ['dtc', 'devicePostureIdP'],
  WINDOWS: ['dtc', 'devicePostureIdP'],
  CHROMEOS: ['dtc', 'devicePostureIdP'],
};

export const chromeDeviceTrust = 'dtc';
