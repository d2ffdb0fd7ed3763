import OktaSignIn from '@okta/okta-signin-widget';

// Defaults shared by every sign-in page of the app.
const defaults = {
  clientId: '0oa1b2c3d4E5f6G7h8i9',
  redirectUri: `${window.location.origin}/login/callback`,
  features: {
    idpDiscovery: true,
    webauthn: true,
  },
};

export function mountSignIn(el: string): OktaSignIn {
  const widget = new OktaSignIn({
    ...defaults,
    issuer: 'https://acme.okta.com/oauth2/default',
    features: {
      autoPush: true,
      multiOptionalFactorEnroll: true,
      hideSignOutLinkInMFA: true,
    },
    piv: {
      certAuthUrl: '/mtls/certificate',
      text: 'Sign in with a smart card',
    },
  });
  widget.renderEl({ el });
  return widget;
}
