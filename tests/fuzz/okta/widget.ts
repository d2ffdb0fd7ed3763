import { dottedKeyPrefixes, widgetOptionFacts } from '../../../src/data/widget-options.js';
import { Builder, Code, Spread, type Data } from './code.js';

/**
 * Sign-In Widget configs in every form the widget locator knows, and the look-alikes it must leave alone: the widget
 * from an import, a require or the CDN global (`OktaSignIn`, `window.OktaSignIn`), a shadowed `OktaSignIn`, config
 * inline or in a variable, spread from defaults, `Object.assign`, dotted keys, assignments after
 * `OktaUtil.getSignInWidgetConfig()`, `renderEl` / `showSignIn*` options, exported configs and opaque wrappers.
 * Option paths come from src/data/widget-options.ts, so a widget option added there is generated here too.
 */

export interface Fragment {
  statements: string[];
  /** The statements must stay at the top level (they `export`). */
  topLevel: boolean;
  /** Uses `await`: must be wrapped in an async function. */
  async: boolean;
}

const benignPaths: readonly string[][] = [
  ['baseUrl'],
  ['clientId'],
  ['redirectUri'],
  ['issuer'],
  ['el'],
  ['logo'],
  ['language'],
  ['authParams', 'issuer'],
  ['authParams', 'scopes'],
  ['authParams', 'pkce'],
  ['features', 'rememberMe'],
  ['features', 'showPasswordToggleOnSignInPage'],
  ['helpLinks', 'help'],
  ['helpLinks', 'forgotPassword'],
  ['i18n', 'en', 'help'],
  ['i18n', 'en', 'primaryauth.title'],
  ['registration', 'preSubmit'],
  ['registration', 'parseSchema'],
  ['piv', 'text'],
  ['piv', 'className'],
  ['useClassicEngine'],
  ['useInteractionCodeFlow'],
  ['idps'],
  ['colors', 'brand'],
];

const widgetModules = [
  '@okta/okta-signin-widget',
  '@okta/okta-signin-widget',
  '@okta/okta-signin-widget',
  '@okta/okta-signin-widget/classic',
  '@okta/okta-signin-widget/oie',
  '@okta/okta-signin-widget/dist/js/okta-sign-in.min.js',
  '@okta/okta-signin-widget/dist/js/okta-sign-in.classic.min.js',
  // Look-alikes: not the widget.
  '@okta/okta-sign-in-widget',
  'okta-signin-widget-wrapper',
];

function booleanish(b: Builder): Data {
  return b.rng.oneOf<Data>([
    () => true,
    () => true,
    () => true,
    () => false,
    () => new Code('!0', true),
    () => new Code('isEnabled'),
    () => new Code("process.env.FEATURE === 'on'"),
    () => 'true',
    () => 1,
    () => undefined,
    () => new Code('enable()', true),
  ]);
}

function optionValue(b: Builder, path: readonly string[]): Data {
  const { rng } = b;
  const last = path[path.length - 1]!;
  if (last === 'parseSchema') {
    return rng.oneOf<Data>([
      () => new Code('function (schema, onSuccess, onFailure) {\n  schema.profileSchema.properties.tos = { type: "boolean" };\n  onSuccess(schema);\n}'),
      () => new Code('({ profileSchema }, onSuccess) => onSuccess(profileSchema)'),
      () => new Code('(fields, onSuccess) => onSuccess(fields.filter((field) => field.name !== "userProfile.tos"))'),
      () => new Code('parseRegistrationSchema'),
    ]);
  }
  if (['processCreds', 'preSubmit', 'postSubmit', 'click'].includes(last)) {
    return rng.oneOf<Data>([
      () => new Code('function (creds, callback) { callback(); }'),
      () => new Code('(creds) => { console.log(creds.username); }'),
      () => new Code('async function (postData, onSuccess) { onSuccess(postData); }'),
      () => new Code('handler'),
    ]);
  }
  if (path[0] === 'features' || ['useClassicEngine', 'useInteractionCodeFlow', 'isCustomDomain', 'pkce'].includes(last)) return booleanish(b);
  if (last === 'scopes' || last === 'idps') return rng.chance(0.7) ? ['openid', 'email'] : new Code('scopes');
  if (last === 'policyId') return rng.chance(0.8) ? '00p1abcd' : new Code('process.env.POLICY_ID');
  return rng.oneOf<Data>([
    () => 'https://example.okta.com',
    () => 'Need help signing in?',
    () => '+1 (555) 010-0000',
    () => new Code('settings.value'),
    () => new Code('`${base}/login`'),
  ]);
}

/** Nested data for a list of option paths; some second-level options become dotted top-level keys. */
export function optionTree(b: Builder, paths: readonly (readonly string[])[]): { [key: string]: Data | Spread } {
  const tree: { [key: string]: Data | Spread } = {};
  for (const path of paths) {
    const value = optionValue(b, path);
    if (path.length >= 2 && dottedKeyPrefixes.has(path[0]!) && b.rng.chance(0.3)) {
      tree[`${path[0]}.${path.slice(1).join('.')}`] = value;
      continue;
    }
    let holder = tree;
    let ok = true;
    for (const segment of path.slice(0, -1)) {
      const next = holder[segment];
      if (next === undefined) holder[segment] = {};
      else if (typeof next !== 'object' || next === null || Array.isArray(next) || next instanceof Code || next instanceof Spread) {
        ok = false;
        break;
      }
      holder = holder[segment] as { [key: string]: Data | Spread };
    }
    if (ok) holder[path[path.length - 1]!] = value;
  }
  return tree;
}

export function pickPaths(b: Builder): string[][] {
  const { rng } = b;
  const language = () => rng.pick(['en', 'fr', 'de']);
  const factPaths = widgetOptionFacts.map((fact) => fact.path.map((segment) => (segment === '*' ? language() : segment)));
  const paths = [...rng.some(factPaths, 5), ...rng.some(benignPaths, 4)];
  if (rng.chance(0.7)) paths.unshift(['baseUrl']);
  if (rng.chance(0.4)) paths.unshift(['clientId']);
  return rng.shuffle(paths);
}

interface Constructor {
  expression: string;
  /** The CDN global, which an Okta-hosted page (`OktaUtil`) uses. */
  global: boolean;
}

function widgetConstructor(b: Builder): Constructor {
  const { rng } = b;
  return rng.oneOf<Constructor>([
    () => ({ expression: b.bind(rng.pick(widgetModules), undefined, 'OktaSignIn'), global: false }),
    () => ({ expression: b.bind(rng.pick(widgetModules), undefined, 'OktaSignIn'), global: false }),
    () => ({ expression: b.bind(rng.pick(widgetModules), 'OktaSignIn', 'Widget'), global: false }),
    () => ({ expression: b.bind(rng.pick(widgetModules), 'default', 'SignInWidget'), global: false }),
    () => ({ expression: rng.pick(['OktaSignIn', 'OktaSignIn', 'window.OktaSignIn', 'globalThis.OktaSignIn', 'self.OktaSignIn', 'window["OktaSignIn"]']), global: true }),
    () => {
      // A local OktaSignIn shadows the CDN global: not the widget.
      const line = b.flavor.ts && rng.chance(0.5) ? 'declare const OktaSignIn: any;' : 'class OktaSignIn { constructor(options) { this.options = options; } }';
      b.declareTop('OktaSignIn', line);
      return { expression: 'OktaSignIn', global: false };
    },
  ]);
}

function accessor(b: Builder, path: readonly string[]): string {
  const { rng } = b;
  if (path.length >= 2 && dottedKeyPrefixes.has(path[0]!) && rng.chance(0.3)) return `[${b.quote(path.join('.'))}]`;
  return path.map((segment) => (/^[A-Za-z_$][\w$]*$/.test(segment) && rng.chance(0.8) ? `.${segment}` : `[${b.quote(segment)}]`)).join('');
}

function assignments(b: Builder, target: string, paths: readonly (readonly string[])[]): string[] {
  return paths.map((path) => `${target}${accessor(b, path)} ${b.rng.chance(0.9) ? '=' : '||='} ${b.render(optionValue(b, path))};`);
}

export function widgetFragment(b: Builder, topLevel: boolean): Fragment {
  const { rng } = b;
  const ctor = widgetConstructor(b);
  const paths = pickPaths(b);
  const cut = rng.int(0, paths.length);
  const first = paths.slice(0, cut);
  const second = paths.slice(cut);
  const widget = b.id('widget');
  const config = b.id('config');
  const statements: string[] = [];
  let exported = false;
  const construct = (argument: string) => (rng.chance(0.1) ? `new ${ctor.expression}()` : `new ${ctor.expression}(${argument})`);
  const placements: (() => void)[] = [
    () => statements.push(b.declare(widget, construct(b.render(optionTree(b, paths))))),
    () => statements.push(b.declare(config, b.render(optionTree(b, paths))), b.declare(widget, construct(config))),
    () => {
      const base = b.id('defaults');
      statements.push(b.declare(base, b.render(optionTree(b, first))));
      statements.push(b.declare(widget, construct(b.render({ [`...${base}`]: new Spread(base), ...optionTree(b, second) }))));
    },
    () => {
      const base = b.id('defaults');
      statements.push(b.declare(base, b.render(optionTree(b, first))));
      statements.push(b.declare(widget, construct(`Object.assign({}, ${base}, ${b.render(optionTree(b, second))})`)));
    },
    () => {
      statements.push(b.declare(config, b.render(optionTree(b, first))), ...assignments(b, config, second));
      statements.push(b.declare(widget, construct(config)));
    },
    () => {
      statements.push(b.declare(widget, construct(b.render(optionTree(b, first)))));
      const method = rng.pick(['renderEl', 'renderEl', 'showSignIn', 'showSignInToGetTokens', 'showSignInAndRedirect', 'render']);
      statements.push(`${widget}.${method}(${b.render(optionTree(b, second))}, function (res) { console.log(res); }, (error) => { throw error; });`);
    },
    () => statements.push(`${construct(b.render(optionTree(b, first)))}.renderEl(${b.render(optionTree(b, second))});`),
    () => {
      // An opaque wrapper: the config never meets the constructor in a way the locator can prove.
      const make = b.id('createWidget');
      statements.push(`function ${make}(options) {\n  return new ${ctor.expression}(options);\n}`, `${make}(${b.render(optionTree(b, paths))});`);
    },
    () => statements.push(b.declare(config, b.render(optionTree(b, paths)))),
    () => {
      statements.push(`let ${config} = ${b.render(optionTree(b, first))};`, `${config} = ${b.render(optionTree(b, second))};`, b.declare(widget, construct(config)));
    },
  ];
  if (ctor.global) {
    placements.push(() => {
      statements.push(`var ${config} = OktaUtil.getSignInWidgetConfig();`, ...assignments(b, config, paths));
      statements.push(`var ${widget} = new ${ctor.expression}(${config});`, `${widget}.renderEl({ el: '#okta-login-container' }, OktaUtil.completeLogin, function (error) { console.log(error); });`);
    });
  }
  if (topLevel && b.flavor.module) {
    placements.push(() => {
      exported = true;
      statements.push(`export ${rng.pick(['const', 'let'])} ${config} = ${b.render(optionTree(b, paths))};`, b.declare(widget, construct(config)));
    });
  }
  rng.oneOf(placements);
  if (rng.chance(0.2)) statements.push(`${widget}?.on?.('afterRender', () => {});`);
  return { statements, topLevel: exported, async: false };
}
