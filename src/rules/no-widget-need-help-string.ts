import { oktaGuide } from '../data/doc-urls.js';
import { createWidgetOptionRule } from '../kit/widget-rule.js';

export default createWidgetOptionRule({
  name: 'no-widget-need-help-string',
  description: 'Disallow the "Need help signing in?" string, which Okta Identity Engine removed',
  recommended: 'warn',
  source: { doc: 'ie-limitations', heading: 'Sign-In Widget customization - Help title link and Need help signing in string' },
  oktaGuide: oktaGuide.widgetUpgrade,
  message: 'Okta Identity Engine removed the "Need help signing in?" string, so `{{option}}` is never shown: {{instead}}.',
  fixable: false,
});
