import rule from '../../src/rules/no-widget-help-support-number.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const importWidget = "import OktaSignIn from '@okta/okta-signin-widget';\n";

ruleTester.run('no-widget-help-support-number', rule, {
  valid: [
    // The Identity Engine substitute.
    importWidget + "new OktaSignIn({ helpLinks: { help: 'https://example.com/support' } });",
    // An unrelated object with the same key.
    "const contact = { helpSupportNumber: '(555) 010-0100' };",
    // An i18n key Identity Engine renders.
    importWidget + "new OktaSignIn({ i18n: { en: { 'primaryauth.title': 'Sign in' } } });",
  ],
  invalid: [
    {
      // An Angular component keeps the widget as a class field and passes the options to `showSignIn` later.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        export class LoginComponent {
          #widget = new OktaSignIn({ issuer, clientId });
          async ngOnInit() {
            await this.#widget.showSignIn({ el: '#okta', helpSupportNumber: '(555) 010-0100' });
          }
        }
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        export class LoginComponent {
          #widget = new OktaSignIn({ issuer, clientId });
          async ngOnInit() {
            await this.#widget.showSignIn({ el: '#okta' });
          }
        }
      `,
      errors: [{ messageId: 'ignoredOption', line: 5, column: 50, endLine: 5, endColumn: 67 }],
    },
    {
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          issuer: 'https://acme.okta.com/oauth2/default',
          helpSupportNumber: '(555) 010-0100',
          i18n: { en: { 'contact.support': 'Call {0}', 'primaryauth.title': 'Sign in' } },
        });
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          issuer: 'https://acme.okta.com/oauth2/default',
          i18n: { en: { 'contact.support': 'Call {0}', 'primaryauth.title': 'Sign in' } },
        });
      `,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'helpSupportNumber', instead: 'link your support page with `helpLinks.help` instead' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 20,
        },
        {
          messageId: 'ignoredOption',
          data: { option: 'i18n.en.contact.support', instead: 'the widget never renders this string; link your support page with `helpLinks.help`' },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'i18n.en.contact.support', instead: 'the widget never renders this string; link your support page with `helpLinks.help`' },
              output: code`
                import OktaSignIn from '@okta/okta-signin-widget';
                new OktaSignIn({
                  issuer: 'https://acme.okta.com/oauth2/default',
                  helpSupportNumber: '(555) 010-0100',
                  i18n: { en: { 'primaryauth.title': 'Sign in' } },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // Deprecated `labels` option and an assignment.
      code: "const cfg = OktaUtil.getSignInWidgetConfig();\ncfg.helpSupportNumber = '555';\ncfg.labels = { 'contact.support': 'Call us' };",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 1,
          endColumn: 22,
          suggestions: [{ messageId: 'removeOption', output: "const cfg = OktaUtil.getSignInWidgetConfig();\ncfg.labels = { 'contact.support': 'Call us' };" }],
        },
        {
          messageId: 'ignoredOption',
          line: 3,
          column: 16,
          suggestions: [{ messageId: 'removeOption', output: "const cfg = OktaUtil.getSignInWidgetConfig();\ncfg.helpSupportNumber = '555';\ncfg.labels = {};" }],
        },
      ],
    },
    // Issue 12: fixes that would change what the program does are suggestions.
    {
      // The removed option is read later.
      code: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com', helpSupportNumber: '(555) 010-0100' };\nnew OktaSignIn(cfg);\nconsole.log(cfg.helpSupportNumber.length);",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 49,
          suggestions: [{ messageId: 'removeOption', output: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com' };\nnew OktaSignIn(cfg);\nconsole.log(cfg.helpSupportNumber.length);" }],
        },
      ],
    },
    {
      // An assignment on a config this file makes: fixed, and in no-semicolon code the `;` that kept the next line
      // apart stays.
      code: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com' }\nnew OktaSignIn(cfg)\ncfg.helpSupportNumber = '555';\n(async () => {})()",
      output: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com' }\nnew OktaSignIn(cfg)\n;\n(async () => {})()",
      errors: [{ messageId: 'ignoredOption', line: 4, column: 1 }],
    },
    {
      // The assignment runs in a function that may run before the config exists (temporal dead zone): a suggestion.
      code: importWidget + "function setUp() { cfg.helpSupportNumber = '555'; }\nsetUp();\nconst cfg = { baseUrl: 'https://acme.okta.com' };\nnew OktaSignIn(cfg);",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 20,
          suggestions: [{ messageId: 'removeOption', output: importWidget + "function setUp() { }\nsetUp();\nconst cfg = { baseUrl: 'https://acme.okta.com' };\nnew OktaSignIn(cfg);" }],
        },
      ],
    },
    {
      // A config kept in a global of a page script: other scripts of the page may read it. A suggestion.
      code: "var cfg = { baseUrl: 'https://acme.okta.com', helpSupportNumber: '555' };\nnew OktaSignIn(cfg);",
      languageOptions: { parserOptions: { sourceType: 'script' } },
      output: null,
      errors: [{ messageId: 'ignoredOption', line: 1, column: 47, suggestions: [{ messageId: 'removeOption', output: "var cfg = { baseUrl: 'https://acme.okta.com' };\nnew OktaSignIn(cfg);" }] }],
    },
  ],
});
