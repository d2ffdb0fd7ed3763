import rule from '../../src/rules/valid-password-oel-statement.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
/** A PASSWORD policy created with sdk-nodejs 7+ with this `oelStatement` (the statement as written in code). */
const passwordPolicy = (statement: string, type = "'PASSWORD'") =>
  sdk +
  `await client.policyApi.createPolicy({ policy: { type: ${type}, name: 'Passwords', settings: { password: { complexity: { minLength: 12, oelStatement: ${statement} } } } } });`;

ruleTester.run('valid-password-oel-statement', rule, {
  valid: [
    // Nested beyond what the reader takes (1,000 parentheses, 5,000 NOT): no crash, and silence on the statement.
    passwordPolicy(`"${'('.repeat(1000)}password.value.contains('acme corp')${')'.repeat(1000)}"`),
    passwordPolicy(`"${'NOT '.repeat(5000)}password.value.contains('x')"`),
    // The spec's example, and the Expression Language's `||`.
    passwordPolicy(`"password.value.contains('Word1') OR password.value.contains('Word2')"`),
    passwordPolicy(`"password.value.contains('acme') || password.value.contains('okta')"`),
    passwordPolicy(`"password.value.contains('acme-corp')"`),
    // Built at run time: not a complete literal.
    passwordPolicy('blockedWords.map((word) => `password.value.contains(\'${word}\')`).join(\' OR \')'),
    // Not a PASSWORD policy, or its type is not known.
    passwordPolicy(`"user.login.contains('acme corp')"`, "'ACCESS_POLICY'"),
    passwordPolicy(`"password.value.contains('acme corp')"`, 'policyType'),
    // An object that is not sent anywhere.
    "const complexity = { oelStatement: \"password.value.contains('acme corp')\" };\nconsole.log(complexity);",
  ],
  invalid: [
    {
      // Two words in one clause: the suggestion splits them.
      code: passwordPolicy(`"password.value.contains('acme corp')"`),
      output: null,
      errors: [
        {
          messageId: 'multiWord',
          data: { word: 'acme corp', count: '2' },
          line: 3,
          column: 153,
          endLine: 3,
          endColumn: 191,
          suggestions: [
            {
              messageId: 'splitWords',
              data: { words: "'acme' and 'corp'" },
              output: passwordPolicy(`"password.value.contains('acme') OR password.value.contains('corp')"`),
            },
          ],
        },
      ],
    },
    {
      // The statement's own OR operator is kept; escaped quotes in a single-quoted string stay escaped.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.replacePolicy({ policyId, policy: {
          type: 'PASSWORD',
          settings: { password: { complexity: { oelStatement: 'password.value.contains(\\'okta\\') || password.value.contains(\\'acme corp inc\\')' } } },
        } });
      `,
      output: null,
      errors: [
        {
          messageId: 'multiWord',
          data: { word: 'acme corp inc', count: '3' },
          line: 5,
          column: 55,
          endLine: 5,
          endColumn: 136,
          suggestions: [
            {
              messageId: 'splitWords',
              data: { words: "'acme', 'corp' and 'inc'" },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.policyApi.replacePolicy({ policyId, policy: {
                  type: 'PASSWORD',
                  settings: { password: { complexity: { oelStatement: 'password.value.contains(\\'okta\\') || password.value.contains(\\'acme\\') || password.value.contains(\\'corp\\') || password.value.contains(\\'inc\\')' } } },
                } });
              `,
            },
          ],
        },
      ],
    },
    {
      // fetch + JSON.stringify: AND between blocked words; an empty word; an expression without password.value.
      code: code`
        const policy = (statement) => ({ type: 'PASSWORD', settings: { password: { complexity: { oelStatement: statement } } } });
        await fetch(\`\${org}/api/v1/policies\`, { method: 'POST', body: JSON.stringify({ type: 'PASSWORD', settings: { password: { complexity: { oelStatement: "password.value.contains('okta') AND password.value.contains('acme')" } } } }) });
        await fetch(\`\${org}/api/v1/policies\`, { method: 'POST', body: JSON.stringify({ type: 'PASSWORD', settings: { password: { complexity: { oelStatement: "password.value.contains('')" } } } }) });
        await fetch(\`\${org}/api/v1/policies\`, { method: 'POST', body: JSON.stringify({ type: 'PASSWORD', settings: { password: { complexity: { oelStatement: "user.login.contains('acme')" } } } }) });
      `,
      output: null,
      errors: [
        { messageId: 'joinWithOr', data: { operator: 'AND' }, line: 2, column: 150, endLine: 2, endColumn: 219 },
        { messageId: 'emptyWord', line: 3, column: 150, endLine: 3, endColumn: 179 },
        { messageId: 'missingSubject', line: 4, column: 150, endLine: 4, endColumn: 179 },
      ],
    },
    {
      // axios with an object literal body.
      code: "import axios from 'axios';\nawait axios.put(`${org}/api/v1/policies/${id}`, { type: 'PASSWORD', settings: { password: { complexity: { oelStatement: 'user.login.contains(\"acme\")' } } } });",
      output: null,
      errors: [{ messageId: 'missingSubject', line: 2, column: 121, endLine: 2, endColumn: 150 }],
    },
    {
      // sdk-nodejs 6 updatePolicy(policyId, policy): a multi-word clause next to an AND: no mechanical split.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        client.updatePolicy(policyId, { type: 'PASSWORD', settings: { password: { complexity: { oelStatement: "password.value.contains('acme corp') && password.value.contains('okta')" } } } });
      `,
      output: null,
      errors: [
        { messageId: 'joinWithOr', data: { operator: '&&' }, line: 3, column: 103, endLine: 3, endColumn: 176 },
        { messageId: 'multiWord', data: { word: 'acme corp', count: '2' }, line: 3, column: 103, endLine: 3, endColumn: 176, suggestions: [] },
      ],
    },
  ],
});

jsonRuleTester.run('valid-password-oel-statement (JSON)', rule as never, {
  valid: [
    // A PASSWORD policy with conditions (people, auth provider) is a policy, not a rule, even in JSON.
    {
      code: '{ "type": "PASSWORD", "name": "Passwords", "conditions": { "people": { "groups": { "include": ["00g1"] } } }, "settings": { "password": { "complexity": { "oelStatement": "password.value.contains(\'acme\')" } } } }',
      filename: 'policies/password.json',
    },
    {
      code: '{ "type": "PASSWORD", "name": "Passwords", "settings": { "password": { "complexity": { "oelStatement": "password.value.contains(\'acme\')" } } } }',
      filename: 'policies/password.json',
    },
  ],
  invalid: [
    {
      code: '{ "type": "PASSWORD", "conditions": { "authProvider": { "provider": "OKTA" } }, "settings": { "password": { "complexity": { "oelStatement": "user.login.contains(\'acme\')" } } } }',
      filename: 'policies/password.json',
      output: null,
      errors: [{ messageId: 'missingSubject', line: 1, column: 141, endLine: 1, endColumn: 170 }],
    },
    {
      code: '{\n  "type": "PASSWORD",\n  "name": "Passwords",\n  "settings": { "password": { "complexity": { "oelStatement": "password.value.contains(\'Acme Corp\')" } } }\n}',
      filename: 'policies/password.json',
      output: null,
      errors: [
        {
          messageId: 'multiWord',
          data: { word: 'Acme Corp', count: '2' },
          line: 4,
          column: 63,
          endLine: 4,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'splitWords',
              output:
                '{\n  "type": "PASSWORD",\n  "name": "Passwords",\n  "settings": { "password": { "complexity": { "oelStatement": "password.value.contains(\'Acme\') OR password.value.contains(\'Corp\')" } } }\n}',
            },
          ],
        },
      ],
    },
  ],
});
