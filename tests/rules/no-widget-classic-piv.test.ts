import rule from '../../src/rules/no-widget-classic-piv.js';
import { ruleTester } from '../helpers/rule-tester.js';

const importWidget = "import OktaSignIn from '@okta/okta-signin-widget';\n";

ruleTester.run('no-widget-classic-piv', rule, {
  valid: [
    // The cosmetic options Identity Engine still reads.
    importWidget + "new OktaSignIn({ piv: { text: 'Use a smart card', className: 'btn-piv' } });",
    "const mtls = { piv: { certAuthUrl: '/mtls' } };",
  ],
  invalid: [
    {
      code: importWidget + "new OktaSignIn({ piv: { certAuthUrl: '/mtls/cert', customDomain: 'login.example.com', isCustomDomain: true, text: 'Smart card' } });",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'piv.certAuthUrl', instead: 'configure a Smart Card (X509) IdP and an IdP routing rule; the widget then shows the PIV button by itself' },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'removeOption',
              output: importWidget + "new OktaSignIn({ piv: { customDomain: 'login.example.com', isCustomDomain: true, text: 'Smart card' } });",
            },
          ],
        },
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 52,
          suggestions: [
            { messageId: 'removeOption', output: importWidget + "new OktaSignIn({ piv: { certAuthUrl: '/mtls/cert', isCustomDomain: true, text: 'Smart card' } });" },
          ],
        },
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 87,
          suggestions: [
            { messageId: 'removeOption', output: importWidget + "new OktaSignIn({ piv: { certAuthUrl: '/mtls/cert', customDomain: 'login.example.com', text: 'Smart card' } });" },
          ],
        },
      ],
    },
  ],
});
