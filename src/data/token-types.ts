/**
 * OAuth 2.0 token exchange (RFC 8693) at Okta's `/v1/token` endpoints. The token type lists are the enums of the
 * Okta OAuth OpenAPI spec (okta/okta-management-openapi-spec `dist/current/oauth-oneOfInheritance.yaml`, 2026.06.3):
 * `TokenTypeOrgAs` for the org authorization server (`/oauth2/v1/token`) and `TokenTypeCustomAs` for custom
 * authorization servers (`/oauth2/{authorizationServerId}/v1/token`). Okta's own URNs use irregular prefixes (`urn:okta:oauth:…`, `urn:x-oath:…`), so a spelling check compares against
 * these exact lists, never a prefix pattern.
 */

export const tokenExchangeGrantType = 'urn:ietf:params:oauth:grant-type:token-exchange';

export const tokenType = {
  accessToken: 'urn:ietf:params:oauth:token-type:access_token',
  idToken: 'urn:ietf:params:oauth:token-type:id_token',
  jwt: 'urn:ietf:params:oauth:token-type:jwt',
  refreshToken: 'urn:ietf:params:oauth:token-type:refresh_token',
  saml1: 'urn:ietf:params:oauth:token-type:saml1',
  saml2: 'urn:ietf:params:oauth:token-type:saml2',
  webSsoToken: 'urn:okta:oauth:token-type:web_sso_token',
  deviceSecret: 'urn:x-oath:params:oauth:token-type:device-secret',
  interclientToken: 'urn:okta:params:oauth:token-type:interclient_token',
  idJag: 'urn:ietf:params:oauth:token-type:id-jag',
  vaultedSecret: 'urn:okta:params:oauth:token-type:vaulted-secret',
  serviceAccount: 'urn:okta:params:oauth:token-type:service-account',
  oauthSts: 'urn:okta:params:oauth:token-type:oauth-sts',
} as const;

/** `TokenTypeCustomAs`. */
export const customAsTokenTypes: readonly string[] = [
  tokenType.accessToken,
  tokenType.idToken,
  tokenType.jwt,
  tokenType.refreshToken,
  tokenType.saml1,
  tokenType.saml2,
  tokenType.webSsoToken,
  tokenType.deviceSecret,
  tokenType.interclientToken,
];

/**
 * Token types only the org authorization server issues (`TokenTypeOrgAs` minus `TokenTypeCustomAs`, 2026.02.0), with
 * what an exchange for each takes:
 * - ID-JAG: "only available with Cross App Access or if you're subscribed to Okta for AI Agents" (spec). The subject
 *   is an ID token or an access token (guide "Set up AI agent token exchange"), a refresh token ("The user ID
 *   assertion can be an ID or refresh token", Cross App Access concept; the way a SAML requesting app gets one), or a
 *   SAML 2.0 assertion (draft-ietf-oauth-identity-assertion-authz-grant, the standard the type comes from).
 *   `audience`, the issuer URL of the resource app's authorization server, is required (the draft, the guides, the
 *   spec's example; Okta answered its absence with a generic error until 2026.05.3, OKTA-1116286). It is a free-form
 *   string since 2026.07.2 ("Agent-to-agent audience update"), so only its presence is checked.
 * - OPA vaulted secret, OPA service account, OAuth STS: "only available if you're subscribed to Okta for AI Agents";
 *   the subject is an ID token or an access token, and the target is `resource`.
 */
export const orgAsOnlyExchanges: Readonly<Record<string, { product: string; subjects: readonly string[]; needsAudience: boolean }>> = {
  [tokenType.idJag]: {
    product: 'Cross App Access',
    subjects: [tokenType.idToken, tokenType.accessToken, tokenType.refreshToken, tokenType.saml2],
    needsAudience: true,
  },
  [tokenType.vaultedSecret]: { product: 'Okta for AI Agents', subjects: [tokenType.idToken, tokenType.accessToken], needsAudience: false },
  [tokenType.serviceAccount]: { product: 'Okta for AI Agents', subjects: [tokenType.idToken, tokenType.accessToken], needsAudience: false },
  [tokenType.oauthSts]: { product: 'Okta for AI Agents', subjects: [tokenType.idToken, tokenType.accessToken], needsAudience: false },
};

export const orgAsOnlyTokenTypes: readonly string[] = Object.keys(orgAsOnlyExchanges);

/** `TokenTypeOrgAs`. */
export const orgAsTokenTypes: readonly string[] = [...customAsTokenTypes, ...orgAsOnlyTokenTypes];

/** Native to Web SSO: the one documented pair for `requested_token_type=…interclient_token` (guide "Native to Web SSO"). */
export const interclientExchange = {
  requested: tokenType.interclientToken,
  actorTokenType: tokenType.accessToken,
  subjectTokenType: tokenType.idToken,
} as const;

/** The scope the origin app asks for, which the target app's authorize request must not carry with `interclient_token`. */
export const interclientAccessScope = 'interclient_access';

/** The request parameters that hold a token type. */
export const tokenTypeParameters = ['subject_token_type', 'actor_token_type', 'requested_token_type'] as const;
export type TokenTypeParameter = (typeof tokenTypeParameters)[number];

/** Which authorization server a token URL path (normalized, `:param` for run-time parts) points at. */
export function authorizationServerOf(path: string): 'org' | 'custom' | undefined {
  if (/^\/oauth2\/v1\/token$/.test(path)) return 'org';
  if (/^\/oauth2\/[^/]+\/v1\/token$/.test(path)) return 'custom';
  // `${issuer}/v1/token`: which server the issuer names is known only at run time.
  return undefined;
}

function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The token type a misspelled value most likely meant: a bare short name (`id_token` → its URN), or the one URN within a
 * few edits (`…:id_jag` → `…:id-jag`). Undefined when there is no single close match.
 */
export function closestTokenType(value: string, allowed: readonly string[]): string | undefined {
  const bare = allowed.filter((urn) => urn.endsWith(`:${value}`));
  if (bare.length === 1) return bare[0];
  const scored = allowed.map((urn) => ({ urn, score: distance(value.toLowerCase(), urn) })).sort((a, b) => a.score - b.score);
  const [best, second] = scored;
  if (!best || best.score > 4 || (second && second.score === best.score)) return undefined;
  return best.urn;
}
