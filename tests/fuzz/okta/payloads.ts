import type { Random } from '../random.js';
import { Code, type Data } from './code.js';

/**
 * Okta request bodies as data trees, one maker per payload kind, with the values the 2026 rules look at (CLIENT_POLICY,
 * LINUX platform conditions, `dtc` on mobile device assurances, dynamic OS versions, grace periods, event types, …)
 * mixed with valid ones and look-alikes. Trees go through `Builder.render` (JS) or `renderJson`.
 */

/** Event types: Classic-only, Identity-Engine-only, both, the `…lifecycle.activated` typo and made-up ones. */
export const eventTypes = [
  'user.session.start',
  'user.session.end',
  'user.authentication.authenticate',
  'user.authentication.sso',
  'user.authentication.auth_via_mfa',
  'user.authentication.verify',
  'user.lifecycle.activate',
  'user.lifecycle.activated',
  'user.lifecycle.create',
  'user.mfa.factor.activate',
  'user.account.lock',
  'user.account.unlock_token',
  'policy.evaluate_sign_on',
  'device.enrollment.create',
  'security.authenticator.lifecycle.activate',
  'system.push.send_factor_verify_push',
  'user.authentication.auth_via_IDP',
  'app.oauth2.as.token.grant',
  'user.risk.detect',
  'custom.not.an.event',
  'workload_principal.managed_connection.create',
  'workload_principal.resource_connection.update',
];

// Values as the Okta API names them, with the wrong ones the rules look for (kept here, not read from src/data, so
// the generator does not hide a data mistake by making the same one).
const policyTypes = ['OKTA_SIGN_ON', 'PASSWORD', 'MFA_ENROLL', 'IDP_DISCOVERY', 'ACCESS_POLICY', 'PROFILE_ENROLLMENT', 'POST_AUTH_SESSION', 'ENTITY_RISK', 'CLIENT_UPDATE'];
const policyRuleTypes = ['SIGN_ON', 'PASSWORD', 'MFA_ENROLL', 'IDP_DISCOVERY', 'ACCESS_POLICY', 'PROFILE_ENROLLMENT', 'POST_AUTH_SESSION', 'ENTITY_RISK', 'CLIENT_UPDATE'];
const deviceAssurancePlatforms = ['ANDROID', 'IOS', 'MACOS', 'WINDOWS', 'CHROMEOS'];
const osTypes = ['LINUX', 'MACOS', 'OSX', 'WINDOWS', 'ANDROID', 'IOS', 'CHROMEOS', 'OTHER', 'linux'];
const id = () => new Code('policyId', '00p1a2b3c4d5e6f7g8h9');

function platformInclude(rng: Random): Data {
  return rng.some(osTypes, 3, 1).map((os) => ({
    type: rng.pick(['DESKTOP', 'MOBILE', 'ANY']),
    os: rng.chance(0.8) ? { type: os, ...(rng.chance(0.2) ? { expression: 'device.os.version > "10"' } : {}) } : { type: os },
  }));
}

function gracePeriod(rng: Random): Data {
  return rng.oneOf<Data>([
    () => ({ type: 'BY_DURATION', expiry: rng.pick(['P7D', 'PT12H', 'P30D', '7']) }),
    () => ({ type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00:00.000Z' }),
    () => ({ skipCount: rng.int(0, 5) }),
    () => ({ type: 'SKIP_COUNT', skipCount: rng.int(-1, 3) }),
    () => ({}),
  ]);
}

function osVersion(rng: Random): Data {
  return rng.oneOf<Data>([
    () => ({ minimum: rng.pick(['12', '14.2.1', '10.0.19045']) }),
    () => ({ dynamicVersionRequirement: { type: rng.pick(['MINIMUM', 'EXACT_ANY_SUPPORTED', 'NOT_ALLOWED']), distanceFromLatestMajor: rng.int(0, 3), latestSecurityPatch: rng.chance(0.5) } }),
    () => ({ minimum: '13', dynamicVersionRequirement: { type: 'MINIMUM', distanceFromLatestMajor: 1 } }),
  ]);
}

/** Payload makers by the kind names of src/data/payload-sources.ts (a kind added there simply is not made here yet). */
const makers: Record<string, (rng: Random) => Data> = {
  policy: (rng) => ({
    type: rng.pick([...policyTypes, 'CLIENT_POLICY', 'CLIENT_POLICY', 'client_update', 'OKTA_SIGN_ON']),
    name: 'Fuzzed policy',
    status: rng.pick(['ACTIVE', 'INACTIVE']),
    ...(rng.chance(0.6) ? { conditions: { people: { groups: { include: ['everyone'] } }, ...(rng.chance(0.5) ? { platform: { include: platformInclude(rng) } } : {}) } } : {}),
    ...(rng.chance(0.6)
      ? {
          settings: rng.oneOf<Data>([
            () => ({ type: 'AUTHENTICATORS', authenticators: [{ key: 'okta_verify', enroll: { self: 'REQUIRED' } }, { key: 'webauthn', enroll: { self: 'OPTIONAL' } }], ...(rng.chance(0.6) ? { gracePeriod: gracePeriod(rng) } : {}) }),
            () => ({ password: { complexity: { minLength: 8, ...(rng.chance(0.6) ? { oelStatement: rng.pick(['user.profile.login != null', '', 'password.length > 12']) } : {}) }, age: { maxAgeDays: 90 } } }),
            () => ({ delegation: { options: { skipUnlock: false } } }),
          ]),
        }
      : {}),
  }),
  'policy-rule': (rng) => ({
    type: rng.pick([...policyRuleTypes, 'SIGN_ON', 'ACCESS_POLICY', 'IDP_DISCOVERY']),
    name: 'Fuzzed rule',
    conditions: {
      ...(rng.chance(0.7) ? { platform: { include: platformInclude(rng), ...(rng.chance(0.2) ? { exclude: platformInclude(rng) } : {}) } } : {}),
      ...(rng.chance(0.3) ? { riskScore: { level: 'ANY' } } : {}),
      ...(rng.chance(0.3) ? { behaviors: rng.some(['New Device', 'New IP', 'New Geo-Location'], 2) } : {}),
      ...(rng.chance(0.3) ? { network: { connection: 'ANYWHERE' } } : {}),
      ...(rng.chance(0.3) ? { app: { include: [{ type: 'APP', id: '0oa1' }], exclude: [{ type: rng.pick(['APP', 'APP_TYPE']), id: '0oa1', name: 'yahoo_mail' }] } } : {}),
      ...(rng.chance(0.2) ? { apps: { include: rng.some(['0oa1', '0oa2'], 2, 1), exclude: rng.some(['0oa2', '0oa3'], 2, 1) } } : {}),
    },
    actions: rng.oneOf<Data>([
      () => ({ signon: { access: 'ALLOW', requireFactor: rng.chance(0.7), factorPromptMode: rng.pick(['ALWAYS', 'DEVICE', 'SESSION']), rememberDeviceByDefault: false, factorLifetime: 15 } }),
      () => ({ appSignOn: { access: 'ALLOW', verificationMethod: { type: 'ASSURANCE', factorMode: '2FA' } } }),
      () => ({ idp: { providers: [{ type: 'OKTA' }] } }),
    ]),
  }),
  'device-assurance': (rng) => ({
    name: 'Fuzzed device assurance',
    platform: rng.pick([...deviceAssurancePlatforms, 'ANDROID', 'IOS', 'LINUX', 'android']),
    ...(rng.chance(0.7) ? { osVersion: osVersion(rng) } : {}),
    ...(rng.chance(0.6) ? { thirdPartySignalProviders: rng.oneOf<Data>([() => ({ dtc: { browserVersion: { minimum: '120' }, builtInDnsClientEnabled: true } }), () => ({ dtc: null }), () => ({ other: {} })]) } : {}),
    ...(rng.chance(0.4) ? { gracePeriod: gracePeriod(rng) } : {}),
    ...(rng.chance(0.3) ? { screenLockType: { include: ['BIOMETRIC'] } } : {}),
    ...(rng.chance(0.3) ? { diskEncryptionType: { include: ['ALL_INTERNAL_VOLUMES'] } } : {}),
  }),
  authenticator: (rng) => ({
    key: rng.pick(['webauthn', 'okta_verify', 'phone_number', 'custom_app']),
    name: rng.pick(['FIDO2 (WebAuthn)', 'Security Key or Biometric', 'Passkeys', 'Okta Verify']),
    ...(rng.chance(0.5) ? { settings: { userVerification: 'PREFERRED', attachment: 'ANY' } } : {}),
  }),
  'authenticator-method': (rng) => ({ type: 'webauthn', status: 'ACTIVE', settings: { userVerification: rng.pick(['REQUIRED', 'DISCOURAGED']), aaguidGroups: [{ name: 'keys', aaguids: ['cb69481e-8ff7-4039-93ec-0a2729a154a8'] }] } }),
  'custom-aaguid': (rng) => ({ aaguid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8', name: rng.pick(['YubiKey', '']), attestationRootCertificates: [{ x5c: 'MIIB' }] }),
  'user-schema': (rng) => ({
    definitions: {
      custom: {
        id: '#custom',
        type: 'object',
        properties: Object.fromEntries(rng.some(['employeeNumber', 'login', 'Manager', 'realmId', 'orgId', 'status', 'groups', 'id', 'favoriteColor', 'LastLogin'], 3, 1).map((name) => [name, { title: name, type: 'string' }])),
      },
    },
  }),
  'app-user-schema': (rng) => ({ definitions: { custom: { properties: { [rng.pick(['login', 'department', 'id'])]: { title: 'x', type: 'string' } } } } }),
  'email-server': (rng) => ({
    alias: 'Fuzzed SMTP',
    host: 'smtp.example.com',
    port: rng.pick([25, 587, 2525]),
    username: 'mailer',
    ...(rng.chance(0.5) ? { password: new Code('process.env.SMTP_PASSWORD', 'secret') } : {}),
    ...(rng.chance(0.5) ? { authType: rng.pick(['OAUTH2', 'BASIC', 'oauth']), oauth2: { clientId: 'abc', tokenEndpoint: 'https://login.example.com/token' } } : {}),
  }),
  'telephony-provider': (rng) => ({
    providerName: rng.pick(['TWILIO', 'TELESIGN', 'twilio', 'OTHER']),
    providerSettings: rng.chance(0.5) ? { accountSid: 'AC123', authToken: 'x' } : { customerId: 'c', apiKey: 'k' },
    providerCapability: rng.some(['SMS', 'VOICE'], 2),
  }),
  'identity-source': (rng) => ({ profile: { firstName: 'Ada', email: 'ada@example.com', ...(rng.chance(0.5) ? { userName: 'ada' } : {}) } }),
  'federated-claim': (rng) => ({ name: rng.pick(['department', 'groups']), expression: 'user.profile.department', ...(rng.chance(0.5) ? { claimType: rng.pick(['RESOURCE', 'IDENTITY', 'UNKNOWN']) } : {}) }),
  'token-request': (rng) => ({
    grant_type: rng.pick(['urn:ietf:params:oauth:grant-type:token-exchange', 'authorization_code', 'client_credentials', 'urn:ietf:params:oauth:grant-type:jwt-bearer']),
    ...(rng.chance(0.7) ? { subject_token: new Code('idToken', 'eyJ') } : {}),
    ...(rng.chance(0.6) ? { subject_token_type: rng.pick(['urn:ietf:params:oauth:token-type:id_token', 'urn:ietf:params:oauth:token-type:access_token', 'id_token', 'urn:okta:oauth:token-type:web_sso_token']) } : {}),
    ...(rng.chance(0.4) ? { actor_token: 'x', actor_token_type: 'urn:ietf:params:oauth:token-type:id-jag' } : {}),
    ...(rng.chance(0.5) ? { requested_token_type: rng.pick(['urn:ietf:params:oauth:token-type:access_token', 'urn:okta:oauth:token-type:web_sso_token', 'urn:ietf:params:oauth:token-type:id-jag']) } : {}),
    ...(rng.chance(0.4) ? { audience: 'com.okta.api' } : {}),
    scope: 'openid',
  }),
  'authorize-request': (rng) => ({ client_id: 'abc', response_type: 'code', scope: 'openid', ...(rng.chance(0.5) ? { prompt: 'none' } : {}) }),
  application: (rng) => ({
    name: 'oidc_client',
    label: 'Fuzzed app',
    signOnMode: rng.pick(['OPENID_CONNECT', 'SAML_2_0', 'BOOKMARK']),
    ...(rng.chance(0.6) ? { accessibility: { selfService: false, ...(rng.chance(0.7) ? { loginRedirectUrl: 'https://example.com/login' } : {}), errorRedirectUrl: 'https://example.com/error' } } : {}),
  }),
  'authorization-server': () => ({ name: 'Fuzzed AS', audiences: ['api://default'], issuerMode: 'ORG_URL' }),
  'interclient-trust': () => ({ appInstanceId: '0oa1' }),
  'sign-in-page': (rng) => ({ pageContent: '<html></html>', widgetVersion: '7', widgetCustomizations: { widgetGeneration: rng.pick(['G2', 'G3']) } }),
  'event-hook': (rng) => ({
    name: 'Fuzzed hook',
    events: rng.chance(0.8) ? { type: 'EVENT_TYPE', items: rng.some(eventTypes, 4, 1) } : rng.some(eventTypes, 2, 1),
    channel: { type: 'HTTP', version: '1.0.0', config: { uri: 'https://example.com/hooks' } },
  }),
  'inline-hook': (rng) => ({ name: 'Fuzzed inline hook', type: rng.pick(['com.okta.user.pre-registration', 'com.okta.oauth2.tokens.transform']), version: '1.0.0', channel: { type: 'HTTP', version: '1.0.0', config: { uri: 'https://example.com/inline' } } }),
  'factor-enrollment': (rng) => ({
    factorType: rng.pick(['push', 'token:software:totp', 'sms', 'webauthn', 'call', 'u2f', 'question']),
    provider: rng.pick(['OKTA', 'FIDO', 'GOOGLE', 'okta']),
    ...(rng.chance(0.4) ? { profile: { phoneNumber: '+1-555-415-1337' } } : {}),
  }),
  'ai-agent': (rng) => ({
    ...(rng.chance(0.5) ? { appId: rng.pick<Data>(['0oab1234EXAMPLEID5d6', null, new Code('appId', '0oa1')]) } : {}),
    profile: { name: rng.pick(['Demo Agent', 'QA', '', 'Bob', new Code('agentName', 'x')]), description: 'Fuzzed agent' },
  }),
  'client-auth-settings': (rng) => ({ resourceOrn: 'orn:okta:idp:00o1:apps:github:0oa1', purpose: rng.some(['STS', 'SSO', new Code('purpose', 'STS')], 3, 1) }),
  'mcp-authorization-server': (rng) => ({ name: 'GitHub OAuth', ...(rng.chance(0.5) ? { issuer: 'https://github.com/login/oauth' } : {}), ...(rng.chance(0.5) ? { type: 'CUSTOM' } : {}) }),
  'authn-request': (rng) => ({
    username: 'ada@example.com',
    password: new Code('password', 'secret'),
    ...(rng.chance(0.6) ? { audience: rng.pick(['api://default', '0oa1', '']) } : {}),
    ...(rng.chance(0.4) ? { options: { multiOptionalFactorEnroll: true, warnBeforePasswordExpired: true } } : {}),
    ...(rng.chance(0.3) ? { context: { deviceToken: 'x' } } : {}),
  }),
};

export const payloadKinds = Object.keys(makers);

export function payload(rng: Random, kind: string = rng.pick(payloadKinds)): Data {
  const maker = makers[kind] ?? makers[rng.pick(payloadKinds)]!;
  return maker(rng);
}

/** Ids the URL and SDK makers put in paths and parameters. */
export function idCode(): Code {
  return id();
}
