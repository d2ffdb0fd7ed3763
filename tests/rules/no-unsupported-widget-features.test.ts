import rule from '../../src/rules/no-unsupported-widget-features.js';
import { appFile, code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const importWidget = "import OktaSignIn from '@okta/okta-signin-widget';\n";

/** A widget config kept in its own module, naming nothing Okta: `new OktaSignIn(config)` is in another module. */
const configModule = code`
  export default {
    issuer: process.env.ISSUER,
    clientId: process.env.CLIENT_ID,
    redirectUri: window.location.origin + '/login/callback',
    features: { autoPush: true },
  };
`;

ruleTester.run('no-unsupported-widget-features', rule, {
  valid: [
    // An app's own `features` next to `clientId` (a feature-flag service) in a module with no Okta trace, in an app that
    // depends on no Okta package.
    { code: configModule, filename: appFile('plain-app', 'config.js') },
    // The same object inside a function, in an Okta app: only a module-level object counts (strict takes it anywhere).
    { code: 'export function config() {\n  return { clientId: process.env.CLIENT_ID, issuer, features: { autoPush: true } };\n}\n', filename: appFile('okta-app', 'config.js') },
    // No widget in sight: an unrelated object with the same keys.
    'const settings = { features: { idpDiscovery: true, autoPush: true } };',
    // A flag set to the literal false is not a use.
    importWidget + 'new OktaSignIn({ features: { idpDiscovery: false, webauthn: false } });',
    // Flags Identity Engine still reads.
    importWidget + 'new OktaSignIn({ features: { rememberMe: true, hideSignOutLinkInMFA: true, showPasswordToggleOnSignInPage: true } });',
    // A local class that happens to be called OktaSignIn.
    'class OktaSignIn { constructor(o) {} }\nnew OktaSignIn({ features: { autoPush: true } });',
    // A local binding shadows the CDN global.
    'function make(OktaSignIn) { return new OktaSignIn({ features: { autoPush: true } }); }',
    // Explicitly Classic: the /classic bundle, or useClassicEngine.
    "import OktaSignIn from '@okta/okta-signin-widget/classic';\nnew OktaSignIn({ features: { autoPush: true } });",
    importWidget + 'new OktaSignIn({ clientId: "x", useClassicEngine: true, features: { autoPush: true } });',
    // The engine is Classic by setting.
    {
      code: importWidget + 'new OktaSignIn({ features: { autoPush: true } });',
      settings: { 'okta-oie': { engine: 'classic' } },
    },
    // Comments are not code.
    '// new OktaSignIn({ features: { autoPush: true } });\n/* OktaSignIn features.autoPush */',
    // Type declarations.
    {
      code: "import type OktaSignIn from '@okta/okta-signin-widget';\ndeclare const options: { features: { autoPush: true } };",
      filename: 'widget.d.ts',
    },
    // The wider Classic-only list is opt-in.
    importWidget + 'new OktaSignIn({ features: { router: true, passwordlessAuth: true } });',
    // A widget-shaped object with no constructor in sight, inside a function: a heuristic, off by default (`strict` has it).
    "function settings() { return { baseUrl: 'https://acme.okta.com', features: { autoPush: true } }; }",
    // With the heuristic on, a schema that describes the options is not a config (the widget's own Settings model).
    {
      code: "const props = { baseUrl: ['string', true], issuer: 'string', 'features.router': ['boolean', true, false], features: { autoPush: ['boolean', false] } };",
      options: [{ configShapes: true, classicOnlyFlags: true }],
    },
    // With the heuristic on, `features` alone (no baseUrl / clientId / issuer / authParams) is not enough.
    {
      code: 'const flags = { features: { autoPush: true } };',
      options: [{ configShapes: true }],
    },
    // features.registration belongs to no-classic-self-service-registration.
    importWidget + 'new OktaSignIn({ features: { registration: true } });',
    // Dynamic keys cannot be known.
    importWidget + 'const key = pick();\nnew OktaSignIn({ features: { [key]: true } });',
    // A config that cannot be resolved stays silent.
    importWidget + 'new OktaSignIn(loadConfig());',
  ],
  invalid: [
    {
      // A widget config in its own module, in an app that uses the Sign-In Widget (its package.json says so), with no
      // Okta trace in the text. The widget reads it in another module: a suggestion, never an autofix.
      code: configModule,
      filename: appFile('okta-app', 'config.js'),
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'features.autoPush', what: 'feature flag', instead: 'Identity Engine has no automatic push option in the widget; Okta Verify behaviour comes from the authenticator settings' },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 23,
          suggestions: [{ messageId: 'removeOption', output: configModule.replace('features: { autoPush: true }', 'features: {}') }],
        },
      ],
    },
    {
      // A widget kept on `this` (a React class component): the options of `this.widget.renderEl(…)` in another method.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        class Login extends React.Component {
          componentDidMount() {
            this.widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId });
            this.widget.renderEl({ el: '#sign-in', features: { autoPush: true } }, onSuccess);
          }
          componentWillUnmount() { this.widget.remove(); }
        }
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        class Login extends React.Component {
          componentDidMount() {
            this.widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId });
            this.widget.renderEl({ el: '#sign-in' }, onSuccess);
          }
          componentWillUnmount() { this.widget.remove(); }
        }
      `,
      errors: [{ messageId: 'ignoredOption', data: { option: 'features.autoPush', what: 'feature flag', instead: 'Identity Engine has no automatic push option in the widget; Okta Verify behaviour comes from the authenticator settings' }, line: 5, column: 56, endLine: 5, endColumn: 64 }],
    },
    {
      // A member of a settings object, and both branches of a conditional config: the objects are in the file and only
      // the widget reads them, so the autofix removes the flags.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        const settings = { widget: { baseUrl: 'https://acme.okta.com', features: { idpDiscovery: true } } };
        new OktaSignIn(settings.widget);
        const prodCfg = { baseUrl: 'https://acme.okta.com', features: { smsRecovery: true } };
        const devCfg = { baseUrl: 'https://dev.okta.com', features: { callRecovery: true, router: false } };
        new OktaSignIn(isProd ? prodCfg : devCfg);
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        const settings = { widget: { baseUrl: 'https://acme.okta.com' } };
        new OktaSignIn(settings.widget);
        const prodCfg = { baseUrl: 'https://acme.okta.com' };
        const devCfg = { baseUrl: 'https://dev.okta.com', features: { router: false } };
        new OktaSignIn(isProd ? prodCfg : devCfg);
      `,
      errors: [
        { messageId: 'ignoredOption', data: { option: 'features.idpDiscovery', what: 'feature flag', instead: 'route users with Identity Provider routing rules in the org' }, line: 2, column: 76, endLine: 2, endColumn: 88 },
        { messageId: 'ignoredOption', data: { option: 'features.smsRecovery', what: 'feature flag', instead: 'choose recovery authenticators in the password policy and the self-service account recovery settings' }, line: 4, column: 65, endLine: 4, endColumn: 76 },
        { messageId: 'ignoredOption', data: { option: 'features.callRecovery', what: 'feature flag', instead: 'choose recovery authenticators in the password policy and the self-service account recovery settings' }, line: 5, column: 63, endLine: 5, endColumn: 75 },
      ],
    },
    {
      // A same-file wrapper: the config is written at the wrapper's call site, which may pass the object on to other
      // code, so a suggestion.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        function initWidget(config) { return new OktaSignIn(config); }
        initWidget({ baseUrl: 'https://acme.okta.com', features: { webauthn: true } });
      `,
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'features.webauthn', what: 'feature flag', instead: 'offer FIDO2 (WebAuthn) through the authenticator and its enrollment policy' },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'removeOption',
              output: code`
                import OktaSignIn from '@okta/okta-signin-widget';
                function initWidget(config) { return new OktaSignIn(config); }
                initWidget({ baseUrl: 'https://acme.okta.com', features: {} });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          baseUrl: 'https://acme.okta.com',
          features: {
            idpDiscovery: true,
            rememberMe: true,
          },
        });
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        new OktaSignIn({
          baseUrl: 'https://acme.okta.com',
          features: {
            rememberMe: true,
          },
        });
      `,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'features.idpDiscovery', what: 'feature flag', instead: 'route users with Identity Provider routing rules in the org' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
    {
      // When every flag left is dead, the whole `features` object goes; comments stay.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        const signIn = new OktaSignIn({
          clientId: 'abc',
          features: {
            autoPush: true, // push by default
            smsRecovery: true,
          },
          redirectUri: '/callback',
        });
      `,
      // The comment trailing the removed option goes with it (it described the option, not what follows).
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        const signIn = new OktaSignIn({
          clientId: 'abc',
          redirectUri: '/callback',
        });
      `,
      errors: [
        { messageId: 'ignoredOption', line: 5, column: 5, endLine: 5, endColumn: 13 },
        { messageId: 'ignoredOption', line: 6, column: 5, endLine: 6, endColumn: 16 },
      ],
    },
    {
      // Aliased named import, last property without a trailing comma.
      code: "import { OktaSignIn as Widget } from '@okta/okta-signin-widget';\nnew Widget({ features: { rememberMe: true, webauthn: true } });",
      output: "import { OktaSignIn as Widget } from '@okta/okta-signin-widget';\nnew Widget({ features: { rememberMe: true } });",
      errors: [{ messageId: 'ignoredOption', line: 2, column: 44, endLine: 2, endColumn: 52 }],
    },
    {
      // Namespace import, /oie subpath.
      code: "import * as Widget from '@okta/okta-signin-widget/oie';\nnew Widget.default({ features: { selfServiceUnlock: true, rememberMe: true } });",
      output: "import * as Widget from '@okta/okta-signin-widget/oie';\nnew Widget.default({ features: { rememberMe: true } });",
      errors: [{ messageId: 'ignoredOption', line: 2, column: 34 }],
    },
    {
      // require(), and a config held in a same-file const.
      code: code`
        const OktaSignIn = require('@okta/okta-signin-widget');
        const config = { features: { emailRecovery: true, autoFocus: true } };
        module.exports = new OktaSignIn(config);
      `,
      output: code`
        const OktaSignIn = require('@okta/okta-signin-widget');
        const config = { features: { autoFocus: true } };
        module.exports = new OktaSignIn(config);
      `,
      errors: [{ messageId: 'ignoredOption', line: 2, column: 30 }],
    },
    {
      // The CDN global, as `window.OktaSignIn`, with quoted keys.
      code: "new window.OktaSignIn({ 'features': { 'callRecovery': true, 'autoFocus': true } });",
      output: "new window.OktaSignIn({ 'features': { 'autoFocus': true } });",
      errors: [{ messageId: 'ignoredOption', line: 1, column: 39, endColumn: 53 }],
    },
    {
      // A dotted key, as the widget's Settings model accepts.
      code: "const w = new OktaSignIn({ baseUrl: 'https://acme.okta.com', 'features.multiOptionalFactorEnroll': true });",
      output: "const w = new OktaSignIn({ baseUrl: 'https://acme.okta.com' });",
      errors: [{ messageId: 'ignoredOption', data: { option: 'features.multiOptionalFactorEnroll', what: 'feature flag', instead: 'the authenticator enrollment policy decides which optional authenticators are offered' }, line: 1, column: 62 }],
    },
    {
      // The Okta-hosted page template: assignments after OktaUtil.getSignInWidgetConfig(). The object comes from
      // Okta's page code, which may hold it too, and a script's global is shared with the page's other scripts: the
      // removal is a suggestion, not an autofix.
      code: code`
        var config = OktaUtil.getSignInWidgetConfig();
        config.features.autoPush = true;
        config['features.webauthn'] = true;
        config.features.rememberMe = true;
        var oktaSignIn = new OktaSignIn(config);
      `,
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'features.autoPush', what: 'feature flag', instead: 'Identity Engine has no automatic push option in the widget; Okta Verify behaviour comes from the authenticator settings' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'removeOption',
              output: code`
                var config = OktaUtil.getSignInWidgetConfig();
                config['features.webauthn'] = true;
                config.features.rememberMe = true;
                var oktaSignIn = new OktaSignIn(config);
              `,
            },
          ],
        },
        {
          messageId: 'ignoredOption',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'removeOption',
              output: code`
                var config = OktaUtil.getSignInWidgetConfig();
                config.features.autoPush = true;
                config.features.rememberMe = true;
                var oktaSignIn = new OktaSignIn(config);
              `,
            },
          ],
        },
      ],
    },
    {
      // Spread of a same-file defaults object, and renderEl() options.
      code: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        const defaults = { clientId: 'abc', features: { idpDiscovery: true, autoFocus: true } };
        const signIn = new OktaSignIn({ ...defaults, redirectUri: '/cb' });
        signIn.renderEl({ el: '#okta', features: { smsRecovery: true } });
      `,
      output: code`
        import OktaSignIn from '@okta/okta-signin-widget';
        const defaults = { clientId: 'abc', features: { autoFocus: true } };
        const signIn = new OktaSignIn({ ...defaults, redirectUri: '/cb' });
        signIn.renderEl({ el: '#okta' });
      `,
      errors: [
        { messageId: 'ignoredOption', line: 2, column: 49 },
        { messageId: 'ignoredOption', line: 4, column: 44 },
      ],
    },
    {
      // TypeScript wrappers around the config.
      code: importWidget + "new OktaSignIn({ features: { autoPush: true, autoFocus: true } } satisfies Record<string, unknown> as any);",
      output: importWidget + "new OktaSignIn({ features: { autoFocus: true } } satisfies Record<string, unknown> as any);",
      errors: [{ messageId: 'ignoredOption', line: 2, column: 30 }],
    },
    {
      // A value with side effects: no autofix removes the call; removing it is a suggestion, for a person to judge.
      code: importWidget + 'new OktaSignIn({ features: { autoPush: readFlag("autoPush") } });',
      output: null,
      errors: [{ messageId: 'ignoredOption', line: 2, column: 30, suggestions: [{ messageId: 'removeOption', output: importWidget + 'new OktaSignIn({ features: {} });' }] }],
    },
    {
      // An object shared with other code: a suggestion, not an autofix.
      code: importWidget + 'const features = { autoPush: true, autoFocus: true };\nnew OktaSignIn({ features });\nlog(features);',
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          line: 2,
          column: 20,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'features.autoPush', what: 'feature flag', instead: 'Identity Engine has no automatic push option in the widget; Okta Verify behaviour comes from the authenticator settings' },
              output: importWidget + 'const features = { autoFocus: true };\nnew OktaSignIn({ features });\nlog(features);',
            },
          ],
        },
      ],
    },
    {
      // A comment inside the removed option goes with it.
      code: importWidget + 'new OktaSignIn({ features: { autoFocus: true, autoPush: /* legacy */ true } });',
      output: importWidget + 'new OktaSignIn({ features: { autoFocus: true } });',
      errors: [{ messageId: 'ignoredOption', line: 2, column: 47 }],
    },
    {
      // A widget config kept in its own module (read by `new OktaSignIn(widgetConfig)` in another): found by its
      // shape at module level, in a file with an Okta trace. The other module may read the option, so a suggestion.
      code: "export const widgetConfig = { baseUrl: 'https://acme.okta.com', features: { autoPush: true } };",
      output: null,
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'features.autoPush', what: 'feature flag', instead: 'Identity Engine has no automatic push option in the widget; Okta Verify behaviour comes from the authenticator settings' },
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 85,
          suggestions: [{ messageId: 'removeOption', output: "export const widgetConfig = { baseUrl: 'https://acme.okta.com', features: {} };" }],
        },
      ],
    },
    {
      // strict: a widget-shaped object with no constructor in sight, and the Classic-only flags. Found by its shape
      // alone, so a suggestion, not an autofix.
      code: "export const widgetConfig = { issuer: 'https://acme.okta.com/oauth2/default', features: { router: true, autoPush: true, showIdentifier: true } };",
      output: null,
      options: [{ configShapes: true, classicOnlyFlags: true }],
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'features.router', what: 'feature flag', instead: 'Identity Engine routing is driven by the server response' },
          line: 1,
          column: 91,
          suggestions: [
            {
              messageId: 'removeOption',
              output: "export const widgetConfig = { issuer: 'https://acme.okta.com/oauth2/default', features: { autoPush: true, showIdentifier: true } };",
            },
          ],
        },
        {
          messageId: 'ignoredOption',
          line: 1,
          column: 105,
          suggestions: [
            {
              messageId: 'removeOption',
              output: "export const widgetConfig = { issuer: 'https://acme.okta.com/oauth2/default', features: { router: true, showIdentifier: true } };",
            },
          ],
        },
      ],
    },
    {
      // Under the default lists a Classic-only flag (reported only with classicOnlyFlags) is not removed along with
      // the dead flags next to it, so `features` stays.
      code: importWidget + 'new OktaSignIn({ clientId: "abc", features: { autoPush: true, router: true } });',
      output: importWidget + 'new OktaSignIn({ clientId: "abc", features: { router: true } });',
      errors: [{ messageId: 'ignoredOption', line: 2, column: 47 }],
    },
    {
      // Classic-only top-level options are suggestions: they may carry meaning for a Classic fallback.
      code: importWidget + "new OktaSignIn({ clientId: 'abc', relayState: '/app' });",
      output: null,
      options: [{ classicOnlyFlags: true }],
      errors: [
        {
          messageId: 'ignoredOption',
          data: { option: 'relayState', what: 'option', instead: 'pass the target with the OIDC `state` or a redirect URI' },
          line: 2,
          column: 35,
          suggestions: [{ messageId: 'removeOption', output: importWidget + "new OktaSignIn({ clientId: 'abc' });" }],
        },
      ],
    },
    {
      // A bad setting gives one clear message naming the key and the allowed values.
      code: importWidget + 'new OktaSignIn({ features: { autoPush: true } });',
      settings: { 'okta-oie': { engine: 'oei' } },
      output: null,
      errors: [
        {
          messageId: 'invalidSettings',
          data: { problem: "settings['okta-oie'].engine is 'oei'; allowed values: 'identity', 'classic'." },
          line: 1,
          column: 1,
        },
      ],
    },
  ],
});

jsonRuleTester.run('no-unsupported-widget-features (JSON)', rule as never, {
  valid: [
    // `features` with no widget key, widget file name or identity key next to it.
    { code: '{ "features": { "autoPush": true } }', filename: 'flags.json' },
    { code: '{ "clientId": "abc", "features": { "autoPush": false } }', filename: 'config.json' },
    { code: '{ "clientId": "abc", "useClassicEngine": true, "features": { "autoPush": true } }', filename: 'config.json' },
  ],
  invalid: [
    {
      code: '{\n  "baseUrl": "https://acme.okta.com",\n  "features": {\n    "autoPush": true,\n    "rememberMe": true\n  }\n}\n',
      filename: 'config.json',
      output: '{\n  "baseUrl": "https://acme.okta.com",\n  "features": {\n    "rememberMe": true\n  }\n}\n',
      errors: [{ messageId: 'ignoredOption', line: 4, column: 5, endLine: 4, endColumn: 15 }],
    },
    {
      // An object under a key that names the widget.
      code: '{ "signInWidget": { "features": { "idpDiscovery": true } } }',
      filename: 'app-settings.json',
      output: '{ "signInWidget": {} }',
      errors: [{ messageId: 'ignoredOption', line: 1, column: 35 }],
    },
    {
      // After --fix removed `features`, `helpSupportNumber` next to `clientId` still marks a widget config.
      code: '{ "clientId": "abc", "helpSupportNumber": "555", "features.autoPush": true }',
      filename: 'settings.json',
      output: '{ "clientId": "abc", "helpSupportNumber": "555" }',
      errors: [{ messageId: 'ignoredOption', line: 1, column: 50 }],
    },
    {
      // A file whose name says widget.
      code: '{ "features": { "selfServiceUnlock": true, "autoFocus": true } }',
      filename: 'widget_config.json',
      output: '{ "features": { "autoFocus": true } }',
      errors: [{ messageId: 'ignoredOption', line: 1, column: 17 }],
    },
  ],
});
