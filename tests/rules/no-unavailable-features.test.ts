import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features, newestRelease, newestReleaseDate } from '../../src/data/features.js';
import { pulumiSources } from '../../src/data/payload-sources.js';
import rule from '../../src/rules/no-unavailable-features.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

/** A feature as the messages name it: its title and the flags that turn it on (literals, so the data is checked). */
interface Named {
  title: string;
  flags: string;
}
const linux: Named = { title: 'LINUX as a platform condition', flags: '`LINUX_SUPPORT_FOR_POLICIES`' };
const fallback: Named = { title: 'Okta as a fallback IdP', flags: '`ALLOW_IDENTITY_PROVIDER_CHAINING`' };
const skipCount: Named = { title: 'Skip counts for authenticator enrollment grace periods', flags: '`ENROLLMENT_POLICY_GRACE_PERIOD_V2`' };
const dynamicOs: Named = { title: 'Dynamic OS version compliance for device assurance', flags: '`DEVICE_ASSURANCE_DYNAMIC_OS_SUPPORT`' };
const gracePeriod: Named = { title: 'Grace period for device assurance', flags: '`DEVICE_ASSURANCE_GRACE_PERIOD`' };
const sessionViolation: Named = { title: 'Detection settings in session protection', flags: '`SESSION_VIOLATION_DETECTION_CONFIGURATION`' };
const passkeys: Named = { title: 'Passkeys rebrand of FIDO2 (WebAuthn)', flags: '`PASSKEYS_REBRAND`' };
const aaguid: Named = { title: 'Custom FIDO2 AAGUID', flags: '`WEBAUTHN_CUSTOM_AAGUID`' };
const smtpOAuth: Named = { title: 'OAuth 2.0 support for custom email providers', flags: '`OAUTH_FOR_CUSTOM_SMTP_SERVER`' };
const clientUpdate: Named = { title: 'Client update policy', flags: '`OKTA_VERIFY_RELEASE_CONTROL_POLICY`' };
const oelStatement: Named = { title: 'Password complexity oelStatement', flags: '`PASSWORD_POLICY_OEL_STATEMENT`' };
const telephony: Named = { title: 'Bring your own telephony credentials', flags: '`CUSTOM_TELEPHONY_PROVIDERS`' };
const nativeToWeb: Named = { title: 'Native to Web SSO', flags: '`NATIVE_TO_WEB_ONE_TIME_TOKEN_EXCHANGE`' };
const tokenEncryption: Named = { title: 'Encryption of ID tokens and access tokens', flags: '`OIDC_TOKEN_ENCRYPTION`' };
const oamp: Named = { title: 'Okta account management policy protection for password expiry flows', flags: '`AMP_FOR_PASSWORD_EXPIRY`' };
const identitySource: Named = { title: 'Additional Anything-as-a-Source API endpoints', flags: '`IDENTITY_SOURCE_MANAGE_INDIVIDUAL_ENTITIES`' };
const passkeyPromotion: Named = { title: 'Prompt users to enroll a passkey', flags: '`ENROLLMENT_POLICY_PROMOTION`' };
const userIdentification: Named = { title: 'User identification policy', flags: '`user-identification-policy`' };
const oktaVerifyKeys: Named = { title: 'Flexible Okta Verify authenticator configuration', flags: '`OKTA_VERIFY_AUTHENTICATOR_BREAKDOWN`' };
const deviceOsAccounts: Named = { title: 'Endpoints for device OS accounts', flags: '`DEVICE_ACCESS_DEVICE_VISIBILITY`' };
const claimSourcing: Named = { title: 'Identity claims sourcing policy', flags: '`SUPPORT_FOR_REAUTH_WITH_EXTERNAL_IDP`' };
const disasterRecovery: Named = { title: 'Self-service Enhanced Disaster Recovery', flags: '`enhanced-disaster-recovery`' };
const emailAutoEnroll: Named = { title: 'Email authenticator auto-enrollment and recovery management', flags: '`EMAIL_ENROLLMENT_AND_RECOVERY_CONTROL`' };

const selfService = { access: 'self-service Early Access', enable: 'Once an admin turns it on in the Admin Console (Settings > Features) or with the Features API' };
const oktaSupport = { access: 'Early Access', enable: 'Once Okta Support turns it on (on request)' };

/** What a not-yet-available message tells to do: wait (or list the flag Okta turned on), or turn a self-service feature on. */
type Action = 'wait' | 'self-service';
function action(kind: Action, feature: Named): string {
  const enable = `list ${feature.flags} in settings['okta-oie'].enabledFeatures`;
  return kind === 'wait'
    ? `Wait until it reaches the org, or, if Okta has already turned on ${feature.flags} there, ${enable}.`
    : `It is self-service Early Access: once an admin turns it on in the Admin Console (Settings > Features) or with the Features API, ${enable}.`;
}

function notYet(use: string, feature: Named, channel: string, asOf: string, outlook: string, kind: Action = 'wait', dataAge = '') {
  return { messageId: 'notYetAvailable' as const, data: { use, feature: feature.title, flags: feature.flags, channel, asOf, outlook, action: action(kind, feature), dataAge } };
}

function early(use: string, feature: Named, channel: string, since: string, how: typeof selfService, generalAvailability = '') {
  return { messageId: 'earlyAccess' as const, data: { use, feature: feature.title, flags: feature.flags, channel, since, ...how, generalAvailability, dataAge: '' } };
}

/** The cases below were written for the data as of 2026-02-20 (release 2026.02.2) and pin that date. */
const february = { 'okta-oie': { asOf: '2026-02-20' } };
const februaryPreview = { 'okta-oie': { channel: 'preview', asOf: '2026-02-20' } };

function notOnEngine(use: string, feature: Named) {
  return { messageId: 'notOnEngine' as const, data: { use, feature: feature.title, channel: 'Preview', engine: 'Classic Engine', engines: 'Identity Engine' } };
}

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
const preview = { 'okta-oie': { channel: 'preview' } };

ruleTester.run('no-unavailable-features', rule, {
  valid: [
    // LINUX in an IdP routing rule on the Preview channel: GA in Preview since 2026-02-04.
    {
      code:
        sdk +
        "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ type: 'DESKTOP', os: { type: 'LINUX' } }] } } } });",
      settings: preview,
    },
    // … and on the preview date itself (a stage counts from its date on).
    {
      code:
        sdk +
        "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'ACCESS_POLICY', conditions: { platform: { exclude: [{ os: { type: 'LINUX' } }] } } } });",
      settings: { 'okta-oie': { channel: 'preview', asOf: '2026-02-04' } },
    },
    // A Production org that has the flag turned on says so in enabledFeatures.
    {
      code: "import * as okta from '@pulumi/okta';\nnew okta.policy.RuleIdpDiscovery('r', { policyId, platformIncludes: [{ osType: 'LINUX' }], shouldFallBackToOkta: true });",
      settings: { 'okta-oie': { enabledFeatures: ['LINUX_SUPPORT_FOR_POLICIES', 'ALLOW_IDENTITY_PROVIDER_CHAINING'] } },
    },
    // The platform is a variable: nothing to judge.
    sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'ACCESS_POLICY', conditions: { platform: { include: [{ os: { type: platform } }] } } } });",
    "import * as okta from '@pulumi/okta';\nnew okta.AppSignonPolicyRule('r', { policyId, platformIncludes: [{ osType: props.osType }] });",
    // The rule type is not known, or is one where LINUX is not this feature (valid-platform-condition reports it there).
    sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: ruleType, conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } } } });",
    sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'DEVICE_SIGNAL_COLLECTION', conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } } } });",
    // Falling back to Okta switched off, or decided at run time.
    sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'IDP_DISCOVERY', actions: { idp: { idpSelectionType: 'SPECIFIC', shouldFallBackToOkta: false } } } });",
    sdk + "await client.policyApi.replacePolicyRule({ policyId, ruleId, policyRule: { type: 'IDP_DISCOVERY', actions: { idp: { shouldFallBackToOkta: options.fallback } } } });",
    "import * as okta from '@pulumi/okta';\nnew okta.policy.RuleIdpDiscovery('r', { policyId, shouldFallBackToOkta: false });",
    // A field that is there but empty does not use the feature.
    sdk + "await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { platform: 'IOS', gracePeriod: null, displayRemediationMode: undefined } });",
    // Generally available in Production by 2026-02-20: custom AAGUIDs, token encryption, unified claims, identity sources.
    sdk +
      [
        "await client.authenticatorApi.createCustomAAGUID({ authenticatorId, customAAGUIDCreateRequestObject: { aaguid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8' } });",
        "await client.authorizationServerApi.replaceAuthorizationServer({ authServerId, authorizationServer: { name: 'api', accessTokenEncryptedResponseAlgorithm: 'RSA-OAEP-256' } });",
        "await client.applicationApi.createFederatedClaim({ appId, federatedClaimRequestBody: { name: 'amr', expression: 'session.amr' } });",
        "await fetch(`${orgUrl}/api/v1/identity-sources/${sourceId}/users`, { method: 'POST', body: JSON.stringify({ externalId: 'u1', profile: {} }) });",
      ].join('\n'),
    // The same on a Classic Engine org: these four were announced for Classic Engine too.
    {
      code: sdk + "await client.applicationApi.replaceApplication({ appId, application: { settings: { oauthClient: { id_token_encrypted_response_alg: 'RSA-OAEP-256' } } } });",
      settings: { 'okta-oie': { engine: 'classic' } },
    },
    // The values the features add, left out: date-based grace periods, basic SMTP auth, other policy types.
    sdk +
      [
        "await client.policyApi.createPolicy({ policy: { type: 'MFA_ENROLL', settings: { authenticators: [{ key: 'okta_email', enroll: { gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-03-01T00:00:00.000Z' } } }] } } });",
        "await client.emailServerApi.createEmailServer({ emailServerPost: { alias: 'a', host: 'smtp.example.com', port: 587, username: 'u', password, authType: 'BASIC_SMTP_AUTH' } });",
        "await client.policyApi.createPolicy({ policy: { type: 'PASSWORD', settings: { password: { complexity: { minLength: 12 } } } } });",
        "await client.policyApi.listPolicies({ type: 'OKTA_SIGN_ON' });",
      ].join('\n'),
    // A telephony inline hook is the older way and needs no flag.
    "await fetch(`${orgUrl}/api/v1/inlineHooks`, { method: 'POST', body: JSON.stringify({ name: 'SMS', type: 'com.okta.telephony.provider', version: '1.0.0', channel: { type: 'HTTP' } }) });",
    // A method-limited endpoint called with a method decided at run time; a path the API does not have.
    "await fetch(`${orgUrl}/api/v1/telephony-providers/${id}/lifecycle/activate`, { method, headers });",
    "await fetch(`${orgUrl}/api/v1/telephony-providers/${id}/usage/report`, { headers });",
    // A payload kept in a variable that is never sent, and a local function that looks like the SDK.
    "const rule = { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } } };\nconsole.log(rule);",
    "const client = { policyApi: { createPolicyRule() {} }, customTelephonyProviderApi: { listAllCustomTelephonyProviderCredentials() {} } };\nclient.customTelephonyProviderApi.listAllCustomTelephonyProviderCredentials();\n// /api/v1/",
    // With no settings, the newest data: GA in Production by now are oelStatement (2026.04.0), skip counts, the
    // client update policy and the Passkeys rebrand (2026.05.0), dynamic OS versions and device-assurance grace
    // periods (2026.03.0), custom telephony providers (2026.06.0), Native to Web SSO (2026.07.0).
    sdk +
      [
        "await client.policyApi.createPolicy({ policy: { type: 'PASSWORD', settings: { password: { complexity: { oelStatement: \"password.value.contains('acme')\" } } } } });",
        "await client.policyApi.createPolicy({ policy: { type: 'MFA_ENROLL', settings: { authenticators: [{ key: 'phone_number', enroll: { gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 3 } } }] } } });",
        "await client.policyApi.replacePolicyRule({ policyId, ruleId, policyRule: { type: 'CLIENT_UPDATE', actions: { updateControls: {} } } });",
        "await client.authenticatorApi.replaceAuthenticatorMethod({ authenticatorId, methodType: 'webauthn', authenticatorMethodBase: { type: 'webauthn', settings: { showSignInWithAPasskeyButton: true } } });",
        "await client.deviceAssuranceApi.createDeviceAssurancePolicy({ deviceAssurance: { platform: 'IOS', osVersion: { dynamicVersionRequirement: { type: 'EXACT_ANY_SUPPORTED' } }, gracePeriod: { type: 'BY_DURATION', expiry: 'P7D' } } });",
        "await client.customTelephonyProviderApi.createCustomTelephonyProviderCredentials({ customTelephonyProviderCredentialCreateRequest: { providerName: 'TWILIO' } });",
        "await client.applicationInterclientTrustMappingsApi.createInterclientTrustMapping({ appId, interclientTrustMappingRequestBody: { id: nativeAppId } });",
      ].join('\n'),
    // An Early Access feature Okta names no flag for is turned on by its id.
    {
      code: sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'USER_IDENTIFICATION', actions: { userIdentification: { settings: { securityMethods: { fastpass: { showSignInButton: 'NEVER' } } } } } } });",
      settings: { 'okta-oie': { channel: 'preview', enabledFeatures: ['user-identification-policy'] } },
    },
    // The legacy okta_verify key is not the per-method feature.
    sdk + "await client.policyApi.createPolicy({ policy: { type: 'MFA_ENROLL', settings: { authenticators: [{ key: 'okta_verify', enroll: { self: 'REQUIRED' } }] } } });",
    // Early Access features with their flags listed.
    {
      code:
        sdk +
        [
          "await client.authenticatorApi.replaceAuthenticatorMethod({ authenticatorId, methodType: 'webauthn', authenticatorMethodBase: { type: 'webauthn', settings: { showSignInWithAPasskeyButton: true } } });",
          "await client.emailServerApi.createEmailServer({ emailServerPost: { alias: 'a', host: 'smtp.office365.com', port: 587, authType: 'OAUTH2_CLIENT_CREDENTIALS' } });",
        ].join('\n'),
      settings: { 'okta-oie': { channel: 'preview', enabledFeatures: ['OAUTH_FOR_CUSTOM_SMTP_SERVER', 'PASSKEYS_REBRAND'] } },
    },
  ],
  invalid: [
    {
      // LINUX in an app sign-in policy rule, on a Production org with the newest data: still GA in Preview only.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicyRule({
          policyId,
          policyRule: {
            type: 'ACCESS_POLICY',
            name: 'Linux desktops',
            conditions: { platform: { include: [{ type: 'DESKTOP', os: { type: 'LINUX' } }] } },
          },
        });
      `,
      output: null,
      errors: [
        { ...notYet("`os.type: 'LINUX'`", linux, 'Production', newestReleaseDate, '; GA in Preview since 2026-02-04'), line: 8, column: 72, endLine: 8, endColumn: 79 },
      ],
    },
    {
      // The day before the preview date, on the Preview channel: not there yet (raw PUT, JSON.stringify, exclude list).
      code: code`
        await fetch(\`\${orgUrl}/api/v1/policies/\${policyId}/rules/\${ruleId}\`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({
            type: 'IDP_DISCOVERY',
            conditions: { platform: { exclude: [{ type: 'DESKTOP', os: { type: 'LINUX' } }] } },
          }),
        });
      `,
      settings: { 'okta-oie': { channel: 'preview', asOf: '2026-02-03' } },
      output: null,
      errors: [
        { ...notYet("`os.type: 'LINUX'`", linux, 'Preview', '2026-02-03', '; GA in Preview expected 2026-02-04'), line: 6, column: 72, endLine: 6, endColumn: 79 },
      ],
    },
    {
      // Pulumi: LINUX and the fallback to Okta on an IdP routing rule.
      code: code`
        import * as okta from '@pulumi/okta';

        new okta.policy.RuleIdpDiscovery('linux-routing', {
          policyId: idpPolicy.id,
          platformIncludes: [{ type: 'DESKTOP', osType: 'LINUX' }],
          idpSelectionType: 'DYNAMIC',
          shouldFallBackToOkta: true,
        });
      `,
      settings: february,
      output: null,
      errors: [
        { ...notYet("`platformIncludes[].osType: 'LINUX'` of `okta.policy.RuleIdpDiscovery`", linux, 'Production', '2026-02-20', '; GA in Preview since 2026-02-04'), line: 5, column: 49, endLine: 5, endColumn: 56 },
        { ...notYet('`shouldFallBackToOkta: true` of `okta.policy.RuleIdpDiscovery`', fallback, 'Production', '2026-02-20', '; Early Access in Preview since 2026-01-28', 'self-service'), line: 7, column: 25, endLine: 7, endColumn: 29 },
      ],
    },
    {
      // Okta as a fallback IdP on the Preview channel: self-service Early Access (axios, object literal body).
      code: code`
        import axios from 'axios';

        await axios.post(\`\${orgUrl}/api/v1/policies/\${policyId}/rules\`, {
          type: 'IDP_DISCOVERY',
          actions: { idp: { idpSelectionType: 'DYNAMIC', shouldFallBackToOkta: true } },
        });
      `,
      settings: februaryPreview,
      output: null,
      errors: [
        { ...early('`idp.shouldFallBackToOkta: true`', fallback, 'Preview', '2026-01-28', selfService), line: 5, column: 72, endLine: 5, endColumn: 76 },
      ],
    },
    {
      // Skip counts on the day of their preview date: Early Access from that day on.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicy({
          policy: {
            type: 'MFA_ENROLL',
            name: 'Enroll',
            settings: {
              type: 'AUTHENTICATORS',
              authenticators: [{ key: 'okta_verify', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 3 } } }],
            },
          },
        });
      `,
      settings: { 'okta-oie': { channel: 'preview', asOf: '2026-02-04' } },
      output: null,
      errors: [
        { ...early("`gracePeriod.type: 'BY_SKIP_COUNT'`", skipCount, 'Preview', '2026-02-04', selfService, ', expected 2026-04-01'), line: 9, column: 95, endLine: 9, endColumn: 110 },
        { ...early('`gracePeriod.skipCount`', skipCount, 'Preview', '2026-02-04', selfService, ', expected 2026-04-01'), line: 9, column: 112, endLine: 9, endColumn: 121 },
      ],
    },
    {
      // The day before: not in Preview orgs yet, Early Access expected the next day.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicy({
          policy: {
            type: 'MFA_ENROLL',
            settings: { authenticators: [{ key: 'phone_number', enroll: { gracePeriod: { type: 'BY_SKIP_COUNT' } } }] },
          },
        });
      `,
      settings: { 'okta-oie': { channel: 'preview', asOf: '2026-02-03' } },
      output: null,
      errors: [
        { ...notYet("`gracePeriod.type: 'BY_SKIP_COUNT'`", skipCount, 'Preview', '2026-02-03', '; Early Access in Preview expected 2026-02-04', 'self-service'), line: 6, column: 88, endLine: 6, endColumn: 103 },
      ],
    },
    {
      // The grace-period prompt texts of the sign-in page belong to the same feature.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.customizationApi.replaceCustomizedSignInPage({
          brandId,
          SignInPage: {
            widgetCustomizations: { gracePeriodRequiredSoon: { gracePeriodRequiredSoonDescription: 'Set up MFA soon' } },
          },
        });
      `,
      settings: february,
      output: null,
      errors: [
        { ...notYet('`widgetCustomizations.gracePeriodRequiredSoon`', skipCount, 'Production', '2026-02-20', '; Early Access in Preview since 2026-02-04; GA in Production expected May 2026 (release 2026.05.0)', 'self-service'), line: 6, column: 29, endLine: 6, endColumn: 52 },
      ],
    },
    {
      // Dynamic OS version: GA in Preview on 2026-02-04; before that, self-service Early Access since 2024.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.deviceAssuranceApi.createDeviceAssurancePolicy({
          deviceAssurance: {
            name: 'Current iOS',
            platform: 'IOS',
            osVersion: { dynamicVersionRequirement: { type: 'EXACT_ANY_SUPPORTED' } },
          },
        });
      `,
      settings: { 'okta-oie': { channel: 'preview', asOf: '2026-02-03' } },
      output: null,
      errors: [
        { ...early('`osVersion.dynamicVersionRequirement`', dynamicOs, 'Preview', '2024-02-07', selfService, ', expected 2026-02-04'), line: 7, column: 18, endLine: 7, endColumn: 43 },
      ],
    },
    {
      // Windows version constraints and a device-assurance grace period, sent with axios to a Production org.
      code: code`
        import axios from 'axios';

        const assurance = {
          name: 'Windows',
          platform: 'WINDOWS',
          osVersionConstraints: [{ majorVersionConstraint: 'WINDOWS_11', dynamicVersionRequirement: { type: 'MINIMUM', distanceFromLatestMajor: 0 } }],
          gracePeriod: { type: 'BY_DURATION', expiry: 'P7D' },
          displayRemediationMode: 'SHOW',
        };
        await axios.put(\`\${orgUrl}/api/v1/device-assurances/\${id}\`, assurance);
      `,
      settings: february,
      output: null,
      errors: [
        { ...notYet('`osVersionConstraints`', dynamicOs, 'Production', '2026-02-20', '; GA in Preview since 2026-02-04; GA in Production expected March 2026 (release 2026.03.0)'), line: 6, column: 3, endLine: 6, endColumn: 23 },
        { ...notYet('`gracePeriod`', gracePeriod, 'Production', '2026-02-20', '; GA in Preview since 2026-02-04; GA in Production expected March 2026 (release 2026.03.0)'), line: 7, column: 3, endLine: 7, endColumn: 14 },
        { ...notYet('`displayRemediationMode`', gracePeriod, 'Production', '2026-02-20', '; GA in Preview since 2026-02-04; GA in Production expected March 2026 (release 2026.03.0)'), line: 8, column: 3, endLine: 8, endColumn: 25 },
      ],
    },
    {
      // The session violation detection rule: Early Access in Production, turned on by Okta Support.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.replacePolicyRule({
          policyId,
          ruleId,
          policyRule: { type: 'SESSION_VIOLATION_DETECTION', name: 'Detect' },
        });
      `,
      settings: february,
      output: null,
      errors: [
        { ...early("`type: 'SESSION_VIOLATION_DETECTION'`", sessionViolation, 'Production', 'December 2025 (release 2025.12.0)', oktaSupport, ', expected April 2026 (release 2026.04.0)'), line: 6, column: 23, endLine: 6, endColumn: 52 },
      ],
    },
    {
      // Pulumi: the session violation policy rule resource itself (its policyId stands for the resource).
      code: code`
        import * as okta from '@pulumi/okta';

        new okta.SessionViolationPolicyRule('detect', { policyId: policy.id, minRiskLevel: 'HIGH' });
      `,
      settings: february,
      output: null,
      errors: [
        { ...early('`policyId` of `okta.SessionViolationPolicyRule`', sessionViolation, 'Production', 'December 2025 (release 2025.12.0)', oktaSupport, ', expected April 2026 (release 2026.04.0)'), line: 3, column: 49, endLine: 3, endColumn: 57 },
      ],
    },
    {
      // Passkey settings on the Preview channel (self-service Early Access), in the SDK and in Pulumi.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        import * as pulumi from '@pulumi/okta';

        const client = new okta.Client({ orgUrl, token });
        await client.authenticatorApi.replaceAuthenticatorMethod({
          authenticatorId,
          methodType: 'webauthn',
          authenticatorMethodBase: { type: 'webauthn', settings: { userVerification: 'REQUIRED', showSignInWithAPasskeyButton: true } },
        });
        new pulumi.AuthenticatorMethodWebauthn('passkeys', { authenticatorId, userVerificationForVerify: 'REQUIRED' });
      `,
      settings: februaryPreview,
      output: null,
      errors: [
        { ...early('`settings.showSignInWithAPasskeyButton`', passkeys, 'Preview', '2026-02-04', selfService, ', expected 2026-04-01'), line: 8, column: 90, endLine: 8, endColumn: 118 },
        { ...early('`userVerificationForVerify` of `okta.AuthenticatorMethodWebauthn`', passkeys, 'Preview', '2026-02-04', selfService, ', expected 2026-04-01'), line: 10, column: 71, endLine: 10, endColumn: 96 },
      ],
    },
    {
      // Custom AAGUIDs before GA in Production (2026.02.0): one report per call, at the payload when it shows the feature.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.authenticatorApi.createCustomAAGUID({
          authenticatorId,
          customAAGUIDCreateRequestObject: { aaguid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8' },
        });
        const aaguids = await client.authenticatorApi.listAllCustomAAGUIDs({ authenticatorId });
        await fetch(\`\${orgUrl}/api/v1/authenticators/\${authenticatorId}/aaguids/\${aaguid}\`, { method: 'DELETE', headers });
      `,
      settings: { 'okta-oie': { asOf: '2026-01-31' } },
      output: null,
      errors: [
        { ...notYet('`aaguid`', aaguid, 'Production', '2026-01-31', '; GA in Preview since 2026-01-07; GA in Production expected February 2026 (release 2026.02.0)'), line: 5, column: 38, endLine: 5, endColumn: 44 },
        { ...notYet('`authenticatorApi.listAllCustomAAGUIDs()`', aaguid, 'Production', '2026-01-31', '; GA in Preview since 2026-01-07; GA in Production expected February 2026 (release 2026.02.0)'), line: 7, column: 47, endLine: 7, endColumn: 67 },
        { ...notYet('`DELETE /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}`', aaguid, 'Production', '2026-01-31', '; GA in Preview since 2026-01-07; GA in Production expected February 2026 (release 2026.02.0)'), line: 8, column: 13, endLine: 8, endColumn: 83 },
      ],
    },
    {
      // OAuth 2.0 for a custom email provider, raw fetch with JSON.stringify.
      code: code`
        await fetch(\`\${orgUrl}/api/v1/email-servers\`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ alias: 'M365', host: 'smtp.office365.com', port: 587, authType: 'OAUTH2_CLIENT_CREDENTIALS' }),
        });
      `,
      settings: february,
      output: null,
      errors: [
        { ...notYet("`authType: 'OAUTH2_CLIENT_CREDENTIALS'`", smtpOAuth, 'Production', '2026-02-20', '; Early Access in Preview since 2026-02-04', 'self-service'), line: 4, column: 90, endLine: 4, endColumn: 117 },
      ],
    },
    {
      // The client update policy type: Early Access that only Okta Support turns on.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.replacePolicyRule({
          policyId,
          ruleId,
          policyRule: { type: 'CLIENT_UPDATE', actions: { updateControls: { actions: [{ action: 'OKTA_VERIFY_UPDATE', value: 'HOTFIX_ONLY' }] } } },
        });
      `,
      settings: februaryPreview,
      output: null,
      errors: [
        { ...early("`type: 'CLIENT_UPDATE'`", clientUpdate, 'Preview', '2026-01-07', oktaSupport, ', expected 2026-04-01'), line: 6, column: 23, endLine: 6, endColumn: 38 },
        { ...early('`actions.updateControls`', clientUpdate, 'Preview', '2026-01-07', oktaSupport, ', expected 2026-04-01'), line: 6, column: 51, endLine: 6, endColumn: 65 },
      ],
    },
    {
      // oelStatement in a password policy: GA in Preview, not in Production yet.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicy({
          policy: { type: 'PASSWORD', name: 'Passwords', settings: { password: { complexity: { minLength: 12, oelStatement: "password.value.contains('acme')" } } } },
        });
      `,
      settings: february,
      output: null,
      errors: [
        { ...notYet('`complexity.oelStatement`', oelStatement, 'Production', '2026-02-20', '; GA in Preview since 2026-01-07; GA in Production expected April 2026 (release 2026.04.0)'), line: 4, column: 103, endLine: 4, endColumn: 115 },
      ],
    },
    {
      // Custom telephony providers: the create payload, a method-limited endpoint, and another method of the API.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.customTelephonyProviderApi.createCustomTelephonyProviderCredentials({
          customTelephonyProviderCredentialCreateRequest: { providerName: 'TWILIO', providerCapability: 'ALL' },
        });
        await fetch(\`\${orgUrl}/api/v1/telephony-providers/\${providerId}/lifecycle/activate\`, { method: 'POST', headers });
        const providers = await client.customTelephonyProviderApi.listAllCustomTelephonyProviderCredentials();
      `,
      settings: february,
      output: null,
      errors: [
        { ...notYet('`providerName`', telephony, 'Production', '2026-02-20', '; Early Access in Preview since 2026-01-07; GA in Production expected June 2026 (release 2026.06.0)', 'self-service'), line: 4, column: 53, endLine: 4, endColumn: 65 },
        { ...notYet('`POST /api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/activate`', telephony, 'Production', '2026-02-20', '; Early Access in Preview since 2026-01-07; GA in Production expected June 2026 (release 2026.06.0)', 'self-service'), line: 6, column: 13, endLine: 6, endColumn: 84 },
        { ...notYet('`customTelephonyProviderApi.listAllCustomTelephonyProviderCredentials()`', telephony, 'Production', '2026-02-20', '; Early Access in Preview since 2026-01-07; GA in Production expected June 2026 (release 2026.06.0)', 'self-service'), line: 7, column: 59, endLine: 7, endColumn: 100 },
      ],
    },
    {
      // Native to Web SSO: the interclient token exchange (form body) and the trust mappings.
      code: code`
        import axios from 'axios';

        await fetch(\`\${orgUrl}/oauth2/v1/token\`, {
          method: 'POST',
          body: new URLSearchParams({
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            requested_token_type: 'urn:okta:params:oauth:token-type:interclient_token',
            scope: 'openid interclient_access',
          }),
        });
        await axios.get(\`\${orgUrl}/api/v1/apps/\${appId}/interclient-target-apps\`);
      `,
      settings: { 'okta-oie': { channel: 'preview', asOf: '2026-01-06' } },
      output: null,
      errors: [
        { ...notYet("`requested_token_type: 'urn:okta:params:oauth:token-type:interclient_token'`", nativeToWeb, 'Preview', '2026-01-06', '; Early Access in Preview expected 2026-01-07', 'self-service'), line: 7, column: 27, endLine: 7, endColumn: 79 },
        { ...notYet("'interclient_access' in `scope`", nativeToWeb, 'Preview', '2026-01-06', '; Early Access in Preview expected 2026-01-07', 'self-service'), line: 8, column: 12, endLine: 8, endColumn: 39 },
        { ...notYet('`GET /api/v1/apps/{appId}/interclient-target-apps`', nativeToWeb, 'Preview', '2026-01-06', '; Early Access in Preview expected 2026-01-07', 'self-service'), line: 11, column: 17, endLine: 11, endColumn: 73 },
      ],
    },
    {
      // Native to Web SSO trust mappings through the SDK, on the preview date.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.applicationInterclientTrustMappingsApi.createInterclientTrustMapping({
          appId: webAppId,
          interclientTrustMappingRequestBody: { id: nativeAppId },
        });
      `,
      settings: { 'okta-oie': { channel: 'preview', asOf: '2026-01-07' } },
      output: null,
      errors: [
        { ...early('`id`', nativeToWeb, 'Preview', '2026-01-07', selfService, ', expected July 2026 (release 2026.07.0)'), line: 5, column: 41, endLine: 5, endColumn: 43 },
      ],
    },
    {
      // Token encryption before GA in Production: Early Access through Okta Support.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.applicationApi.replaceApplication({
          appId,
          application: { name: 'oidc_client', settings: { oauthClient: { id_token_encrypted_response_alg: 'RSA-OAEP-256' } } },
        });
      `,
      settings: { 'okta-oie': { asOf: '2025-11-30' } },
      output: null,
      errors: [
        { ...early('`oauthClient.id_token_encrypted_response_alg`', tokenEncryption, 'Production', 'August 2025 (release 2025.08.0)', oktaSupport, ', expected January 2026 (release 2026.01.0)'), line: 5, column: 66, endLine: 5, endColumn: 97 },
      ],
    },
    {
      // A Classic Engine org: Identity Engine features are reported whatever the dates.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicyRule({
          policyId,
          policyRule: { type: 'IDP_DISCOVERY', actions: { idp: { shouldFallBackToOkta: true } } },
        });
      `,
      settings: { 'okta-oie': { engine: 'classic', channel: 'preview', enabledFeatures: ['ALLOW_IDENTITY_PROVIDER_CHAINING'] } },
      output: null,
      errors: [
        { ...notOnEngine('`idp.shouldFallBackToOkta: true`', fallback), line: 5, column: 80, endLine: 5, endColumn: 84 },
      ],
    },
    {
      // An account management policy rule reading accessRequest.metadata, before GA in Production.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicyRule({
          policyId,
          policyRule: {
            type: 'ACCESS_POLICY',
            conditions: { elCondition: { condition: "accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'" } },
          },
        });
      `,
      settings: { 'okta-oie': { asOf: '2025-12-31' } },
      output: null,
      errors: [
        { ...notYet("'accessRequest.metadata' in `elCondition.condition`", oamp, 'Production', '2025-12-31', '; GA in Preview since 2025-12-10; GA in Production expected January 2026 (release 2026.01.0)'), line: 7, column: 45, endLine: 7, endColumn: 126 },
      ],
    },
    {
      // Identity source endpoints before they were GA.
      code: code`
        await fetch(\`\${orgUrl}/api/v1/identity-sources/\${sourceId}/groups\`, { method: 'POST', headers, body: JSON.stringify({ externalId: 'g1', profile: { displayName: 'G' } }) });
      `,
      settings: { 'okta-oie': { asOf: '2025-11-30' } },
      output: null,
      errors: [
        { ...notYet('`POST /api/v1/identity-sources/{identitySourceId}/groups`', identitySource, 'Production', '2025-11-30', '; GA in Production expected January 2026 (release 2026.01.0)'), line: 1, column: 13, endLine: 1, endColumn: 67 },
      ],
    },
    {
      // A self-service Early Access feature in a Production org: an admin can turn it on, no need to wait for it.
      code: sdk + "await client.policyApi.replacePolicy({ policyId, policy: { type: 'MFA_ENROLL', settings: { authenticators: [{ key: 'webauthn', enroll: { self: 'OPTIONAL', promotion: { skipCount: 3, cooldown: { type: 'BY_SIGN_IN' } } } }] } } });",
      output: null,
      errors: [
        { ...notYet('`enroll.promotion`', passkeyPromotion, 'Production', newestReleaseDate, '; Early Access in Preview since 2026-08-05', 'self-service'), line: 3, column: 156, endLine: 3, endColumn: 165 },
      ],
    },
    {
      // An asOf after the newest release in the data: the message says the data stops there.
      code: sdk + "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'ACCESS_POLICY', conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } } } });",
      settings: { 'okta-oie': { asOf: '2026-12-03' } },
      output: null,
      errors: [
        {
          ...notYet(
            "`os.type: 'LINUX'`",
            linux,
            'Production',
            '2026-12-03',
            '; GA in Preview since 2026-02-04',
            'wait',
            ` The plugin's data ends with release ${newestRelease.id} (${newestRelease.date}), before asOf 2026-12-03: a later release may have changed this; update eslint-plugin-okta-oie.`,
          ),
          line: 3,
          column: 140,
          endLine: 3,
          endColumn: 147,
        },
      ],
    },
    {
      // The user identification policy (no flag named: its id turns it on) and the per-method Okta Verify keys, in Preview.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'USER_IDENTIFICATION', name: 'Hide' } });
        await client.authenticatorApi.createAuthenticator({ authenticator: { key: 'okta_verify_push', name: 'Okta Verify Push' } });
      `,
      settings: { 'okta-oie': { channel: 'preview' } },
      output: null,
      errors: [
        { ...early("`type: 'USER_IDENTIFICATION'`", userIdentification, 'Preview', '2026-08-05', oktaSupport), line: 3, column: 73, endLine: 3, endColumn: 94 },
        { ...early("`key: 'okta_verify_push'`", oktaVerifyKeys, 'Preview', '2026-08-05', selfService), line: 4, column: 75, endLine: 4, endColumn: 93 },
      ],
    },
    {
      // Uses of features from after the source document, on a Production org with the newest data: device OS account
      // endpoints (EA in Preview), an identity claims sourcing rule and the disaster recovery API (self-service EA in
      // Preview; Okta names no flag for the latter, so its id turns it on).
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await fetch(\`\${orgUrl}/api/v1/devices/\${deviceId}/os-accounts\`, { headers });
        await client.policyApi.replacePolicyRule({ policyId, ruleId, policyRule: { type: 'IDENTITY_CLAIM_SOURCING', actions: { claimSourcing: { redirectType: 'IDP_DISCOVERY' } } } });
        const status = await client.disasterRecoveryApi.getDRStatus();
      `,
      output: null,
      errors: [
        { ...notYet('`GET /api/v1/devices/{deviceId}/os-accounts`', deviceOsAccounts, 'Production', newestReleaseDate, '; Early Access in Preview since 2026-07-15'), line: 3, column: 13, endLine: 3, endColumn: 63 },
        { ...notYet("`type: 'IDENTITY_CLAIM_SOURCING'`", claimSourcing, 'Production', newestReleaseDate, '; Early Access in Preview since 2026-05-06', 'self-service'), line: 4, column: 82, endLine: 4, endColumn: 107 },
        { ...notYet('`actions.claimSourcing`', claimSourcing, 'Production', newestReleaseDate, '; Early Access in Preview since 2026-05-06', 'self-service'), line: 4, column: 120, endLine: 4, endColumn: 133 },
        { ...notYet('`disasterRecoveryApi.getDRStatus()`', disasterRecovery, 'Production', newestReleaseDate, '; Early Access in Preview since 2026-03-04', 'self-service'), line: 5, column: 49, endLine: 5, endColumn: 60 },
      ],
    },
    {
      // Email auto-enrollment switched off before it was GA in Production (2026.08.0); autoEnroll: true is the default
      // behavior and does not count.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicy({ policy: { type: 'MFA_ENROLL', settings: { authenticators: [{ key: 'okta_email', enroll: { self: 'OPTIONAL', autoEnroll: false } }, { key: 'phone_number', enroll: { self: 'OPTIONAL', autoEnroll: true } }] } } });
      `,
      settings: { 'okta-oie': { asOf: '2026-07-31' } },
      output: null,
      errors: [
        { ...notYet('`enroll.autoEnroll: false`', emailAutoEnroll, 'Production', '2026-07-31', '; GA in Preview since 2026-07-01; GA in Production expected August 2026 (release 2026.08.0)'), line: 3, column: 159, endLine: 3, endColumn: 164 },
      ],
    },
  ],
});

jsonRuleTester.run('no-unavailable-features (JSON)', rule as never, {
  valid: [
    // LINUX in an IdP routing rule on the Preview channel, and no fallback to Okta.
    {
      code: '{ "type": "IDP_DISCOVERY", "name": "Linux", "conditions": { "platform": { "include": [{ "os": { "type": "LINUX" } }] } }, "actions": { "idp": { "shouldFallBackToOkta": false } } }',
      filename: 'policies/idp-routing.json',
      settings: preview,
    },
    // A device assurance without the new fields; a static OS version.
    { code: '{ "name": "iOS", "platform": "IOS", "osVersion": { "minimum": "17.0.0" }, "jailbreak": false }', filename: 'device-assurance.json' },
    // Not a payload the locator can place: no policy type next to the platform condition.
    { code: '{ "conditions": { "platform": { "include": [{ "os": { "type": "LINUX" } }] } } }', filename: 'fragment.json' },
    // A listed flag.
    {
      code: '{ "alias": "M365", "host": "smtp.office365.com", "port": 587, "authType": "OAUTH2_CLIENT_CREDENTIALS" }',
      filename: 'email-server.json',
      settings: { 'okta-oie': { enabledFeatures: ['OAUTH_FOR_CUSTOM_SMTP_SERVER'] } },
    },
  ],
  invalid: [
    {
      // An IdP routing rule with LINUX, kept as a JSON file.
      code: code`
        {
          "type": "IDP_DISCOVERY",
          "name": "Linux desktops",
          "conditions": { "platform": { "include": [{ "type": "DESKTOP", "os": { "type": "LINUX" } }] } },
          "actions": { "idp": { "shouldFallBackToOkta": false } }
        }
      `,
      filename: 'policies/idp-routing.json',
      output: null,
      errors: [
        { ...notYet("`os.type: 'LINUX'`", linux, 'Production', newestReleaseDate, '; GA in Preview since 2026-02-04'), line: 4, column: 82, endLine: 4, endColumn: 89 },
      ],
    },
    {
      // Device assurances in a top-level array.
      code: code`
        [
          { "name": "Android", "platform": "ANDROID", "osVersion": { "minimum": "14" } },
          { "name": "macOS", "platform": "MACOS", "osVersion": { "dynamicVersionRequirement": { "type": "MINIMUM", "distanceFromLatestMajor": 1 } }, "gracePeriod": { "type": "BY_DURATION", "expiry": "P14D" } }
        ]
      `,
      filename: 'device-assurances.json',
      settings: february,
      output: null,
      errors: [
        { ...notYet('`osVersion.dynamicVersionRequirement`', dynamicOs, 'Production', '2026-02-20', '; GA in Preview since 2026-02-04; GA in Production expected March 2026 (release 2026.03.0)'), line: 3, column: 58, endLine: 3, endColumn: 85 },
        { ...notYet('`gracePeriod`', gracePeriod, 'Production', '2026-02-20', '; GA in Preview since 2026-02-04; GA in Production expected March 2026 (release 2026.03.0)'), line: 3, column: 142, endLine: 3, endColumn: 155 },
      ],
    },
    {
      // A client update policy in JSON on the Preview channel.
      code: code`
        { "type": "CLIENT_UPDATE", "name": "Okta Verify updates" }
      `,
      filename: 'policies/client-update.json',
      settings: februaryPreview,
      output: null,
      errors: [
        { ...early("`type: 'CLIENT_UPDATE'`", clientUpdate, 'Preview', '2026-01-07', oktaSupport, ', expected 2026-04-01'), line: 1, column: 11, endLine: 1, endColumn: 26 },
      ],
    },
    {
      // An email server with OAuth 2.0.
      code: code`
        { "alias": "Gmail", "host": "smtp.gmail.com", "port": 587, "authType": "OAUTH2_JWT_BEARER_GRANT" }
      `,
      filename: 'email-server.json',
      settings: { 'okta-oie': { channel: 'preview', asOf: '2026-02-04' } },
      output: null,
      errors: [
        { ...early("`authType: 'OAUTH2_JWT_BEARER_GRANT'`", smtpOAuth, 'Preview', '2026-02-04', selfService), line: 1, column: 72, endLine: 1, endColumn: 97 },
      ],
    },
  ],
});

/** The table of docs/rules/no-unavailable-features.md, from the data: what the rule looks for, per feature. */
function usesTable(): string {
  const value = (use: { equals?: string | number | boolean; includes?: string }) =>
    use.equals !== undefined ? ` = ${typeof use.equals === 'string' ? `'${use.equals}'` : String(use.equals)}` : use.includes !== undefined ? ` containing '${use.includes}'` : '';
  const rows = features
    .filter((feature) => feature.kind === 'feature' && feature.uses.length > 0)
    .map((feature) => {
      const fields: string[] = [];
      const calls: string[] = [];
      const pulumi: string[] = [];
      for (const use of feature.uses) {
        if ('payload' in use) fields.push(`\`${use.path}\`${value(use)} (${use.payload}${use.policyTypes ? ` of ${use.policyTypes.join(', ')}` : ''})`);
        else if ('pulumi' in use) pulumi.push(`\`okta.${use.pulumi}\` \`${use.path}\`${value(use)}`);
        else if ('endpoint' in use) calls.push(`\`${use.methods ? `${use.methods.join(', ')} ` : ''}${use.endpoint}\``);
        else calls.push(`\`${use.sdk}\``);
      }
      const cell = (items: string[]) => (items.length > 0 ? items.join('<br>') : '—');
      return `| ${feature.title} | ${feature.flags.map((flag) => `\`${flag}\``).join('<br>')} | ${cell(fields)} | ${cell(calls)} | ${cell(pulumi)} |`;
    });
  const without = features.filter((feature) => feature.kind !== 'feature' || feature.uses.length === 0).map((feature) => `\`${feature.id}\``);
  return [
    '| Feature | Flag | Payload fields (payload kind) | Endpoints and SDK methods | Pulumi arguments |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `Known, with nothing to match (each record's notes say why): ${without.join(', ')}.`,
  ].join('\n');
}

describe('docs/rules/no-unavailable-features.md', () => {
  const file = new URL('../../docs/rules/no-unavailable-features.md', import.meta.url);
  const start = '<!-- uses:start (generated from src/data/features.json; UPDATE_RULE_DOCS=1 npx vitest run tests/rules/no-unavailable-features.test.ts) -->';
  const end = '<!-- uses:end -->';

  it('lists what the rule looks for, as the data says', () => {
    let page = readFileSync(file, 'utf8');
    const from = page.indexOf(start);
    const to = page.indexOf(end);
    expect(from, 'the page needs the table markers').toBeGreaterThan(-1);
    expect(to).toBeGreaterThan(from);
    const expected = `${page.slice(0, from + start.length)}\n\n${usesTable()}\n\n${page.slice(to)}`;
    if (process.env.UPDATE_RULE_DOCS && expected !== page) {
      writeFileSync(file, expected);
      page = expected;
    }
    expect(page).toBe(expected);
  });
});

describe('feature uses the rule can find', () => {
  it('name Pulumi resources that the payload locator types', () => {
    const resources = features.flatMap((feature) => feature.uses.flatMap((use) => ('pulumi' in use ? [use.pulumi] : [])));
    expect(resources.length).toBeGreaterThan(5);
    for (const resource of resources) expect(pulumiSources.some((source) => source.resource.test(resource)), resource).toBe(true);
  });
});
