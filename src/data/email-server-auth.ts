/**
 * Custom email servers (`/api/v1/email-servers`), with the OAuth 2.0 auth types of 2026.02.0 (flag
 * `OAUTH_FOR_CUSTOM_SMTP_SERVER`). From the Management OpenAPI spec (2026.06: `SmtpAuthType`, `BASIC_SMTP_AUTH_CREATE`,
 * `OAUTH2_CLIENT_CREDENTIALS_CREATE`, `OAUTH2_JWT_BEARER_GRANT_CREATE`) and okta-sdk-nodejs 8.2.0
 * (`EmailServerPost`, `EmailServerRequest`).
 */

export type SmtpAuthType = 'BASIC_SMTP_AUTH' | 'OAUTH2_CLIENT_CREDENTIALS' | 'OAUTH2_JWT_BEARER_GRANT';

export const smtpAuthTypes: readonly SmtpAuthType[] = ['BASIC_SMTP_AUTH', 'OAUTH2_CLIENT_CREDENTIALS', 'OAUTH2_JWT_BEARER_GRANT'];

/**
 * What a create request (`POST /api/v1/email-servers`) requires besides the base fields, per `authType`. A body with no
 * `authType` is read as `BASIC_SMTP_AUTH`, the only kind that existed before 2026.02.0.
 */
export const requiredOnCreate: Readonly<Record<SmtpAuthType, readonly string[]>> = {
  BASIC_SMTP_AUTH: ['password'],
  OAUTH2_CLIENT_CREDENTIALS: ['clientId', 'clientSecret', 'tokenEndpoint', 'tokenEndpointAuthMethod', 'scopes'],
  OAUTH2_JWT_BEARER_GRANT: ['tokenEndpoint', 'clientId', 'signingAlgorithm', 'keyId', 'issuer', 'subject', 'audience', 'scopes', 'privateKey'],
};

/** Required on create whatever the auth type (`BaseEmailServerCreate`, less `authType`: see `requiredOnCreate`). */
export const baseRequiredOnCreate: readonly string[] = ['alias', 'enabled', 'host', 'port', 'username'];

/** `tokenEndpointAuthMethod` of OAUTH2_CLIENT_CREDENTIALS. */
export const tokenEndpointAuthMethods: readonly string[] = ['CLIENT_SECRET_BASIC', 'CLIENT_SECRET_POST'];

/** `signingAlgorithm` of OAUTH2_JWT_BEARER_GRANT: RS256 is the only value. */
export const smtpSigningAlgorithm = 'RS256';

/** Fields that belong to the OAuth 2.0 auth types only. */
export const oauthOnlyFields: readonly string[] = [
  'clientId', 'clientSecret', 'tokenEndpoint', 'tokenEndpointAuthMethod', 'scopes', 'signingAlgorithm', 'keyId', 'issuer', 'subject', 'audience', 'privateKey',
];

/**
 * The fields okta-sdk-nodejs serializes for `emailServerApi.createEmailServer` (`EmailServerPost`) and
 * `updateEmailServer` (`EmailServerRequest`), up to 8.2.0 at least. Its `ObjectSerializer` copies only these, so
 * `authType` and every OAuth field are dropped without an error.
 */
export const sdkEmailServerFields: readonly string[] = ['alias', 'enabled', 'host', 'port', 'username', 'password'];

/** The okta-sdk-nodejs release the field list was read from. */
export const sdkEmailServerFieldsVersion = '8.2.0';
