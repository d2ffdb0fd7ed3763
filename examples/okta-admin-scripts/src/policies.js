// Policy set-up for the Acme org, run by the platform team after each release (okta-sdk-nodejs 8.x).
import okta from '@okta/okta-sdk-nodejs';

const client = new okta.Client({ orgUrl: process.env.OKTA_ORG_URL, token: process.env.OKTA_API_TOKEN });

/** Okta Verify updates: hold back everything but hotfixes. The release notes call the type CLIENT_POLICY. */
export async function holdOktaVerifyUpdates() {
  const [policy] = await client.policyApi.listPolicies({ type: 'CLIENT_POLICY' });
  const [rule] = await client.policyApi.listPolicyRules({ policyId: policy.id });
  await client.policyApi.replacePolicyRule({
    policyId: policy.id,
    ruleId: rule.id,
    policyRule: {
      type: 'CLIENT_UPDATE',
      name: rule.name,
      actions: { updateControls: { actions: [{ action: 'OKTA_VERIFY_UPDATE', value: 'HOTFIX_ONLY' }] } },
    },
  });
}

/** The intranet's sign-in policy: managed Macs and Linux desktops only. */
export async function intranetDesktopRule(policyId) {
  await client.policyApi.createPolicyRule({
    policyId,
    policyRule: {
      type: 'ACCESS_POLICY',
      name: 'Managed desktops',
      conditions: {
        platform: {
          include: [
            { type: 'DESKTOP', os: { type: 'OSX' } },
            { type: 'DESKTOP', os: { type: 'LINUX' } },
          ],
        },
        device: { managed: true },
      },
      actions: { appSignOn: { access: 'ALLOW' } },
    },
  });
}

/** Global session policy: ask for MFA when someone signs in from a new device. */
export async function newDeviceMfa(globalSessionPolicyId) {
  await client.policyApi.createPolicyRule({
    policyId: globalSessionPolicyId,
    policyRule: {
      type: 'SIGN_ON',
      name: 'MFA on new devices',
      conditions: { risk: { behaviors: ['New Device'] } },
      actions: { signon: { access: 'ALLOW', requireFactor: true, factorPromptMode: 'DEVICE', rememberDeviceByDefault: true } },
    },
  });
}

/** Authenticator enrollment: give people time to set up Google Authenticator and phone. */
export async function enrollmentGracePeriods() {
  await client.policyApi.createPolicy({
    policy: {
      type: 'MFA_ENROLL',
      name: 'Staged enrollment',
      settings: {
        type: 'AUTHENTICATORS',
        authenticators: [
          { key: 'google_otp', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_SKIP_COUNT', skipCount: 25 } } },
          { key: 'phone_number', enroll: { self: 'REQUIRED', gracePeriod: { type: 'BY_DATE_TIME', expiry: '2026-06-30' } } },
        ],
      },
    },
  });
}

/** Passwords must not contain the company name. */
export async function blockCompanyName(passwordPolicyId) {
  await client.policyApi.replacePolicy({
    policyId: passwordPolicyId,
    policy: {
      type: 'PASSWORD',
      name: 'Default password policy',
      settings: {
        password: { complexity: { minLength: 12, oelStatement: "password.value.contains('acme corp')" } },
      },
    },
  });
}

/** Okta account management policy: step up when a password has expired. */
export async function expiredPasswordRule(accountManagementPolicyId) {
  await client.policyApi.createPolicyRule({
    policyId: accountManagementPolicyId,
    policyRule: {
      type: 'ACCESS_POLICY',
      name: 'Expired passwords',
      conditions: { elCondition: { condition: "accessRequest.metadata.type == 'expired'" } },
      actions: { appSignOn: { access: 'ALLOW', verificationMethod: { type: 'ASSURANCE', factorMode: '2FA' } } },
    },
  });
}
