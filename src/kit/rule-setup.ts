import type { TSESLint } from '@typescript-eslint/utils';
import { authenticatorLabelGate } from '../data/authenticator-labels.js';
import { eventTypeGate } from '../data/event-types.js';
import { renamedLogNameGate } from '../data/resource-connection-log-names.js';
import { oktaAppPackages } from '../data/widget-options.js';
import { readSettings, type OktaSettings } from '../settings.js';
import { isTypeOnlyFile } from '../util/ast.js';
import { nearestDependencies } from '../util/package-manifest.js';
import { textMatches } from '../util/text-gate.js';

export { textMatches };

/** Every rule carries this message: a bad `settings['okta-oie']` is reported once per file, by the first rule that runs. */
export const settingsMessages = {
  invalidSettings: 'Invalid eslint-plugin-okta-oie setting: {{problem}}',
} as const;

/**
 * Cheap test for "this file may contain something Okta": an Okta name, an Okta API path (also a base URL that ends in
 * `/api/v1`), an Okta API token header (`SSWS …`), one of the literals the
 * rules look for, an event type that exists on one engine only or a System Log name Okta renamed (a hook receiver
 * may name nothing else), or an authenticator display name (a UI test may name nothing else). Files without any of
 * these cost one scan of their text and nothing more.
 */
const oktaTrace = new RegExp(
  [
    String.raw`okta|/api/v1\b|\bSSWS\b|/oauth2/|/v1/(?:token|keys)|/idp/myaccount|/login/getimage|interclient|token-exchange`,
    eventTypeGate.source,
    renamedLogNameGate.source,
    authenticatorLabelGate.source,
  ].join('|'),
  'i',
);

const settingsReported = new WeakSet<object>();

export type Language = 'js' | 'json';

export interface RuleSetup {
  settings: OktaSettings;
  language: Language;
}

/** A pattern the file's text must match for a rule to have anything to find, or one per language. */
export type SetupGate = RegExp | Readonly<Record<Language, RegExp>>;

export interface SetupOptions {
  /** A pattern the file's text must match for this rule to have anything to find (per language, where they differ). */
  gate: SetupGate;
  /** Rules about code that must run on Identity Engine stay silent when `engine` is `classic`. */
  identityEngineOnly: boolean;
  /** Languages the rule has visitors for. */
  languages: readonly Language[];
  /**
   * Text that lets a file with no Okta trace through, when its nearest `package.json` depends on an Okta sign-in
   * package (`oktaAppPackages`): the keys of an object shaped like a widget config, all of them.
   */
  appFileGates?: readonly RegExp[];
}

/** Whether the file was parsed with type information (`parserOptions.projectService` or `project`). */
function hasTypeInformation(sourceCode: { parserServices?: unknown }): boolean {
  return Boolean((sourceCode.parserServices as { program?: unknown } | undefined)?.program);
}

const inOktaApp = new WeakMap<object, boolean>();

/**
 * Whether the app a file belongs to signs users in with Okta, by the nearest `package.json` (read once per directory,
 * asked once per file however many rules ask).
 */
function isInOktaApp(sourceCode: object, filename: string): boolean {
  let result = inOktaApp.get(sourceCode);
  if (result === undefined) {
    const dependencies = nearestDependencies(filename);
    result = oktaAppPackages.some((name) => dependencies.has(name));
    inOktaApp.set(sourceCode, result);
  }
  return result;
}

/**
 * The start of every rule: decides, cheaply and once per file, whether there is anything to do.
 * Returns `undefined` when the rule should return no listeners.
 */
export function setupRule(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  options: SetupOptions,
): RuleSetup | undefined {
  const sourceCode = context.sourceCode;
  const language: Language = (sourceCode.ast as { type: string }).type === 'Program' ? 'js' : 'json';
  if (!options.languages.includes(language)) return undefined;
  // JSON documents are few and carry no import to go by (a widget config file may name nothing Okta): only the rule gate applies.
  if (language === 'js') {
    if (isTypeOnlyFile(context.filename)) return undefined;
    // The package.json first: in an app without Okta, a file with no Okta trace costs no further scan.
    const appFile = () =>
      options.appFileGates !== undefined && isInOktaApp(sourceCode, context.filename) && options.appFileGates.every((gate) => textMatches(sourceCode, gate));
    if (!textMatches(sourceCode, oktaTrace) && !appFile()) return undefined;
  }

  const result = readSettings(context.settings as Record<string, unknown> | undefined);
  if (!result.ok) {
    if (!settingsReported.has(sourceCode)) {
      settingsReported.add(sourceCode);
      context.report({
        ...(language === 'js'
          ? { loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } }
          : { node: sourceCode.ast as never }),
        messageId: 'invalidSettings',
        data: { problem: result.problem },
      });
    }
    return undefined;
  }
  if (options.identityEngineOnly && result.settings.engine === 'classic') return undefined;
  // With type information, a file's imports may bring what the rule looks for from another module (an endpoint
  // constant): the rule's own text gate cannot see that, so it does not apply.
  const gate = options.gate instanceof RegExp ? options.gate : options.gate[language];
  if (!hasTypeInformation(sourceCode) && !textMatches(sourceCode, gate)) return undefined;
  return { settings: result.settings, language };
}
