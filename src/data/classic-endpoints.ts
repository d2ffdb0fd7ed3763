/**
 * Classic Engine endpoints that Classic-era sign-in pages call directly, outside the Sign-In Widget.
 *
 * - The Classic Self-Service Registration API: `GET /api/v1/registration/form`, `POST
 *   /api/v1/registration/{policyId}/register` (what the widget's Classic code calls, `src/v1`), and `POST
 *   /api/v1/registration`, which the current "Identity Engine limitations" page names as unsupported. Anchored, so
 *   `/oauth2/v1/clients` (dynamic client registration) never matches.
 * - The security image: `GET /login/getimage?username=…` (widget 7.49.0 `src/v1/models/AppState.js`; an internal,
 *   undocumented endpoint).
 */

export const registrationApiPath = /^\/api\/v1\/registration(?:\/.*)?$/;

export const securityImagePath = /^\/login\/getimage$/;
