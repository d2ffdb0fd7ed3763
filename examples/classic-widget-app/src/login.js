/* global OktaSignIn */
// Sign-in page of the support portal. Written for Okta Classic Engine (widget loaded from the Okta CDN).

const config = {
  baseUrl: 'https://acme.okta.com',
  logo: '/img/acme.svg',
  helpSupportNumber: '(555) 010-0100',
  policyId: '00p1c2d3e4F5g6H7i8j9',
  features: {
    registration: true, // show the "Sign up" link
    selfServiceUnlock: true,
    smsRecovery: true,
    rememberMe: true,
  },
  i18n: {
    en: {
      needhelp: 'Trouble signing in?',
      'primaryauth.title': 'Sign in to Acme Support',
    },
  },
  processCreds(creds, callback) {
    window.analytics.track('login-attempt', { user: creds.username });
    callback();
  },
};

const signIn = new OktaSignIn(config);

signIn.renderEl({ el: '#okta-login-container' }, (res) => {
  if (res.status === 'SUCCESS') res.session.setCookieAndRedirect('/portal');
});
