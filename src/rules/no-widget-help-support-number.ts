import { oktaGuide } from '../data/doc-urls.js';
import { createWidgetOptionRule } from '../kit/widget-rule.js';

export default createWidgetOptionRule({
  name: 'no-widget-help-support-number',
  description: 'Disallow the Help Support number, which Okta Identity Engine no longer shows',
  recommended: 'warn',
  source: { doc: 'ie-limitations', heading: 'Help Support number' },
  oktaGuide: oktaGuide.ieLimitations,
  message: 'Okta Identity Engine no longer shows a Help Support number, so the Sign-In Widget ignores `{{option}}`: {{instead}}.',
  fixable: true,
});
