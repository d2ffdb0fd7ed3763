import { oktaGuide } from '../data/doc-urls.js';
import { createWidgetOptionRule } from '../kit/widget-rule.js';

export default createWidgetOptionRule({
  name: 'no-widget-classic-piv',
  description: 'Disallow the Classic Engine PIV (smart card) options of the Sign-In Widget',
  recommended: 'warn',
  source: { doc: 'ie-limitations', heading: 'Personal identity verification' },
  oktaGuide: oktaGuide.widgetUpgrade,
  message: 'Okta Identity Engine ignores the Sign-In Widget option `{{option}}`: {{instead}}.',
  fixable: false,
});
