import noClassicSelfServiceRegistration from './no-classic-self-service-registration.js';
import noUnsupportedWidgetFeatures from './no-unsupported-widget-features.js';
import noWidgetClassicPiv from './no-widget-classic-piv.js';
import noWidgetHelpSupportNumber from './no-widget-help-support-number.js';
import noWidgetNeedHelpString from './no-widget-need-help-string.js';
import noWidgetProcessCreds from './no-widget-process-creds.js';
import noWidgetSecurityImage from './no-widget-security-image.js';

/** Every rule, by id. Kept in alphabetical order; a test checks it against `src/rules/` and `docs/rules/`. */
export const rules = {
  'no-classic-self-service-registration': noClassicSelfServiceRegistration,
  'no-unsupported-widget-features': noUnsupportedWidgetFeatures,
  'no-widget-classic-piv': noWidgetClassicPiv,
  'no-widget-help-support-number': noWidgetHelpSupportNumber,
  'no-widget-need-help-string': noWidgetNeedHelpString,
  'no-widget-process-creds': noWidgetProcessCreds,
  'no-widget-security-image': noWidgetSecurityImage,
};

export type RuleName = keyof typeof rules;
