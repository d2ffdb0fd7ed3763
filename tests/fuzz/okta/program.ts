import type { Random } from '../random.js';
import { Builder, Code, renderJson, type Data, type Flavor } from './code.js';
import { handlerFragment } from './handlers.js';
import { httpFragment } from './http.js';
import { payload, payloadKinds } from './payloads.js';
import { sdkFragment } from './sdk.js';
import { optionTree, pickPaths, widgetFragment, type Fragment } from './widget.js';

/** Okta-shaped programs: a few widget, HTTP, SDK and handler fragments, each maybe wrapped, behind their imports. */

export function fragment(b: Builder, topLevel: boolean): Fragment {
  const { rng } = b;
  const roll = rng.next();
  if (roll < 0.35) return widgetFragment(b, topLevel);
  if (roll < 0.6) return httpFragment(b);
  if (roll < 0.8) return sdkFragment(b);
  return handlerFragment(b, topLevel);
}

/** A fragment's statements ready to stand where `topLevel` says: async code goes into an async function. */
export function placed(b: Builder, part: Fragment, topLevel: boolean): string[] {
  const { rng } = b;
  if (part.topLevel) return part.statements;
  if (part.async) {
    // Top-level await is fine in an ES module; everywhere else `await` needs an async function around it.
    return topLevel && b.flavor.module && rng.chance(0.3) ? part.statements : b.wrap(part.statements, { async: true, topLevel });
  }
  return rng.chance(0.5) ? b.wrap(part.statements, { topLevel }) : part.statements;
}

const typeDeclarations = [
  'interface WidgetOptions { baseUrl?: string; features?: Record<string, boolean>; }',
  'type SessionId = string;',
  'enum Method { Get = "GET", Delete = "DELETE" }',
  'declare const token: string;',
];

export function oktaProgram(rng: Random, flavor: Flavor): string {
  const b = new Builder(rng, flavor);
  const body: string[] = [];
  for (let count = rng.int(1, 4); count > 0; count--) body.push(...placed(b, fragment(b, true), true));
  if (flavor.ts) b.prelude.push(...rng.some(typeDeclarations, 2));
  const header = b.header();
  return `${header}${header ? '\n\n' : ''}${body.join('\n')}\n`;
}

/** Statements to splice into another program (eslump's), with the imports they need. */
export function oktaStatements(rng: Random, flavor: Flavor): { header: string; statements: string[][] } {
  const b = new Builder(rng, flavor);
  const statements: string[][] = [];
  for (let count = rng.int(1, 3); count > 0; count--) statements.push(placed(b, fragment(b, false), false));
  return { header: b.header(), statements };
}

const widgetFileNames = ['widget-config.json', 'signin-widget.json', 'config/sign-in.json', 'okta.json', 'settings.json'];
const payloadFileNames = ['policy.json', 'payloads/device-assurance.json', 'event-hook.json', 'rule.json', 'data.json', 'fixtures/request.json'];

/** A JSON document: a widget config (bare, or under a key that names the widget), payloads, arrays and scalars. */
export function jsonDocument(rng: Random, comments: boolean): { text: string; filename: string } {
  const b = new Builder(rng, { module: false, ts: false });
  const widgetConfig = () => optionTree(b, pickPaths(b)) as Data;
  const document: { data: Data; names: readonly string[] } = rng.oneOf<{ data: Data; names: readonly string[] }>([
    () => ({ data: widgetConfig(), names: widgetFileNames }),
    () => ({ data: { [rng.pick(['signInWidget', 'OktaSignInWidget', 'widgetConfig', 'sign-in-widget-options', 'widget'])]: widgetConfig(), other: { a: 1 } }, names: payloadFileNames }),
    () => ({ data: payload(rng), names: payloadFileNames }),
    () => ({ data: rng.some(payloadKinds, 3, 1).map((kind) => payload(rng, kind)), names: payloadFileNames }),
    () => ({ data: { policies: [payload(rng, 'policy'), payload(rng, 'policy-rule')], deviceAssurance: payload(rng, 'device-assurance') }, names: payloadFileNames }),
    () => ({ data: rng.pick<Data>([42, 'okta', null, true, [], {}, [1, 'features', null], new Code('', { features: { registration: true } })]), names: [...widgetFileNames, ...payloadFileNames] }),
  ]);
  const name = rng.pick(document.names);
  const filename = comments ? name.replace(/\.json$/, '.jsonc') : name;
  return { text: `${renderJson(document.data, rng, rng.pick([2, 4, 0]), 0, comments)}\n`, filename };
}
