import { knownFlags, newestReleaseDate } from './data/features.js';

/** `settings['okta-oie']`, shared by all rules. */
export interface OktaSettings {
  /** The engine the code must run on. */
  engine: 'identity' | 'classic';
  /** The org's release channel. */
  channel: 'production' | 'preview';
  /** The date at which feature availability is evaluated (`YYYY-MM-DD`). */
  asOf: string;
  /** Early Access feature flags the org has turned on (the feature id where Okta names no flag). */
  enabledFeatures: readonly string[];
}

export const settingsKey = 'okta-oie';

const allowed = {
  engine: ['identity', 'classic'],
  channel: ['production', 'preview'],
} as const;

const settingNames = ['engine', 'channel', 'asOf', 'enabledFeatures'] as const;

export type SettingsResult = { ok: true; settings: OktaSettings } | { ok: false; problem: string };

const cache = new WeakMap<object, SettingsResult>();

function quoteList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A key left out or set to `undefined` takes its default. `null` does not: it is a value, and not an allowed one, so
 * it gets the same error as any other bad value rather than passing silently.
 */
function valueOr(value: unknown, fallback: unknown): unknown {
  return value === undefined ? fallback : value;
}

function validate(raw: unknown): SettingsResult {
  const where = `settings['${settingsKey}']`;
  if (raw === undefined) {
    return { ok: true, settings: { engine: 'identity', channel: 'production', asOf: newestReleaseDate, enabledFeatures: [] } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: `${where} must be an object with the keys ${quoteList(settingNames)}; got ${describe(raw)}.` };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(settingNames as readonly string[]).includes(key)) {
      return { ok: false, problem: `${where} has an unknown key '${key}'; allowed keys: ${quoteList(settingNames)}.` };
    }
  }
  const engine = valueOr(record.engine, 'identity');
  if (!(allowed.engine as readonly unknown[]).includes(engine)) {
    return { ok: false, problem: `${where}.engine is ${describe(engine)}; allowed values: ${quoteList(allowed.engine)}.` };
  }
  const channel = valueOr(record.channel, 'production');
  if (!(allowed.channel as readonly unknown[]).includes(channel)) {
    return { ok: false, problem: `${where}.channel is ${describe(channel)}; allowed values: ${quoteList(allowed.channel)}.` };
  }
  const asOf = valueOr(record.asOf, newestReleaseDate);
  if (typeof asOf !== 'string' || !isCalendarDate(asOf)) {
    return {
      ok: false,
      problem: `${where}.asOf is ${describe(asOf)}; allowed values: a calendar date written 'YYYY-MM-DD', such as '${newestReleaseDate}'.`,
    };
  }
  const enabledFeatures = valueOr(record.enabledFeatures, []);
  if (!Array.isArray(enabledFeatures) || enabledFeatures.some((flag) => typeof flag !== 'string')) {
    return {
      ok: false,
      problem: `${where}.enabledFeatures is ${describe(enabledFeatures)}; allowed values: an array of Okta feature flag names (or, for a feature Okta names no flag for, its id), such as ['${knownFlags[0] ?? 'LINUX_SUPPORT_FOR_POLICIES'}'].`,
    };
  }
  const unknown = (enabledFeatures as string[]).find((flag) => !knownFlags.includes(flag));
  if (unknown !== undefined) {
    return {
      ok: false,
      problem: `${where}.enabledFeatures has an unknown flag '${unknown}'; allowed values: ${quoteList(knownFlags)}.`,
    };
  }
  return {
    ok: true,
    settings: {
      engine: engine as OktaSettings['engine'],
      channel: channel as OktaSettings['channel'],
      asOf,
      enabledFeatures: enabledFeatures as string[],
    },
  };
}

/**
 * Reads and validates `settings['okta-oie']`. Never throws on user input: a bad value comes back as one
 * sentence naming the key and the allowed values. Cached per settings object, so once per config.
 */
export function readSettings(settings: Record<string, unknown> | undefined): SettingsResult {
  const holder = settings ?? {};
  let result = cache.get(holder);
  if (!result) {
    result = validate(holder[settingsKey]);
    cache.set(holder, result);
  }
  return result;
}
