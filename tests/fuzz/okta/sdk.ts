import { sdkSources } from '../../../src/data/payload-sources.js';
import { Code, type Builder } from './code.js';
import { eventTypes, payload } from './payloads.js';
import type { Fragment } from './widget.js';

/**
 * `@okta/okta-sdk-nodejs` (6.x flat methods and 7+ `client.xxxApi.method({...})`), `@okta/okta-auth-js` and
 * `@pulumi/okta` calls. The SDK methods that take a payload come from src/data/payload-sources.ts, so a method
 * added there is called here too; session, factor and recovery calls are listed here.
 */

const plainSdkCalls: readonly string[] = [
  'getSession(sessionId)',
  'endSession(sessionId)',
  'refreshSession(sessionId)',
  'clearUserSessions(userId)',
  'sessionApi.getSession({ sessionId })',
  'sessionApi.revokeSession({ sessionId })',
  'sessionApi.refreshSession({ sessionId: req.params.id })',
  'sessionApi.getCurrentSession()',
  'userApi.revokeUserSessions({ userId })',
  'userApi.endUserSessions({ keepCurrent: true })',
  'userFactorApi.listFactors({ userId })',
  'orgSettingApi.getOrgSettings()',
  'listUsers()',
];

function sdkClient(b: Builder): string {
  const { rng } = b;
  const client = b.id('client');
  const options = `{ orgUrl: ${rng.pick(['process.env.OKTA_ORG_URL', "'https://dev-1.okta.com'"])}, token: process.env.OKTA_TOKEN }`;
  const line = rng.oneOf<string>([
    () => `new ${b.bind('@okta/okta-sdk-nodejs', undefined, 'okta')}.Client(${options})`,
    () => `new ${b.bind('@okta/okta-sdk-nodejs', 'Client', 'Client')}(${options})`,
    () => `new ${b.bind('@okta/okta-sdk-nodejs', 'Client', 'OktaClient')}(${options})`,
    // A look-alike: some other SDK's Client.
    () => `new ${b.bind('@acme/sdk', 'Client', 'AcmeClient')}(${options})`,
  ]);
  b.prelude.push(b.declare(client, line));
  return client;
}

function sdkNodejsFragment(b: Builder): Fragment {
  const { rng } = b;
  const client = sdkClient(b);
  const statements: string[] = [];
  const awaited = rng.chance(0.7);
  const prefix = awaited ? 'await ' : '';
  const sources = sdkSources.filter((source) => source.sdk === 'okta-sdk-nodejs');
  const count = rng.int(1, 3);
  for (let index = 0; index < count; index++) {
    if (rng.chance(0.35) || sources.length === 0) {
      statements.push(`${prefix}${client}.${rng.pick(plainSdkCalls)};`);
      continue;
    }
    const source = rng.pick(sources);
    const body = b.render(payload(rng, source.kind));
    let argumentsText: string;
    if (source.param !== undefined) {
      const extra = rng.some(['policyId: policy.id', 'userId', 'appId', 'schemaId: "default"', 'ruleId: id'], 2);
      argumentsText = rng.chance(0.1) ? '' : `{ ${[...extra, `${source.param}: ${body}`].join(', ')} }`;
    } else {
      const position = source.argument ?? 0;
      argumentsText = [...Array.from({ length: position }, (_, i) => rng.pick(['id', 'policyId', `ids[${i}]`])), body].join(', ');
    }
    const [head, ...rest] = source.method.split('.');
    if (rest.length > 0 && rng.chance(0.25)) {
      // const { policyApi } = client; policyApi.createPolicy(…)
      const local = b.id(head!);
      statements.push(`const { ${head}: ${local} } = ${client};`);
      statements.push(`${prefix}${local}.${rest.join('.')}(${argumentsText});`);
    } else {
      statements.push(`${rng.chance(0.4) ? `const ${b.id('result')} = ` : ''}${prefix}${client}.${source.method}(${argumentsText});`);
    }
  }
  return { statements, topLevel: false, async: awaited };
}

const authJsCalls: readonly ((b: Builder) => string)[] = [
  (b) => `forgotPassword({ username: ${b.quote('ada@example.com')}, factorType: ${b.quote(b.rng.pick(['EMAIL', 'SMS', 'CALL']))} })`,
  (b) => `unlockAccount({ username, factorType: ${b.quote('EMAIL')} })`,
  (b) => `verifyRecoveryToken({ recoveryToken: ${b.rng.pick(['token', "'abc'"])} })`,
  (b) => `signInWithCredentials(${b.render(payload(b.rng, 'authn-request'))})`,
  (b) => `signIn(${b.render(payload(b.rng, 'authn-request'))})`,
  () => 'idx.recoverPassword({ username })',
  () => 'idx.unlockAccount({ username })',
  () => 'idx.start({ recoveryToken })',
  () => 'token.getWithoutPrompt({ responseType: "id_token" })',
  () => 'session.get()',
  () => 'session.exists()',
  () => 'closeSession()',
];

function authJsFragment(b: Builder): Fragment {
  const { rng } = b;
  const auth = b.id('authClient');
  const ctor = rng.oneOf<string>([
    () => b.bind('@okta/okta-auth-js', 'OktaAuth', 'OktaAuth'),
    () => `${b.bind('@okta/okta-auth-js', undefined, 'oktaAuth')}.OktaAuth`,
    () => b.bind('@okta/okta-auth-js', 'OktaAuth', 'AuthJs'),
    () => 'OktaAuth',
  ]);
  const statements = [b.declare(auth, `new ${ctor}({ issuer: 'https://dev-1.okta.com/oauth2/default', clientId: 'abc', redirectUri: window.location.origin })`)];
  const awaited = rng.chance(0.6);
  for (let index = rng.int(1, 3); index > 0; index--) {
    statements.push(`${awaited ? 'await ' : ''}${auth}.${rng.pick(authJsCalls)(b)};`);
  }
  if (rng.chance(0.2)) {
    // Look-alike: jwt.sign with an audience option.
    statements.push(`${b.bind('jsonwebtoken', undefined, 'jwt')}.sign({ sub: 'x' }, secret, { audience: 'api://default' });`);
  }
  return { statements, topLevel: false, async: awaited };
}

function pulumiFragment(b: Builder): Fragment {
  const { rng } = b;
  const okta = b.bind('@pulumi/okta', undefined, 'okta');
  const name = () => b.quote(b.id('resource'));
  const resources: (() => string)[] = [
    () => `new ${okta}.factor.Factor(${name()}, { providerId: ${b.quote(rng.pick(['okta_sms', 'okta_otp', 'google_otp']))}, active: ${rng.pick(['true', 'false'])} })`,
    () => `new ${okta}.EventHook(${name()}, ${b.render({ events: rng.some(eventTypes, 3), channel: { type: 'HTTP', version: '1.0.0', uri: 'https://example.com/hook' } })})`,
    () => `new ${okta}.app.OAuth(${name()}, ${b.render({ label: 'app', type: 'web', grantTypes: ['authorization_code'], ...(rng.chance(0.6) ? { accessibilityLoginRedirectUrl: 'https://example.com/login' } : {}), accessibilitySelfService: false })})`,
    () => `new ${okta}.policy.RuleSignon(${name()}, ${b.render({ policyId: new Code('policy.id'), access: 'ALLOW', mfaRequired: true, mfaPrompt: rng.pick(['ALWAYS', 'DEVICE', 'SESSION']), behaviors: [new Code('newDevice.id')] })})`,
    () => `new ${okta}.policy.DeviceAssuranceAndroid(${name()}, ${b.render({ osVersion: '12', ...(rng.chance(0.5) ? { thirdPartySignalProviders: { dtc: {} } } : {}), screenlockTypes: ['BIOMETRIC'] })})`,
    () => `new ${okta}.UserSchemaProperty(${name()}, ${b.render({ index: rng.pick(['login', 'employeeNumber', 'Manager']), title: 'x', type: 'string' })})`,
    () => `new ${okta}.EmailSmtpServer(${name()}, ${b.render({ alias: 'smtp', host: 'smtp.example.com', port: 587, username: 'u' })})`,
    () => `new ${okta}.Authenticator(${name()}, ${b.render({ key: 'webauthn', name: rng.pick(['Security Key or Biometric', 'Passkeys']) })})`,
    () => `new ${okta}.policy.Mfa(${name()}, ${b.render({ name: 'mfa', status: 'ACTIVE', oktaVerify: { enroll: 'REQUIRED' } })})`,
  ];
  const statements: string[] = [];
  for (let index = rng.int(1, 3); index > 0; index--) {
    const resource = rng.oneOf(resources);
    statements.push(rng.chance(0.6) ? b.declare(b.id('resource'), resource) : `${resource};`);
  }
  return { statements, topLevel: false, async: false };
}

export function sdkFragment(b: Builder): Fragment {
  return b.rng.oneOf([() => sdkNodejsFragment(b), () => authJsFragment(b), () => pulumiFragment(b)]);
}
