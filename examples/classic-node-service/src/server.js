// Back end of the Acme partner portal, written for Okta Classic Engine: primary authentication through the
// Authentication API, a session cookie made from a cookie token, and the two Okta hooks the portal answers.
const express = require('express');
const axios = require('axios');
const okta = require('@okta/okta-sdk-nodejs');

const orgUrl = process.env.OKTA_ORG_URL;
const apiToken = process.env.OKTA_API_TOKEN;
const client = new okta.Client({ orgUrl, token: apiToken });
const admin = axios.create({ baseURL: `${orgUrl}/api/v1`, headers: { Authorization: `SSWS ${apiToken}` } });

const app = express();
app.use(express.json());

// Sign in, step up to the partner SAML app, and turn the session token into an Okta session cookie.
app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const authn = await axios.post(`${orgUrl}/api/v1/authn`, {
    username,
    password,
    audience: process.env.PARTNER_SAML_APP_ID,
  });
  const { data: session } = await axios.post(`${orgUrl}/api/v1/sessions`, { sessionToken: authn.data.sessionToken }, {
    params: { additionalFields: 'cookieToken' },
  });
  req.session.oktaSessionId = session.id;
  res.redirect(`${orgUrl}/login/sessionCookieRedirect?token=${session.cookieToken}&redirectUrl=${encodeURIComponent(process.env.PORTAL_URL)}`);
});

// Keep the Okta session alive while the portal is open, and end it on sign-out, by session id.
app.post('/session/keep-alive', async (req, res) => {
  const session = await client.getSession(req.session.oktaSessionId);
  await session.refresh();
  res.sendStatus(204);
});

app.post('/logout', async (req, res) => {
  await admin.delete(`/sessions/${req.session.oktaSessionId}`);
  req.session.destroy(() => res.redirect('/'));
});

// Registration inline hook: only partner e-mail domains may sign up.
app.post('/okta/hooks/registration', (req, res) => {
  const email = req.body.data.userProfile.email;
  const allowed = email.endsWith('@partner.example');
  res.json({
    commands: [{ type: 'com.okta.action.update', value: { registration: allowed ? 'ALLOW' : 'DENY' } }],
    ...(allowed ? {} : { error: { errorSummary: 'Sign-up is open to partner accounts only.' } }),
  });
});

// Event hook: audit Device Trust enrollments, provision new users.
app.post('/okta/events', (req, res) => {
  for (const event of req.body.data.events) {
    switch (event.eventType) {
      case 'user.credential.enroll':
        console.log('device certificate enrolled for', event.actor.alternateId);
        break;
      case 'user.lifecycle.create':
        console.log('new user', event.target[0].alternateId);
        break;
      default:
        break;
    }
  }
  res.sendStatus(200);
});

module.exports = app;
