/**
 * Sessions API operations that Okta's "Identity Engine limitations" document lists as unsupported, and what Okta
 * says today. The source document lists four operations on a session by id. Okta fixed them as bugs: release
 * 2025.08.4 (OKTA-948863, OKTA-455249) for `DELETE /api/v1/sessions/{id}` and
 * `POST /api/v1/users/me/lifecycle/delete_sessions`, release 2025.10.1 (OKTA-948866) for `GET /api/v1/sessions/{id}`
 * and `POST /api/v1/sessions/{id}/lifecycle/refresh` (Identity Engine release notes 2025; the upgrade guides dropped
 * them on 2025-09-08 and 2025-10-17). The current guides ("API changes after the upgrade" › Sessions API changes,
 * "Understand how sessions work after the upgrade") list one unsupported request:
 * `POST /api/v1/sessions?additionalFields=cookieToken`.
 *
 * SDK method names: okta-sdk-nodejs 6.6 `src/generated-client.js` and `src/models/Session.js` (`refresh()`,
 * `delete()`), 7.0+ `src/generated/apis/SessionApi.js`, 7.2+ `UserApi.endUserSessions`.
 */

export type SessionOperationId = 'get-session' | 'refresh-session' | 'revoke-session' | 'end-my-sessions' | 'cookie-token';

/** A `/api/v1/sessions/me…` call that does the same for the signed-in user's own session (browser, session cookie). */
export interface MySessionEquivalent {
  method: string;
  /** The path of the `/me` endpoint. */
  path: string;
  /** The segment that replaces the session id in a URL written like the by-id one. */
  segment: 'me';
}

export interface SessionOperation {
  id: SessionOperationId;
  method: string;
  /** Anchored on the normalized path; the session id segment is anything but `me`. */
  path: RegExp;
  /** How messages name the operation. */
  display: string;
  /**
   * `source-doc`: listed by the source document only; Okta has since fixed it (`fixedIn`).
   * `current`: unsupported on Identity Engine today.
   */
  list: 'source-doc' | 'current';
  fixedIn?: string;
  /** okta-sdk-nodejs 6.x flat methods on the client. */
  sdk6: readonly string[];
  /** okta-sdk-nodejs 6.x methods of the `Session` model that the client returns. */
  sdk6Model: readonly string[];
  /** okta-sdk-nodejs 7+ methods, as a member path from the client. */
  sdk7: readonly string[];
  /** What to use instead, as the message says it. */
  instead: string;
  me?: MySessionEquivalent;
}

const sessionId = '(?!me(?:/|$))[^/]+';

const mySessionAdvice = 'the My Session Management endpoints (`/api/v1/sessions/me…`) from the browser, or OIDC tokens';

export const sessionOperations: readonly SessionOperation[] = [
  {
    id: 'get-session',
    method: 'GET',
    path: new RegExp(`^/api/v1/sessions/${sessionId}$`),
    display: 'GET /api/v1/sessions/{sessionId}',
    list: 'source-doc',
    fixedIn: '2025.10.1',
    sdk6: ['getSession'],
    sdk6Model: [],
    sdk7: ['sessionApi.getSession'],
    instead: `${mySessionAdvice} (okta-sdk-nodejs 7.2+: \`sessionApi.getCurrentSession()\`)`,
    me: { method: 'GET', path: '/api/v1/sessions/me', segment: 'me' },
  },
  {
    id: 'refresh-session',
    method: 'POST',
    path: new RegExp(`^/api/v1/sessions/${sessionId}/lifecycle/refresh$`),
    display: 'POST /api/v1/sessions/{sessionId}/lifecycle/refresh',
    list: 'source-doc',
    fixedIn: '2025.10.1',
    sdk6: ['refreshSession'],
    sdk6Model: ['refresh'],
    sdk7: ['sessionApi.refreshSession'],
    instead: `${mySessionAdvice} (okta-sdk-nodejs 7.2+: \`sessionApi.refreshCurrentSession()\`; okta-auth-js: \`session.refresh()\`)`,
    me: { method: 'POST', path: '/api/v1/sessions/me/lifecycle/refresh', segment: 'me' },
  },
  {
    id: 'revoke-session',
    method: 'DELETE',
    path: new RegExp(`^/api/v1/sessions/${sessionId}$`),
    display: 'DELETE /api/v1/sessions/{sessionId}',
    list: 'source-doc',
    fixedIn: '2025.08.4',
    sdk6: ['endSession'],
    sdk6Model: ['delete'],
    sdk7: ['sessionApi.revokeSession'],
    instead: `${mySessionAdvice} (okta-sdk-nodejs 7.2+: \`sessionApi.closeCurrentSession()\`; okta-auth-js: \`session.close()\`)`,
    me: { method: 'DELETE', path: '/api/v1/sessions/me', segment: 'me' },
  },
  {
    id: 'end-my-sessions',
    method: 'POST',
    path: /^\/api\/v1\/users\/me\/lifecycle\/delete_sessions$/,
    display: 'POST /api/v1/users/me/lifecycle/delete_sessions',
    list: 'source-doc',
    fixedIn: '2025.08.4',
    sdk6: [],
    sdk6Model: [],
    sdk7: ['userApi.endUserSessions'],
    instead: `\`DELETE /api/v1/sessions/me\` to end the current session, or an admin \`DELETE /api/v1/users/{userId}/sessions\``,
  },
  {
    id: 'cookie-token',
    method: 'POST',
    path: /^\/api\/v1\/sessions$/,
    display: 'POST /api/v1/sessions?additionalFields=cookieToken',
    list: 'current',
    sdk6: [],
    sdk6Model: [],
    sdk7: [],
    instead: mySessionAdvice,
  },
];

/** The query parameter and value that make `POST /api/v1/sessions` the unsupported request. */
export const cookieTokenParameter = { name: 'additionalFields', value: 'cookieToken' } as const;

/** okta-sdk-nodejs 6.x client methods whose result is a `Session` model (its `refresh()` and `delete()` act by id). */
export const sdk6SessionFactories: readonly string[] = ['getSession', 'createSession', 'refreshSession'];
