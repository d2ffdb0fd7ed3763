import { features, type FeatureRecord } from './features.js';

/**
 * Values of Okta policy and policy-rule payloads that the 2026 rules check. Every literal comes from the Management
 * API's OpenAPI spec (okta/okta-management-openapi-spec `dist/current/management-oneOfInheritance.yaml`, 2026.06.3),
 * not from release-note prose: the notes say `CLIENT_POLICY` where the API says `CLIENT_UPDATE`.
 */

/**
 * The OS types a rule's platform condition accepts (`conditions.platform.include[].os.type`, `…exclude[]…`), by rule
 * `type`. Rule types missing here have no platform condition the rules know of, and are not checked.
 * `LINUX` came with LINUX_SUPPORT_FOR_POLICIES (2026.02.0) to ACCESS_POLICY and IDP_DISCOVERY rules only; the
 * IDP_DISCOVERY enum still spells macOS `OSX`. The ACCESS_POLICY enum spells it `MACOS` since spec 2026.03.0 and `OSX`
 * up to 2025.11.0, with no release note; Okta's Terraform provider (v6.12.0, `validOSTypes` of
 * `okta_app_signon_policy_rule`) still sends both, so both are accepted there.
 */
export const platformOsTypes: Readonly<Record<string, readonly string[]>> = {
  // PolicyPlatformOperatingSystemType (2026.03.0+), plus the `OSX` of earlier specs and the Terraform provider
  ACCESS_POLICY: ['ANDROID', 'ANY', 'CHROMEOS', 'IOS', 'MACOS', 'OSX', 'OTHER', 'WINDOWS', 'LINUX'],
  // IdpDiscoveryPolicyPlatformOperatingSystemType
  IDP_DISCOVERY: ['ANDROID', 'ANY', 'CHROMEOS', 'IOS', 'OSX', 'OTHER', 'WINDOWS', 'LINUX'],
  // DeviceSignalCollectionPolicyPlatformOperatingSystemType
  DEVICE_SIGNAL_COLLECTION: ['ANDROID', 'CHROMEOS', 'IOS', 'MACOS', 'WINDOWS'],
};

/** Where a rule payload holds its platform OS types. */
export const platformOsTypePaths: readonly string[] = [
  'conditions.platform.include[].os.type',
  'conditions.platform.exclude[].os.type',
];

/** `@pulumi/okta` classes with a platform condition: the rule type they create and the argument path of the OS type. */
export const pulumiPlatformConditions: readonly { resource: string; policyType: string; path: string }[] = [
  { resource: 'AppSignonPolicyRule', policyType: 'ACCESS_POLICY', path: 'platformIncludes[].osType' },
  { resource: 'policy.RuleIdpDiscovery', policyType: 'IDP_DISCOVERY', path: 'platformIncludes[].osType' },
];

/** The OS type added in 2026.02.0. */
export const linuxOsType = 'LINUX';

/** The two spellings of macOS; each enum has one of them (ACCESS_POLICY rules take both, see above). */
export const macosOsTypes: readonly string[] = ['MACOS', 'OSX'];

/**
 * The user identification policy type: in the 2026.08.0 notes ("User identification policy is EA in Preview") and
 * the guide "Configure a user identification policy", not yet in any Management API spec (the newest is 2026.06.3).
 */
const userIdentification = 'USER_IDENTIFICATION';

/** The policy types of the Policies API (`PolicyType`), and the user identification type. */
export const policyTypes: readonly string[] = [
  'OKTA_SIGN_ON', 'PASSWORD', 'MFA_ENROLL', 'IDP_DISCOVERY', 'ACCESS_POLICY', 'PROFILE_ENROLLMENT', 'POST_AUTH_SESSION',
  'ENTITY_RISK', 'DEVICE_SIGNAL_COLLECTION', 'SESSION_VIOLATION_DETECTION', 'CLIENT_UPDATE', 'IDENTITY_CLAIM_SOURCING',
  userIdentification,
];

/** The policy rule types of the Policies API (`PolicyRuleType`), and the user identification type. */
export const policyRuleTypes: readonly string[] = [
  'SIGN_ON', 'PASSWORD', 'MFA_ENROLL', 'IDP_DISCOVERY', 'ACCESS_POLICY', 'PROFILE_ENROLLMENT', 'POST_AUTH_SESSION',
  'ENTITY_RISK', 'DEVICE_SIGNAL_COLLECTION', 'SESSION_VIOLATION_DETECTION', 'CLIENT_UPDATE', 'IDENTITY_CLAIM_SOURCING',
  userIdentification,
];

/**
 * Policy types that are not API values, with the value the API has: the feature data's `renamed` literals whose API
 * value is a policy type. The 2026.01.0 notes ("Client update policy is EA in Preview") say `CLIENT_POLICY`; no spec
 * version has it, every spec since 2026.03.0 and the SDK models say `CLIENT_UPDATE`. The fact lives once, in
 * `features.overrides.json`, where the release-notes parser needs it too.
 */
export const policyTypeCorrections: Readonly<Record<string, string>> = Object.fromEntries(
  features.flatMap((feature) => Object.entries(feature.renamed ?? {})).filter(([, api]) => policyTypes.includes(api)),
);

/**
 * The feature each corrected policy type belongs to: the right name is only usable where the org has the feature
 * (`CLIENT_UPDATE` → the client update policy), which decides whether renaming is a fix or only a suggestion.
 */
export const policyTypeCorrectionFeatures: Readonly<Record<string, FeatureRecord>> = Object.fromEntries(
  features.flatMap((feature) => Object.keys(feature.renamed ?? {}).filter((wrong) => Object.hasOwn(policyTypeCorrections, wrong)).map((wrong) => [wrong, feature])),
);

/** `GET /api/v1/policies?type=…` and the SDK methods that send it (7+ and 6.x). */
export const policyList = {
  path: /^\/api\/v1\/policies$/,
  queryParameter: 'type',
  sdkMethods: ['policyApi.listPolicies', 'listPolicies'],
} as const;

/**
 * Authenticator enrollment grace periods (MFA_ENROLL policies, `EnrollmentPolicyAuthenticatorGracePeriod`). Not the
 * device-assurance `gracePeriod` (`BY_DATE_TIME` / `BY_DURATION`), which lives in `device-assurance.ts`.
 */
export const enrollmentGracePeriod = {
  policyType: 'MFA_ENROLL',
  path: 'settings.authenticators[].enroll.gracePeriod',
  /** The field each type needs. `BY_SKIP_COUNT` came with ENROLLMENT_POLICY_GRACE_PERIOD_V2 (2026.02.0). */
  fieldByType: { BY_DATE_TIME: 'expiry', BY_SKIP_COUNT: 'skipCount' } as Readonly<Record<string, string>>,
  skipCount: { min: 1, max: 10 },
  /** `ByDateTimeAuthenticatorGracePeriodExpiry.expiry`: "Valid format: yyyy-MM-dd'T'HH:mm:ss.SSS'Z'". */
  expiryFormat: "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
  expiryPattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
} as const;

/**
 * The sign-in page strings of the enrollment grace-period prompt (`GracePeriodRequiredSoon`): "if you use one of the
 * custom link strings, then both are required".
 */
export const gracePeriodRequiredSoon = {
  path: 'widgetCustomizations.gracePeriodRequiredSoon',
  linkKeys: ['gracePeriodRequiredSoonCustomLinkLabel', 'gracePeriodRequiredSoonCustomLinkUrl'],
} as const;

/**
 * Global session policy (OKTA_SIGN_ON) rules: "If the Behavior of the global session policy includes the New Device
 * behavior type, then `requireFactor` must be `false` or `factorPromptMode` must be `ALWAYS`"
 * (`OktaSignOnPolicyFactorPromptMode`, enforced from 2026.01.0 by
 * DISALLOW_INVALID_BEHAVIOR_AND_FACTOR_MODE_COMBINATION_FOR_GSP).
 */
export const globalSessionRule = {
  ruleType: 'SIGN_ON',
  behaviors: 'conditions.risk.behaviors[]',
  /** Only OKTA_SIGN_ON rules have `actions.signon`: a rule without a written `type` is placed by it. */
  signon: 'actions.signon',
  requireFactor: 'requireFactor',
  promptMode: 'factorPromptMode',
  requiredPromptMode: 'ALWAYS',
  /** `okta.policy.RuleSignon`: the same settings under the Terraform provider's names. */
  pulumi: { resource: 'policy.RuleSignon', behaviors: 'behaviors[]', requireFactor: 'mfaRequired', promptMode: 'mfaPrompt' },
} as const;

/** The New Device behavior: its behavior detection rule type, and the name Okta gives the default one. */
export const newDeviceBehavior = {
  type: 'ANOMALOUS_DEVICE',
  names: ['New Device'],
} as const;

/**
 * Password policy `settings.password.complexity.oelStatement` (PASSWORD_POLICY_OEL_STATEMENT): "You can only block
 * one word per expression. Use the `OR` operator to connect multiple expressions to block multiple words", as in
 * `password.value.contains('Word1') OR password.value.contains('Word2')`.
 */
export const passwordOelStatement = {
  policyType: 'PASSWORD',
  path: 'settings.password.complexity.oelStatement',
  subject: 'password.value',
  method: 'contains',
  /** The operator the spec shows; the Expression Language also reads `||`. */
  or: 'OR',
} as const;

/**
 * The Okta account management policy (an ACCESS_POLICY with resource type END_USER_ACCOUNT_MANAGEMENT) reads
 * `accessRequest.metadata` (AMP_FOR_PASSWORD_EXPIRY): "`metadata` can only be used when referencing a `recover`
 * operation and the only supported `metadata.type` is `expiry`" (Expression Language reference).
 */
export const accountManagementExpression = {
  ruleType: 'ACCESS_POLICY',
  path: 'conditions.elCondition.condition',
  /** `okta.AppSignonPolicyRule` manages the account management policy's rules too; the condition is `customExpression`. */
  pulumi: { resource: 'AppSignonPolicyRule', path: 'customExpression' },
  metadata: 'accessRequest.metadata',
  metadataType: 'accessRequest.metadata.type',
  metadataTypes: ['expiry'],
  operation: 'accessRequest.operation',
  operationForMetadata: 'recover',
} as const;
