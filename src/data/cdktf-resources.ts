/**
 * CDK for Terraform (CDKTF) Okta resources, read like the `@pulumi/okta` ones: both are generated from the same
 * Terraform provider (okta/okta), so a CDKTF config object has the Pulumi arguments' camelCase names, except that
 * CDKTF keeps a Terraform block list's singular name where Pulumi makes it plural (`platformInclude` /
 * `platformIncludes`).
 *
 * Class and argument names: cdktf/cdktf-provider-okta `src/index.ts` (namespaces) and `src/<resource>/index.ts`
 * (`…Config` interfaces; e.g. `src/factor/index.ts` `FactorConfig.providerId`, `src/event-hook/index.ts`
 * `EventHookConfig.events`, `src/policy-rule-idp-discovery/index.ts` `platformInclude[].osType`). The prebuilt package
 * `@cdktf/provider-okta` is deprecated; `cdktf get` generates the same classes under `.gen/providers/okta`.
 * Pulumi class paths: pulumi/pulumi-okta `sdk/nodejs/`.
 */

/** Module ids that export the CDKTF Okta resources: the prebuilt package, or the bindings `cdktf get` generates. */
export const cdktfModulePattern = /^@cdktf\/provider-okta(?:\/lib\/[a-z0-9-]+)?$|(?:^|\/)\.gen\/providers\/okta(?:\/[a-z0-9-]+)?$/;

/** A CDKTF resource class, the `@pulumi/okta` class of the same Terraform resource, and its arguments renamed. */
export interface CdktfResource {
  pulumi: string;
  /** CDKTF argument name → Pulumi argument name, where they differ. */
  renames?: Readonly<Record<string, string>>;
}

const platformInclude = { platformInclude: 'platformIncludes' } as const;

/** By CDKTF class name (unique across the provider's namespaces). */
export const cdktfResources: Readonly<Record<string, CdktfResource>> = {
  Factor: { pulumi: 'factor.Factor' },
  EventHook: { pulumi: 'EventHook' },
  InlineHook: { pulumi: 'InlineHook' },
  Authenticator: { pulumi: 'Authenticator' },
  Behavior: { pulumi: 'Behaviour' },
  EmailSmtpServer: { pulumi: 'EmailSmtpServer' },
  UserSchemaProperty: { pulumi: 'UserSchemaProperty' },
  AppUserSchemaProperty: { pulumi: 'AppUserSchemaProperty' },
  AppSignonPolicy: { pulumi: 'AppSignonPolicy' },
  AppSignonPolicyRule: { pulumi: 'AppSignonPolicyRule', renames: platformInclude },
  PolicyMfa: { pulumi: 'policy.Mfa' },
  PolicyPassword: { pulumi: 'policy.Password' },
  PolicySignon: { pulumi: 'policy.Signon' },
  PolicyProfileEnrollment: { pulumi: 'policy.ProfileEnrollment' },
  PolicyRuleIdpDiscovery: { pulumi: 'policy.RuleIdpDiscovery', renames: platformInclude },
  PolicyRuleMfa: { pulumi: 'policy.RuleMfa' },
  PolicyRulePassword: { pulumi: 'policy.RulePassword' },
  PolicyRuleProfileEnrollment: { pulumi: 'policy.RuleProfileEnrollment' },
  PolicyRuleSignon: { pulumi: 'policy.RuleSignon' },
  PolicyDeviceAssuranceAndroid: { pulumi: 'policy.DeviceAssuranceAndroid' },
  PolicyDeviceAssuranceChromeos: { pulumi: 'policy.DeviceAssuranceChromeos' },
  PolicyDeviceAssuranceIos: { pulumi: 'policy.DeviceAssuranceIos' },
  PolicyDeviceAssuranceMacos: { pulumi: 'policy.DeviceAssuranceMacos' },
  PolicyDeviceAssuranceWindows: { pulumi: 'policy.DeviceAssuranceWindows' },
  AppOauth: { pulumi: 'app.OAuth' },
  AppSaml: { pulumi: 'app.Saml' },
  AppSwa: { pulumi: 'app.Swa' },
  AppAutoLogin: { pulumi: 'app.AutoLogin' },
  AppBasicAuth: { pulumi: 'app.BasicAuth' },
  AppBookmark: { pulumi: 'app.Bookmark' },
  AppSecurePasswordStore: { pulumi: 'app.SecurePasswordStore' },
  AppThreeField: { pulumi: 'app.ThreeField' },
  AppSharedCredentials: { pulumi: 'AppSharedCredentials' },
};
