import rule from '../../src/rules/no-widget-need-help-string.js';
import { jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const importWidget = "import OktaSignIn from '@okta/okta-signin-widget';\n";
const instead = "the Identity Engine footer link is labelled by the 'help' key and points to `helpLinks.help`";

ruleTester.run('no-widget-need-help-string', rule, {
  valid: [
    importWidget + "new OktaSignIn({ i18n: { en: { help: 'Trouble signing in?' } }, helpLinks: { help: '/help' } });",
    // helpLinks are honoured on Identity Engine.
    importWidget + "new OktaSignIn({ helpLinks: { custom: [{ text: 'FAQ', href: '/faq' }], unlock: '/unlock' } });",
    // A translation table that is not a widget config.
    "const messages = { en: { needhelp: 'Need help?' } };",
  ],
  invalid: [
    {
      code: importWidget + "new OktaSignIn({ i18n: { en: { needhelp: 'Trouble signing in?' }, fr: { \"needhelp\": 'Besoin d’aide ?' } } });",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'i18n.en.needhelp', instead },
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'renameOption',
              data: { option: 'i18n.en.needhelp', instead, to: 'help' },
              output: importWidget + "new OktaSignIn({ i18n: { en: { help: 'Trouble signing in?' }, fr: { \"needhelp\": 'Besoin d’aide ?' } } });",
            },
          ],
        },
        {
          messageId: 'ignoredOption',
          data: { option: 'i18n.fr.needhelp', instead },
          line: 2,
          column: 73,
          suggestions: [
            {
              messageId: 'renameOption',
              data: { option: 'i18n.fr.needhelp', instead, to: 'help' },
              output: importWidget + "new OktaSignIn({ i18n: { en: { needhelp: 'Trouble signing in?' }, fr: { \"help\": 'Besoin d’aide ?' } } });",
            },
          ],
        },
      ],
    },
    {
      // A `help` label already exists: renaming would make a duplicate key, so no suggestion.
      code: importWidget + "new OktaSignIn({ i18n: { en: { help: 'Help', needhelp: 'Need help?' } } });",
      output: null,
      errors: [{ messageId: 'ignoredOption', line: 2, column: 46, suggestions: [] }],
    },
    {
      // A translation table shared with other code: still a rename suggestion, never a removal.
      code: importWidget + "const labels = { en: { needhelp: 'Stuck?' } };\nnew OktaSignIn({ i18n: labels });\nexport { labels };",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 24,
          suggestions: [{ messageId: 'renameOption', output: importWidget + "const labels = { en: { help: 'Stuck?' } };\nnew OktaSignIn({ i18n: labels });\nexport { labels };" }],
        },
      ],
    },
    {
      code: "var config = OktaUtil.getSignInWidgetConfig();\nconfig.i18n.en.needhelp = 'Stuck?';",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 1,
          endColumn: 24,
          suggestions: [{ messageId: 'renameOption', output: "var config = OktaUtil.getSignInWidgetConfig();\nconfig.i18n.en.help = 'Stuck?';" }],
        },
      ],
    },
  ],
});

jsonRuleTester.run('no-widget-need-help-string (JSON)', rule as never, {
  valid: [],
  invalid: [
    {
      code: '{ "widgetConfig": { "i18n": { "en": { "needhelp": "Stuck?" } } } }',
      filename: 'settings.json',
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 1,
          column: 39,
          suggestions: [{ messageId: 'renameOption', output: '{ "widgetConfig": { "i18n": { "en": { "help": "Stuck?" } } } }' }],
        },
      ],
    },
  ],
});
