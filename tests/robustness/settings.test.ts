import json from '@eslint/json';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { cliConfig, jsonRuleIds, ourStackFrame, ruleIds, runCli, widgetFile } from './support.js';

/**
 * A bad `settings['okta-oie']` is the user's mistake, not a crash: every rule reports it the same way (messageId
 * `invalidSettings`, one sentence naming the key and the allowed values), once per file whichever rules are on, and
 * nothing throws. Checked through the ESLint API (`lintText`, `--fix` too) and on the command line.
 */

const badSettings: { settings: unknown; says: RegExp }[] = [
  { settings: 'identity', says: /settings\['okta-oie'\] must be an object.*got 'identity'/ },
  { settings: ['identity'], says: /settings\['okta-oie'\] must be an object/ },
  { settings: null, says: /settings\['okta-oie'\] must be an object.*got null/ },
  { settings: { engine: 'clasic' }, says: /settings\['okta-oie'\]\.engine is 'clasic'; allowed values: 'identity', 'classic'/ },
  { settings: { engine: 1 }, says: /settings\['okta-oie'\]\.engine is 1; allowed values: 'identity', 'classic'/ },
  { settings: { channel: 'beta' }, says: /settings\['okta-oie'\]\.channel is 'beta'; allowed values: 'production', 'preview'/ },
  { settings: { asOf: '2026-02-30' }, says: /settings\['okta-oie'\]\.asOf is '2026-02-30'; allowed values: a calendar date/ },
  { settings: { asOf: 20260220 }, says: /settings\['okta-oie'\]\.asOf is 20260220/ },
  { settings: { enabledFeatures: 'LINUX_SUPPORT_FOR_POLICIES' }, says: /settings\['okta-oie'\]\.enabledFeatures is 'LINUX_SUPPORT_FOR_POLICIES'; allowed values: an array/ },
  { settings: { enabledFeatures: ['NOT_A_FLAG'] }, says: /settings\['okta-oie'\]\.enabledFeatures has an unknown flag 'NOT_A_FLAG'/ },
  // `null` is a value, not a default: an error like any other bad value (undefined, below, is a key left out).
  { settings: { engine: null }, says: /settings\['okta-oie'\]\.engine is null; allowed values: 'identity', 'classic'/ },
  { settings: { channel: null }, says: /settings\['okta-oie'\]\.channel is null; allowed values: 'production', 'preview'/ },
  { settings: { asOf: null }, says: /settings\['okta-oie'\]\.asOf is null; allowed values: a calendar date/ },
  { settings: { enabledFeatures: null }, says: /settings\['okta-oie'\]\.enabledFeatures is null; allowed values: an array of Okta feature flag names/ },
  { settings: { engin: 'identity' }, says: /settings\['okta-oie'\] has an unknown key 'engin'; allowed keys: 'engine', 'channel', 'asOf', 'enabledFeatures'/ },
];

const prefix = 'Invalid eslint-plugin-okta-oie setting: ';

function eslintWith(rules: Linter.RulesRecord, settings: unknown, fix = false): ESLint {
  return new ESLint({
    overrideConfigFile: true,
    fix,
    overrideConfig: [
      { plugins: { 'okta-oie': plugin }, rules, settings: { 'okta-oie': settings } },
      { files: ['**/*.json'], plugins: { json }, language: 'json/json' },
    ],
  });
}

function only(rule: string, rules: readonly string[]): Linter.RulesRecord {
  return Object.fromEntries(rules.map((id) => [id, id === rule ? 'error' : 'off']));
}

describe('invalid settings give the plugin’s one clear message', () => {
  it.each(badSettings)('all rules, settings $settings: one message per file', async ({ settings, says }) => {
    for (const fix of [false, true]) {
      const [result] = await eslintWith(plugin.configs.strict.rules as Linter.RulesRecord, settings, fix).lintText(widgetFile, { filePath: 'widget.js' });
      const messages = result!.messages;
      expect(messages, JSON.stringify(messages)).toHaveLength(1);
      expect(messages[0]!.message.startsWith(prefix)).toBe(true);
      expect(messages[0]!.message).toMatch(says);
      expect(messages[0]).toMatchObject({ line: 1, column: 1, severity: 2 });
      expect(result!.output, 'nothing is fixed under bad settings').toBeUndefined();
    }
  });

  it('every rule on its own reports a bad setting in a JavaScript file', async () => {
    const { settings, says } = badSettings[3]!;
    for (const rule of ruleIds) {
      const [result] = await eslintWith(only(rule, ruleIds), settings).lintText(widgetFile, { filePath: 'widget.js' });
      expect(result!.messages.map((message) => [message.ruleId, message.message.startsWith(prefix)]), rule).toEqual([[rule, true]]);
      expect(result!.messages[0]!.message).toMatch(says);
    }
  });

  it('every JSON rule on its own reports a bad setting in a JSON document', async () => {
    const { settings, says } = badSettings[5]!;
    for (const rule of jsonRuleIds) {
      const [result] = await eslintWith(only(rule, jsonRuleIds), settings).lintText('{ "baseUrl": "https://acme.okta.com", "features": { "registration": true } }\n', {
        filePath: 'widget-config.json',
      });
      expect(result!.messages.map((message) => [message.ruleId, message.message.startsWith(prefix)]), rule).toEqual([[rule, true]]);
      expect(result!.messages[0]!.message).toMatch(says);
    }
  });

  it('a key set to undefined takes its default, like a key left out', async () => {
    const settings = { engine: undefined, channel: undefined, asOf: undefined, enabledFeatures: undefined };
    const [result] = await eslintWith(plugin.configs.strict.rules as Linter.RulesRecord, settings).lintText(widgetFile, { filePath: 'widget.js' });
    expect(result!.messages.length).toBeGreaterThan(0);
    expect(result!.messages.some((message) => message.message.startsWith(prefix))).toBe(false);
  });

  it('good settings give no settings message', async () => {
    const [result] = await eslintWith(plugin.configs.strict.rules as Linter.RulesRecord, { engine: 'identity', channel: 'preview' }).lintText(widgetFile, { filePath: 'widget.js' });
    expect(result!.messages.length).toBeGreaterThan(0);
    expect(result!.messages.some((message) => message.message.startsWith(prefix))).toBe(false);
  });

  it('on the command line: exit code 1, the message with the file, no stack trace', () => {
    const result = runCli(
      {
        'eslint.config.mjs': cliConfig('recommended', { settings: { 'okta-oie': { engine: 'clasic' } } }),
        'src/widget.js': widgetFile,
        'src/other.js': `// okta\n${widgetFile}`,
      },
      ['src'],
    );
    expect(result.status, result.output).toBe(1);
    expect(result.output).not.toMatch(/Oops! Something went wrong/);
    expect(result.output).not.toMatch(ourStackFrame);
    // The stylish formatter drops the final period of a message.
    const lines = result.output.split('\n').filter((line) => line.includes(prefix));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^\s+1:1\s+error\s+Invalid eslint-plugin-okta-oie setting: settings\['okta-oie'\]\.engine is 'clasic'; allowed values: 'identity', 'classic'\s+okta-oie\//);
  });
});
