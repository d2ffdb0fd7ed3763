import rule from '../../src/rules/no-authenticator-name-match.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const nameMessage = (label: string) => ({ messageId: 'nameMatch' as const, data: { label } });

ruleTester.run('no-authenticator-name-match', rule, {
  valid: [
    // The key is what stays the same.
    "const webauthn = authenticators.find((authenticator) => authenticator.key === 'webauthn');",
    "if (factor.factorType === 'webauthn') enroll(factor);",
    // A regex on the key is not a display-name match.
    'const isWebauthn = /webauthn/i.test(authenticator.key);',
    // Patterns that would make a backtracking engine run for ever: read from their source, never run, and they
    // match no label (each needs a `!` at the end). The rule answers at once.
    'if (/^(passkey|(\\w|\\w)*|\\s)*!$/i.test(authenticator.name)) run();',
    "if (new RegExp('^(security key|(\\\\w|\\\\w)*|\\\\s)*!$', 'i').test(authenticator.name)) run();",
    // A pattern the reader does not understand (a lookahead) names nothing.
    'if (/(?=passkey)passkey/i.test(authenticator.name)) run();',
    // Showing the text is fine: only comparisons and selectors are reported.
    "const title = 'Security Key or Biometric Authenticator';\ndocument.querySelector('h1').textContent = title;",
    "i18n.add({ 'oie.webauthn.label': 'Passkeys (FIDO2 WebAuthn)' });",
    // Other authenticators' names.
    "authenticators.find((a) => a.name === 'Okta Verify');",
    "cy.contains('Okta Verify').click();",
    // A comparison with a text that is built at run time.
    'if (a.name === `${brand} key`) pick(a);',
    // 'passkey' as an app's own value, or in an error message, is not the authenticator's display name.
    "import { OktaAuth } from '@okta/okta-auth-js';\nif (method === 'passkey' || error.message.includes('Passkey') || /passkeys?/i.test(error.message)) retry();",
    "import { OktaAuth } from '@okta/okta-auth-js';\nswitch (kind) { case 'passkey': break; }",
    // An org on Classic Engine does not get the rebrand.
    {
      code: "authenticators.find((a) => a.name === 'Security Key or Biometric');",
      settings: { 'okta-oie': { engine: 'classic' } },
    },
  ],
  invalid: [
    {
      code: "const webauthn = authenticators.find((a) => a.name === 'Security Key or Biometric');",
      output: null,
      errors: [
        {
          ...nameMessage('Security Key or Biometric'),
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'matchKey',
              data: { replacement: "a.key === 'webauthn'" },
              output: "const webauthn = authenticators.find((a) => a.key === 'webauthn');",
            },
          ],
        },
      ],
    },
    {
      // !==, the label on the left, optional chaining, a same-file constant.
      code: code`
        const FIDO_NAME = 'FIDO2 (WebAuthn)';
        const others = list.filter((authenticator) => FIDO_NAME !== authenticator?.displayName);
      `,
      output: null,
      errors: [
        {
          ...nameMessage('FIDO2 (WebAuthn)'),
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'matchKey',
              data: { replacement: "authenticator?.key !== 'webauthn'" },
              output: code`
                const FIDO_NAME = 'FIDO2 (WebAuthn)';
                const others = list.filter((authenticator) => authenticator?.key !== 'webauthn');
              `,
            },
          ],
        },
      ],
    },
    {
      // A factor object: match its factorType. Case and spacing are normalized like the comparison in the code.
      code: "// okta\nif (factor.label.toLowerCase() == 'passkeys (fido2 webauthn)') verify(factor);",
      output: null,
      errors: [
        {
          ...nameMessage('Passkeys (FIDO2 WebAuthn)'),
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'matchKey',
              data: { replacement: "factor.factorType === 'webauthn'" },
              output: "// okta\nif (factor.factorType === 'webauthn') verify(factor);",
            },
          ],
        },
      ],
    },
    {
      // A name that is not a member: reported, no suggestion.
      code: "import { OktaAuth } from '@okta/okta-auth-js';\nconst picked = names.some(({ name }) => name === 'Passkeys (FIDO2 WebAuthn)');",
      output: null,
      errors: [{ ...nameMessage('Passkeys (FIDO2 WebAuthn)'), line: 2, column: 41, endLine: 2, endColumn: 77, suggestions: [] }],
    },
    {
      // The common word 'Passkeys' counts when it is compared with a display name.
      code: "import { OktaAuth } from '@okta/okta-auth-js';\nconst rebranded = authenticator.displayName === 'Passkeys';",
      output: null,
      errors: [
        {
          ...nameMessage('Passkeys'),
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'matchKey',
              data: { replacement: "authenticator.key === 'webauthn'" },
              output: "import { OktaAuth } from '@okta/okta-auth-js';\nconst rebranded = authenticator.key === 'webauthn';",
            },
          ],
        },
      ],
    },
    {
      code: code`
        switch (authenticator.displayName) {
          case 'Security Key or Biometric':
            return enrollWebauthn();
          default:
            return null;
        }
      `,
      output: null,
      errors: [{ ...nameMessage('Security Key or Biometric'), line: 2, column: 8, endLine: 2, endColumn: 35, suggestions: [] }],
    },
    {
      code: "const hasKey = enrolled.some((f) => f.name.includes('Security Key or Biometric'));",
      output: null,
      errors: [
        {
          ...nameMessage('Security Key or Biometric'),
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 81,
          suggestions: [
            { messageId: 'matchKey', data: { replacement: "f.key === 'webauthn'" }, output: "const hasKey = enrolled.some((f) => f.key === 'webauthn');" },
          ],
        },
      ],
    },
    {
      // An array of labels, and a regular expression.
      code: code`
        const isWebauthn = (a) => ['FIDO2 (WebAuthn)', 'Passkeys (FIDO2 WebAuthn)'].includes(a.name);
        const isKey = (a) => /security key or biometric/i.test(a.name);
      `,
      output: null,
      errors: [
        {
          ...nameMessage('FIDO2 (WebAuthn)'),
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'matchKey',
              data: { replacement: "a.key === 'webauthn'" },
              output: code`
                const isWebauthn = (a) => a.key === 'webauthn';
                const isKey = (a) => /security key or biometric/i.test(a.name);
              `,
            },
          ],
        },
        {
          ...nameMessage('Security Key or Biometric'),
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'matchKey',
              data: { replacement: "a.key === 'webauthn'" },
              output: code`
                const isWebauthn = (a) => ['FIDO2 (WebAuthn)', 'Passkeys (FIDO2 WebAuthn)'].includes(a.name);
                const isKey = (a) => a.key === 'webauthn';
              `,
            },
          ],
        },
      ],
    },
    {
      // UI test selectors: Playwright, Testing Library, Cypress.
      code: code`
        await page.getByText('Security Key or Biometric Authenticator').click();
        await page.getByRole('button', { name: 'Set up a passkey' }).click();
        await page.locator('text=Verify with Security Key or Biometric Authenticator').waitFor();
        screen.getByText(/passkey/i);
        cy.contains('[data-se="authenticator-button"]', 'FIDO2 (WebAuthn)').click();
      `,
      output: null,
      errors: [
        { messageId: 'selectorMatch', data: { label: 'Security Key or Biometric Authenticator' }, line: 1, column: 7, endLine: 1, endColumn: 64 },
        { messageId: 'selectorMatch', data: { label: 'Set up a passkey' }, line: 2, column: 7, endLine: 2, endColumn: 61 },
        { messageId: 'selectorMatch', data: { label: 'Verify with Security Key or Biometric Authenticator' }, line: 3, column: 7, endLine: 3, endColumn: 79 },
        { messageId: 'selectorMatch', data: { label: 'Passkeys' }, line: 4, column: 1, endLine: 4, endColumn: 29 },
        { messageId: 'selectorMatch', data: { label: 'FIDO2 (WebAuthn)' }, line: 5, column: 1, endLine: 5, endColumn: 68 },
      ],
    },
  ],
});
