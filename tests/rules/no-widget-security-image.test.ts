import rule from '../../src/rules/no-widget-security-image.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

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
          data: { option: 'features.securityImage', instead: 'use phishing-resistant authenticators against phishing' },
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
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 1,
          endColumn: 33,
          suggestions: [{ messageId: 'removeOption', output: "var config = OktaUtil.getSignInWidgetConfig();\nnew OktaSignIn(config).renderEl({ el: '#w' });" }],
        },
      ],
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

ruleTester.run('no-widget-security-image (the login-getimage request)', rule, {
  valid: [
    // Not the security image endpoint, or not a request.
    "await fetch(`${okta}/login/getimages`);\nawait fetch(`${okta}/api/v1/users/me`);",
    "const okta = { image: '/login/getimage' };",
    { code: "await fetch(`${okta}/login/getimage?username=${encodeURIComponent(username)}`);", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      // A statement of its own: the suggestion removes it.
      code: code`
        async function showSecurityImage(username) {
          // ask Okta for the user's image
          await fetch(\`\${okta}/login/getimage?username=\${encodeURIComponent(username)}\`, { credentials: 'include' });
          return true;
        }
      `,
      output: null,
      errors: [
        {
          messageId: 'securityImageRequest',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'removeRequest',
              output: code`
                async function showSecurityImage(username) {
                  // ask Okta for the user's image
                  return true;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // jQuery and axios whose results are used: reported, no suggestion.
      code: code`
        import axios from 'axios';
        $.get(oktaUrl + '/login/getimage', { username }).done((res) => $('#security-image').attr('src', res.pictureUrl));
        const { data } = await axios.get(\`\${oktaUrl}/login/getimage\`, { params: { username } });
      `,
      output: null,
      errors: [
        { messageId: 'securityImageRequest', line: 2, column: 7, endLine: 2, endColumn: 34, suggestions: [] },
        { messageId: 'securityImageRequest', line: 3, column: 34, endLine: 3, endColumn: 61, suggestions: [] },
      ],
    },
  ],
});
