/**
 * Profile attribute names Okta reserves, which a custom user or app-user profile property cannot use. Okta compares
 * them without regard to case (an inference: the release note lists lower-case names, the help page mixes cases).
 */

export interface ReservedAttribute {
  name: string;
  /** `2026.01.0`: enforced since the bug fix OKTA-1049339; `help`: the long-standing list on help.okta.com. */
  source: '2026.01.0' | 'help';
}

const enforcedIn2026 = [
  'orgid', 'activationstatus', 'apistatus', 'logintype', 'initialreconcilecomplete', 'activationdate', 'statuschangeddate',
  'apilastupdate', 'passwordexpirationguess', 'passwordexpirationcursor', 'numunlocks', 'changedstatus',
];

/**
 * "Review reserved attributes" (help.okta.com, `usgp-reserved-attributes.htm`): the names it lists besides the twelve
 * above, in its order. It lists the twelve too, so a name of the 2026 fix is also on the help page.
 */
const helpList = [
  'id', 'profile', 'status', 'transitioningtostatus', 'created', 'activated', 'statuschanged', 'lastlogin', 'lastupdated',
  'passwordchanged', 'type', 'realm', 'realmId', 'password', 'credentials', '_links', '_embedded', 'class', 'classloader',
  'createdby', 'lastupdatedby',
];

export const reservedAttributes: readonly ReservedAttribute[] = [
  ...enforcedIn2026.map((name) => ({ name, source: '2026.01.0' as const })),
  ...helpList.map((name) => ({ name, source: 'help' as const })),
];

const byLowerCase = new Map(reservedAttributes.map((attribute) => [attribute.name.toLowerCase(), attribute]));

export function reservedAttribute(name: string): ReservedAttribute | undefined {
  return byLowerCase.get(name.toLowerCase());
}

/**
 * The name the suggestion offers: a neutral `custom` prefix. An org prefix (`acmeOrgId`) would read better, but a
 * linter cannot know the org.
 */
export function prefixedAttributeName(name: string): string {
  return `custom${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}
