// The Express API behind the Acme portal.
import express from 'express';
import he from 'he';
import OktaJwtVerifier from '@okta/jwt-verifier';

const orgUrl = process.env.OKTA_ORG_URL;
const issuer = `${orgUrl}/oauth2/default`;
const app = express();

/** Verify the caller's access token. */
async function authenticate(req, res, next) {
  const verifier = new OktaJwtVerifier({ issuer });
  try {
    req.jwt = await verifier.verifyAccessToken(req.headers.authorization?.split(' ')[1], 'api://default');
    next();
  } catch {
    res.status(401).end();
  }
}

/** The keys, for the mobile app that verifies tokens itself. */
app.get('/api/keys', async (req, res) => {
  const keys = await (await fetch(`${issuer}/v1/keys`)).json();
  res.json(keys);
});

/** The AI assistant asks for an ID-JAG to call the chat API on the user's behalf. */
app.post('/api/assistant/token', authenticate, async (req, res) => {
  const response = await fetch(`${orgUrl}/oauth2/default/v1/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag',
      subject_token: req.body.idToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: req.body.clientAssertion,
      audience: `${orgUrl}/oauth2/aus5h1k6yB3Pr60AX0g5`,
      scope: 'chat.read',
    }),
  });
  res.json(await response.json());
});

/** The password rules, shown on the change-password page. */
app.get('/api/password-rules', authenticate, async (req, res) => {
  const response = await fetch(`${orgUrl}/idp/myaccount/password/complexity-requirements`, {
    headers: { Authorization: req.headers.authorization, Accept: 'application/json; okta-version=1.0.0' },
  });
  const requirements = await response.json();
  res.json({ text: he.decode(requirements.complexity?.description ?? '') });
});

export default app;
