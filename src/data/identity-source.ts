/**
 * Anything-as-a-Source request bodies (`/api/v1/identity-sources/…`, GA in Production 2026.01.0). From the Management
 * OpenAPI spec (2026.06: `UserRequestSchema`, `GroupsRequestSchema`, `BulkUpsertRequestBody`, `BulkDeleteRequestBody`,
 * `BulkGroupUpsertRequestBody`, `IdentitySource*ProfileForUpsert*`) and okta-sdk-nodejs 8.2.0 (`identitySourceApi`).
 * "Profile attributes can only be of the string type" (the spec, on every identity-source profile); `null` is allowed
 * where the spec marks an attribute nullable, so it is not reported.
 */

export interface IdentitySourceOperation {
  /** `METHOD path` of the REST call, matched on the normalized path. */
  http: { methods: readonly string[]; path: RegExp };
  /** The okta-sdk-nodejs 7+ method (`identitySourceApi.…`). */
  sdk: string;
  /** Where the profiles are in the body. */
  profiles: 'profile' | 'profiles[].profile' | undefined;
  /** `email` and `userName` are required in the profile (`IdentitySourceUserProfileForUpsertRequired`). */
  requiresUserKeys: boolean;
  /** The body has an `entityType`, which must be `USERS`. */
  entityType: boolean;
}

const base = '^/api/v1/identity-sources/[^/]+';

export const identitySourceOperations: readonly IdentitySourceOperation[] = [
  { http: { methods: ['POST'], path: new RegExp(`${base}/users$`) }, sdk: 'identitySourceApi.createIdentitySourceUser', profiles: 'profile', requiresUserKeys: true, entityType: false },
  { http: { methods: ['PUT'], path: new RegExp(`${base}/users/[^/]+$`) }, sdk: 'identitySourceApi.replaceExistingIdentitySourceUser', profiles: 'profile', requiresUserKeys: true, entityType: false },
  // The spec also marks email and userName required on PATCH, but a PATCH is a partial update: not checked.
  { http: { methods: ['PATCH'], path: new RegExp(`${base}/users/[^/]+$`) }, sdk: 'identitySourceApi.updateIdentitySourceUsers', profiles: 'profile', requiresUserKeys: false, entityType: false },
  { http: { methods: ['POST'], path: new RegExp(`${base}/groups$`) }, sdk: 'identitySourceApi.createIdentitySourceGroups', profiles: 'profile', requiresUserKeys: false, entityType: false },
  { http: { methods: ['POST'], path: new RegExp(`${base}/groups/[^/]+$`) }, sdk: 'identitySourceApi.updateIdentitySourceGroups', profiles: 'profile', requiresUserKeys: false, entityType: false },
  { http: { methods: ['POST'], path: new RegExp(`${base}/sessions/[^/]+/bulk-upsert$`) }, sdk: 'identitySourceApi.uploadIdentitySourceDataForUpsert', profiles: 'profiles[].profile', requiresUserKeys: false, entityType: true },
  { http: { methods: ['POST'], path: new RegExp(`${base}/sessions/[^/]+/bulk-delete$`) }, sdk: 'identitySourceApi.uploadIdentitySourceDataForDelete', profiles: undefined, requiresUserKeys: false, entityType: true },
  { http: { methods: ['POST'], path: new RegExp(`${base}/sessions/[^/]+/bulk-groups-upsert$`) }, sdk: 'identitySourceApi.uploadIdentitySourceGroupsForUpsert', profiles: 'profiles[].profile', requiresUserKeys: false, entityType: false },
];

/** `@pulumi/okta` identity-source resources whose `profile` argument is an identity-source profile. */
export const identitySourcePulumiProfiles: readonly string[] = ['IdentitySourceUser', 'IdentitySourceGroup'];

export const identitySourceUserKeys: readonly string[] = ['email', 'userName'];

/** `entityType` of bulk upserts and deletes: `USERS` only. */
export const identitySourceEntityType = 'USERS';

/**
 * The operation a payload is, from its SDK method, or its HTTP method and normalized path. When the HTTP method is
 * known only at run time and the path fits more than one operation, the user keys count as required only if every
 * candidate requires them.
 */
export function identitySourceOperation(
  payload: { origin: string; operation: string; httpMethod?: string | undefined; httpPath?: string | undefined },
): IdentitySourceOperation | undefined {
  if (payload.origin === 'sdk') return identitySourceOperations.find((operation) => operation.sdk === payload.operation);
  if (payload.origin !== 'http' || payload.httpPath === undefined) return undefined;
  const path = payload.httpPath;
  const candidates = identitySourceOperations.filter(
    (operation) => operation.http.path.test(path) && (payload.httpMethod === undefined || operation.http.methods.includes(payload.httpMethod)),
  );
  const [first] = candidates;
  if (!first) return undefined;
  return { ...first, requiresUserKeys: candidates.every((candidate) => candidate.requiresUserKeys) };
}
