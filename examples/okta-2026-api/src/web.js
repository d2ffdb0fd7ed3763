// The portal's browser code.
import { OktaAuth } from '@okta/okta-auth-js';

const authClient = new OktaAuth({ issuer: 'https://acme.okta.com/oauth2/default', clientId: '0oa1b2c3d4E5f6G7h8i9' });

/** Offer security keys first when the user enrolls an authenticator. */
export async function enrollSecurityKey() {
  const transaction = await authClient.idx.proceed();
  const webauthn = transaction.nextStep.options.find((option) => option.label === 'Security Key or Biometric');
  return authClient.idx.proceed({ authenticator: webauthn.value });
}

/** Native to Web SSO: open the billing web app with the one-time token the mobile app handed over. */
export function openBilling(interclientToken) {
  const url = `https://acme.okta.com/oauth2/v1/authorize?client_id=0oa9billing&response_type=code&scope=openid%20interclient_access` +
    `&redirect_uri=${encodeURIComponent('https://billing.acme.example/callback')}&state=${crypto.randomUUID()}&interclient_token=${interclientToken}`;
  window.location.assign(url);
}
