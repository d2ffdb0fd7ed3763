import rule from '../../src/rules/no-widget-security-image.js';
import { jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const importWidget = "import OktaSignIn from '@okta/okta-signin-widget';\n";

ruleTester.run('no-widget-security-image', rule, {
  valid: [
    importWidget + 'new OktaSignIn({ features: { securityImage: false } });',
    // Not a widget config.
    'const page = { features: { securityImage: true } };',
    // Explicitly Classic.
    importWidget + 'new OktaSignIn({ useClassicEngine: true, clientId: "abc", features: { securityImage: true } });',
    // A flag owned by another rule.
    importWidget + 'new OktaSignIn({ features: { autoPush: true } });',
  ],
  invalid: [
    {
      code: importWidget + 'new OktaSignIn({ features: { securityImage: true, useDeviceFingerprintForSecurityImage: true } });',
      output: [
        importWidget + 'new OktaSignIn({});',
      ],
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'features.securityImage', instead: 'Identity Engine shows no security image; use phishing-resistant authenticators against phishing' },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 43,
        },
        { messageId: 'ignoredOption', line: 2, column: 51, endLine: 2, endColumn: 87 },
      ],
    },
    {
      code: "var config = OktaUtil.getSignInWidgetConfig();\nconfig['features.securityImage'] = true;\nnew OktaSignIn(config).renderEl({ el: '#w' });",
      output: "var config = OktaUtil.getSignInWidgetConfig();\nnew OktaSignIn(config).renderEl({ el: '#w' });",
      errors: [{ messageId: 'ignoredOption', line: 2, column: 1, endColumn: 33 }],
    },
  ],
});

jsonRuleTester.run('no-widget-security-image (JSON)', rule as never, {
  valid: [{ code: '{ "clientId": "abc", "features": { "securityImage": false } }', filename: 'widget.json' }],
  invalid: [
    {
      code: '{ "clientId": "abc", "features": { "securityImage": true, "rememberMe": true } }',
      filename: 'okta.json',
      output: '{ "clientId": "abc", "features": { "rememberMe": true } }',
      errors: [{ messageId: 'ignoredOption', line: 1, column: 36 }],
    },
  ],
});
