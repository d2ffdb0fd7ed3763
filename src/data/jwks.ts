/**
 * Where a JSON Web Key Set is fetched from an Okta authorization server, and the libraries that fetch it with a cache
 * that lives as long as the object they return. Okta's `/v1/keys` answered `no-cache, no-store` until the 2026.02.0
 * fix (OKTA-1099636); code that fetched the keys on every request was slow then and is still needless now.
 */

/** `/oauth2/v1/keys`, `/oauth2/{authorizationServerId}/v1/keys`, and `${issuer}/v1/keys` (normalized path). */
export const jwksPath = /^(?:\/oauth2(?:\/[^/]+)?)?\/v1\/keys$/;

export interface JwksClientFactory {
  module: string;
  /** Member path under the module; `[]` is the module's export itself. */
  path: readonly string[];
  how: 'new' | 'call';
  /** How the docs name it in messages. */
  label: string;
}

/**
 * Each keeps its JWKS cache in the object it returns: `@okta/jwt-verifier` 4.x (`cache: true`, `cacheMaxAge` 1 h),
 * jose's `createRemoteJWKSet`, jwks-rsa's client (`cache: true` by default since 2.0).
 */
export const jwksClientFactories: readonly JwksClientFactory[] = [
  { module: '@okta/jwt-verifier', path: [], how: 'new', label: 'new OktaJwtVerifier()' },
  { module: '@okta/jwt-verifier', path: ['default'], how: 'new', label: 'new OktaJwtVerifier()' },
  { module: 'jose', path: ['createRemoteJWKSet'], how: 'call', label: 'createRemoteJWKSet()' },
  { module: 'jwks-rsa', path: [], how: 'call', label: 'jwksClient()' },
  { module: 'jwks-rsa', path: ['default'], how: 'call', label: 'jwksClient()' },
  { module: 'jwks-rsa', path: ['JwksClient'], how: 'new', label: 'new JwksClient()' },
];

/** Text a file must contain to fetch keys or build a JWKS client. */
export const jwksGate = /\/v1\/keys|@okta\/jwt-verifier|createRemoteJWKSet|jwks-rsa/;
