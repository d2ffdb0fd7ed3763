// One-off admin tasks run at deployment: the org's SMS factor, the audit event hook, Okta Verify for service users.
const got = require('got');
const okta = require('@okta/okta-sdk-nodejs');

const orgUrl = process.env.OKTA_ORG_URL;
const headers = { Authorization: `SSWS ${process.env.OKTA_API_TOKEN}` };
const client = new okta.Client({ orgUrl, token: process.env.OKTA_API_TOKEN });

/** Turn SMS as a factor on or off for the whole org. */
async function setSmsFactor(enabled) {
  const action = enabled ? 'activate' : 'deactivate';
  await got.post(`${orgUrl}/api/v1/org/factors/okta_sms/lifecycle/${action}`, { headers });
}

/** Subscribe the portal's audit endpoint to Okta events. */
async function subscribeAuditHook(hookUrl) {
  return client.createEventHook({
    name: 'Partner portal audit',
    events: {
      type: 'EVENT_TYPE',
      items: ['user.authentication.authenticate', 'user.credential.enroll', 'user.lifecycle.create'],
    },
    channel: { type: 'HTTP', version: '1.0.0', config: { uri: hookUrl } },
  });
}

/** Enroll a service user in Okta Verify push from the back end. */
async function enrollPush(userId) {
  return client.enrollFactor(userId, { factorType: 'push', provider: 'OKTA' });
}

module.exports = { setSmsFactor, subscribeAuditHook, enrollPush };
