// Self-service password reset pages of the partner portal, on the Classic Engine Authentication API.
const got = require('got');

const orgUrl = process.env.OKTA_ORG_URL;

/** Step 1: Okta e-mails a recovery link to the user. */
async function sendResetEmail(username) {
  return got.post(`${orgUrl}/api/v1/authn/recovery/password`, {
    json: { username, factorType: 'EMAIL', relayState: '/portal' },
  }).json();
}

/** Step 2: the link lands on the portal with a recovery token; exchange it for a state token. */
async function verifyRecoveryToken(recoveryToken) {
  return got.post(`${orgUrl}/api/v1/authn/recovery/token`, { json: { recoveryToken } }).json();
}

/** Step 3: set the new password. */
async function resetPassword(stateToken, newPassword) {
  return got.post(`${orgUrl}/api/v1/authn/credentials/reset_password`, { json: { stateToken, newPassword } }).json();
}

module.exports = { sendResetEmail, verifyRecoveryToken, resetPassword };
