/**
 * The app conditions of policy rules (Management API spec 2026.06.3): `conditions.app`
 * (`AppAndInstancePolicyRuleCondition`: items `{ type: 'APP', id }` or `{ type: 'APP_TYPE', name }`) and
 * `conditions.apps` (`AppInstancePolicyRuleCondition`: app instance ids). Both have an `include` and an `exclude`
 * list. Release 2026.05.1 fixed OKTA-1115016: creating (`POST /api/v1/policies/{policyId}/rules`) or replacing
 * (`PUT …/rules/{ruleId}`) a rule that names the same app in both lists returned a successful response; it no longer
 * does.
 */

export interface AppConditionList {
  /** Where the condition is, from the rule body. */
  path: string;
  /** How an item names its app: the app instance id itself, or an `APP`/`APP_TYPE` object. */
  items: 'id' | 'app-or-type';
}

export const appConditionLists: readonly AppConditionList[] = [
  { path: 'conditions.app', items: 'app-or-type' },
  { path: 'conditions.apps', items: 'id' },
];

/** The `type` of an `app-or-type` item, and the key that names the app for it. */
export const appItemKeys: Readonly<Record<string, string>> = { APP: 'id', APP_TYPE: 'name' };
