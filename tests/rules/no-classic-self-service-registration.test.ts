import rule from '../../src/rules/no-classic-self-service-registration.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const importWidget = "import OktaSignIn from '@okta/okta-signin-widget';\n";

ruleTester.run('no-classic-self-service-registration', rule, {
  valid: [
    // An inline hook response: `registration` is a command value, not a widget flag.
    "res.json({ commands: [{ type: 'com.okta.action.update', value: { registration: 'DENY' } }] });",
    // A service worker registration.
    "navigator.serviceWorker.register('/sw.js').then((registration) => registration.update());",
    // An unrelated feature toggle object with no widget in sight.
    'export const features = { registration: true, darkMode: false };',
    importWidget + 'new OktaSignIn({ features: { registration: false } });',
    // The Identity Engine shape of parseSchema, and the callbacks that stay supported.
    importWidget +
      "new OktaSignIn({ registration: { click() { location.href = '/signup'; }, parseSchema(schema, onSuccess) { schema.push({ name: 'userProfile.city', type: 'text' }); onSuccess(schema); } } });",
    // zod's parseSchema is not a widget option.
    "import { z } from 'zod';\nconst parseSchema = (schema) => z.object(schema.profileSchema);",
  ],
  invalid: [
    {
      // The Registration API paths written where the request is not: endpoint constants of a paths module.
      code: code`
        export const REGISTRATION_FORM = '/api/v1/registration/form';
        export const register = (policyId) => \`\${ORG}/api/v1/registration/\${policyId}/register\`;
      `,
      output: null,
      errors: [
        { messageId: 'registrationApi', data: { operation: '/api/v1/registration/form' }, line: 1, column: 34, endLine: 1, endColumn: 61 },
        { messageId: 'registrationApi', data: { operation: '/api/v1/registration/{…}/register' }, line: 2, column: 39, endLine: 2, endColumn: 88 },
      ],
    },
    {
      // features.registration is reported once, by this rule.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          clientId: 'abc',
          policyId: '00p1abcd',
          features: { registration: true, rememberMe: true },
        });
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          clientId: 'abc',
          features: { rememberMe: true },
        });
      `,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'policyId', instead: 'Identity Engine sign-up follows the profile enrollment policy, not a registration policy id' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 11,
        },
        {
          messageId: 'ignoredOption',
          data: { option: 'features.registration', instead: 'turn on sign-up with a profile enrollment policy in the org' },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 27,
        },
      ],
    },
    {
      // The Classic schema shape inside parseSchema, inline and through a same-file function.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        function addCity(schema, onSuccess) {
          schema.profileSchema.properties.city = { type: 'string' };
          onSuccess(schema);
        }
        new OktaSignIn({ registration: { parseSchema: addCity } });
        new OktaSignIn({ registration: { parseSchema: ({ profileSchema }, ok) => ok(profileSchema) } });
      `,
      output: null,
      errors: [
        { messageId: 'classicSchemaShape', line: 3, column: 3, endLine: 3, endColumn: 23 },
        { messageId: 'classicSchemaShape', line: 7, column: 50, endLine: 7, endColumn: 63 },
      ],
    },
    {
      // The hosted page's config object comes from Okta's page code: a suggestion, not an autofix.
      code: "var config = OktaUtil.getSignInWidgetConfig();\nconfig['features.registration'] = true;",
      output: null,
      errors: [{ messageId: 'ignoredOption', line: 2, column: 1, suggestions: [{ messageId: 'removeOption', output: 'var config = OktaUtil.getSignInWidgetConfig();\n' }] }],
    },
    // Issue 12: fixes that would change what the program does are suggestions, or cut less.
    {
      // A later write goes through `features`: `registration` goes, `features` stays for the write.
      code: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com', features: { registration: true } };\nnew OktaSignIn(cfg);\ncfg.features.rememberMe = true;",
      output: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com', features: {} };\nnew OktaSignIn(cfg);\ncfg.features.rememberMe = true;",
      errors: [{ messageId: 'ignoredOption', line: 2, column: 61 }],
    },
    {
      // A later read of the option itself: a suggestion.
      code: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com', features: { registration: true } };\nnew OktaSignIn(cfg);\nif (cfg.features.registration) showSignUp();",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 61,
          suggestions: [{ messageId: 'removeOption', output: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com', features: {} };\nnew OktaSignIn(cfg);\nif (cfg.features.registration) showSignUp();" }],
        },
      ],
    },
    {
      // A spread shares the object: only the option goes, never the spread.
      code: importWidget + 'const shared = { rememberMe: true };\nnew OktaSignIn({ features: { ...shared, registration: true } });',
      output: importWidget + 'const shared = { rememberMe: true };\nnew OktaSignIn({ features: { ...shared } });',
      errors: [{ messageId: 'ignoredOption', line: 3, column: 41 }],
    },
    {
      // So does a computed key.
      code: importWidget + 'new OktaSignIn({ features: { [key()]: true, registration: true } });',
      output: importWidget + 'new OktaSignIn({ features: { [key()]: true } });',
      errors: [{ messageId: 'ignoredOption', line: 2, column: 45 }],
    },
    {
      // A tagged template runs code: a suggestion.
      code: importWidget + 'new OktaSignIn({ features: { registration: track`signup` } });',
      output: null,
      errors: [{ messageId: 'ignoredOption', line: 2, column: 30, suggestions: [{ messageId: 'removeOption', output: importWidget + 'new OktaSignIn({ features: {} });' }] }],
    },
    {
      // So does a comma expression with a call.
      code: importWidget + 'new OktaSignIn({ features: { registration: (log(), true) } });',
      output: null,
      errors: [{ messageId: 'ignoredOption', line: 2, column: 30, suggestions: [{ messageId: 'removeOption', output: importWidget + 'new OktaSignIn({ features: {} });' }] }],
    },
    {
      // An exported config is read by other modules: a suggestion.
      code: importWidget + 'export const cfg = { features: { registration: true } };\nnew OktaSignIn(cfg);',
      output: null,
      errors: [{ messageId: 'ignoredOption', line: 2, column: 34, suggestions: [{ messageId: 'removeOption', output: importWidget + 'export const cfg = { features: {} };\nnew OktaSignIn(cfg);' }] }],
    },
    {
      // A variable read only by the widget: the control case, still fixed, `features` and all.
      code: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com', features: { registration: true } };\nnew OktaSignIn(cfg).renderEl({ el: '#w' });",
      output: importWidget + "const cfg = { baseUrl: 'https://acme.okta.com' };\nnew OktaSignIn(cfg).renderEl({ el: '#w' });",
      errors: [{ messageId: 'ignoredOption', line: 2, column: 61 }],
    },
    {
      // A comment on a line of its own stays; the one trailing the option goes with it.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          baseUrl: 'https://acme.okta.com',
          features: {
            // Sign-up
            registration: true, // show "Sign up"
            rememberMe: true,
          },
        });
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          baseUrl: 'https://acme.okta.com',
          features: {
            // Sign-up
            rememberMe: true,
          },
        });
      `,
      errors: [{ messageId: 'ignoredOption', line: 6, column: 5 }],
    },
  ],
});

jsonRuleTester.run('no-classic-self-service-registration (JSON)', rule as never, {
  valid: [{ code: '{ "commands": [{ "type": "com.okta.action.update", "value": { "registration": "DENY" } }] }', filename: 'hook-response.json' }],
  invalid: [
    {
      code: '{ "baseUrl": "https://acme.okta.com", "features.registration": true }',
      filename: 'widget.json',
      output: '{ "baseUrl": "https://acme.okta.com" }',
      errors: [{ messageId: 'ignoredOption', line: 1, column: 39 }],
    },
  ],
});

ruleTester.run('no-classic-self-service-registration (the Registration API)', rule, {
  valid: [
    // Dynamic client registration is a different API; an app's own sign-up route; IDX registration.
    "await fetch(`${okta}/oauth2/v1/clients`, { method: 'POST', body: JSON.stringify({ client_name: 'registration' }) });",
    "await fetch('/api/v1/registrations', { method: 'POST', body: JSON.stringify(form) });\nconst okta = true;",
    "import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer });\nawait authClient.idx.register({ firstName, lastName, email });",
    { code: "await fetch(`${okta}/api/v1/registration/form`);", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      code: code`
        import axios from 'axios';
        const form = await fetch(\`\${okta}/api/v1/registration/form\`);
        await axios.post(\`\${okta}/api/v1/registration/\${policyId}/register\`, { userProfile });
        $.ajax({ url: okta + '/api/v1/registration', type: 'POST', data: JSON.stringify({ userProfile }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'registrationApi',
          data: { operation: 'GET /api/v1/registration/form' },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 60,
        },
        {
          messageId: 'registrationApi',
          data: { operation: 'POST /api/v1/registration/{…}/register' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 68,
        },
        { messageId: 'registrationApi', data: { operation: 'POST /api/v1/registration' }, line: 4, column: 15, endLine: 4, endColumn: 44 },
      ],
    },
    {
      // A widget config and a Registration API call in the same file: both parts report.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({ baseUrl: okta, features: { registration: true } });
        fetch(okta + '/api/v1/registration/form');
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({ baseUrl: okta });
        fetch(okta + '/api/v1/registration/form');
      `,
      errors: [
        { messageId: 'ignoredOption', line: 2, column: 45, endLine: 2, endColumn: 57 },
        { messageId: 'registrationApi', line: 3, column: 7, endLine: 3, endColumn: 41 },
      ],
    },
  ],
});
