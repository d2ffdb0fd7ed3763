import vm from 'node:vm';
import { factForPath } from '../../../src/data/widget-options.js';

/**
 * Runs one of the test's own fixture programs (never code the plugin lints for a user) in a fresh `vm` context with a
 * time limit, and records what anyone could observe: what it logs, what it throws, what the Sign-In Widget receives
 * (a stand-in `OktaSignIn` that records its config when it is made, when `renderEl` is called, and at the end of the
 * run) and the requests it sends (a stand-in `fetch`). `import` lines are dropped (the stand-ins are globals) and
 * the program runs as strict code inside an async function, so module code with `await` runs as it is.
 */

export interface Behaviour {
  logs: string[];
  error: string | undefined;
  /** What each widget received: the config at construction, the options of each `renderEl`, the config at the end. */
  widget: unknown[];
  requests: unknown[];
}

/** A JSON-like copy of a value: functions as `[function]`, cycles and depth cut. */
function snapshot(value: unknown, depth = 0): unknown {
  if (typeof value === 'function') return '[function]';
  if (value === null || typeof value !== 'object') return value === undefined ? '[undefined]' : value;
  if (depth > 20) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => snapshot(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = snapshot((value as Record<string, unknown>)[key], depth + 1);
  return copy;
}

export async function runProgram(text: string): Promise<Behaviour> {
  const behaviour: Behaviour = { logs: [], error: undefined, widget: [], requests: [] };
  const widgets: { config: unknown; seen: unknown[] }[] = [];
  class OktaSignIn {
    constructor(config: unknown) {
      const record = { config, seen: [snapshot(config)] };
      widgets.push(record);
      (this as unknown as { record: typeof record }).record = record;
    }

    renderEl(options: unknown): Promise<void> {
      (this as unknown as { record: { seen: unknown[] } }).record.seen.push({ renderEl: snapshot(options) });
      return Promise.resolve();
    }
  }
  const context = vm.createContext({
    OktaSignIn,
    console: { log: (...values: unknown[]) => behaviour.logs.push(values.map((value) => JSON.stringify(snapshot(value))).join(' ')) },
    fetch: (url: unknown, init?: { body?: unknown }) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : snapshot(init?.body);
      behaviour.requests.push({ url: String(url), init: { ...(snapshot(init) as object), body } });
      return Promise.resolve({ ok: true, json: () => Promise.resolve({}) });
    },
  });
  const code = text.replace(/^import .*$/gm, '');
  try {
    const run = vm.runInContext(`'use strict';\n(async () => {\n${code}\n})()`, context, { timeout: 1000 }) as Promise<unknown>;
    await Promise.race([run, new Promise((_, reject) => setTimeout(() => reject(new Error('the program did not finish in 1 s')), 1000))]);
  } catch (error) {
    const { name, message } = error as Error;
    behaviour.error = `${name}: ${message}`;
  }
  for (const widget of widgets) behaviour.widget.push([...widget.seen, { atEnd: snapshot(widget.config) }]);
  return behaviour;
}

/** `features.registration` for both `{ features: { registration } }` and `{ 'features.registration': … }`. */
function isDeadOption(path: readonly string[]): boolean {
  const joined = path.join('.').split('.');
  return factForPath(joined)?.fix === 'remove' || factForPath(path)?.fix === 'remove';
}

/**
 * A widget config without the options Identity Engine ignores, and without empty objects (the widget merges its
 * options over its defaults, so `features: {}` and no `features` are the same to it).
 */
function withoutDeadOptions(value: unknown, path: readonly string[] = []): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (isDeadOption([...path, key])) continue;
    const stripped = withoutDeadOptions(inner, [...path, key]);
    if (!(typeof stripped === 'object' && stripped !== null && !Array.isArray(stripped) && Object.keys(stripped).length === 0)) kept[key] = stripped;
  }
  return kept;
}

/** A request body without Chrome Device Trust on the mobile platforms, where Okta rejects it. */
function withoutMobileDtc(body: unknown): unknown {
  if (body === null || typeof body !== 'object') return body;
  const record = body as { platform?: unknown; thirdPartySignalProviders?: Record<string, unknown> };
  if ((record.platform !== 'IOS' && record.platform !== 'ANDROID') || !record.thirdPartySignalProviders) return body;
  const { dtc: _, ...providers } = record.thirdPartySignalProviders;
  const { thirdPartySignalProviders: __, ...rest } = record;
  return Object.keys(providers).length > 0 ? { ...rest, thirdPartySignalProviders: providers } : rest;
}

/** What the fixes may change: only the options and payload entries that Okta ignores or rejects. */
export function comparable(behaviour: Behaviour): Behaviour {
  return {
    ...behaviour,
    widget: behaviour.widget.map((seen) =>
      (seen as Record<string, unknown>[]).map((entry) =>
        'renderEl' in entry ? { renderEl: withoutDeadOptions(entry.renderEl) } : 'atEnd' in entry ? { atEnd: withoutDeadOptions(entry.atEnd) } : withoutDeadOptions(entry),
      ),
    ),
    requests: behaviour.requests.map((request) => {
      const { url, init } = request as { url: string; init: { body?: unknown } };
      return { url, init: { ...init, body: withoutMobileDtc(init.body) } };
    }),
  };
}
