/**
 * The registration inline hook request on Identity Engine ("Upgrade registration inline hooks to Identity Engine"):
 * the request gains a top-level `requestType`. For `self.service.registration` the submitted fields are in
 * `data.userProfile` (as on Classic Engine); for `progressive.profile`, new in Identity Engine, they are in
 * `data.userProfileUpdate` and the user's profile is in `data.context.user.profile`, and the response command is
 * `com.okta.user.progressive.profile.update`. `com.okta.user.profile.update` is for self-service registration only.
 */

export const requestTypeKey = 'requestType';

export const requestTypes = {
  selfServiceRegistration: 'self.service.registration',
  progressiveProfile: 'progressive.profile',
} as const;

/** The fields a Classic Engine handler reads: `body.data.userProfile`. */
export const classicProfileField = { data: 'data', profile: 'userProfile' } as const;

/**
 * Response commands that only a registration hook returns: `com.okta.action.update` with a `registration` value
 * (the password import hook uses the same command with `credential`), and `com.okta.user.profile.update`.
 */
export const registrationCommands: readonly { type: string; valueKey: string | undefined }[] = [
  { type: 'com.okta.action.update', valueKey: 'registration' },
  { type: 'com.okta.user.profile.update', valueKey: undefined },
];

/**
 * What only a telephony inline hook handler reads or answers: the request's `data.messageProfile` (the one-time
 * passcode message to send; okta-sdk-java `TelephonyRequestData`, okta-management-openapi-spec `TelephonyRequest`)
 * and its one command, `com.okta.telephony.action`. Such a handler reads `data.userProfile` too, but is no
 * registration hook.
 */
export const telephonyHookMarkers = /\bmessageProfile\b|com\.okta\.telephony\.action/;

/** What a handler answers a progressive profile request with when it has nothing to change: no commands. */
export const noCommandsResponse = '{ commands: [] }';
