import { oktaGuide } from '../data/doc-urls.js';
import { createWidgetOptionRule } from '../kit/widget-rule.js';

export default createWidgetOptionRule({
  name: 'no-widget-process-creds',
  description: 'Disallow the processCreds hook, which the Sign-In Widget never calls on Okta Identity Engine',
  recommended: 'error',
  source: { doc: 'ie-limitations', heading: 'Sign-In Widget customization - processCreds hook' },
  oktaGuide: oktaGuide.widgetDeprecatedMethods,
  message: 'The Sign-In Widget never calls `{{option}}` on Okta Identity Engine: {{instead}}.',
  fixable: false,
});
