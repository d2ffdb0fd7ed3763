import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { cliConfig, ourStackFrame, runCli, widgetFile } from './support.js';

/**
 * Invalid rule options are ESLint's business: its schema check names the rule and the bad value before any rule code
 * runs. For every rule, from its own `meta.schema`: an unknown option, a value of the wrong type for each option, and
 * one option too many.
 */

interface SchemaProperty {
  type?: string | string[];
  enum?: unknown[];
}

/** A value the property's schema refuses. */
function wrongValue(property: SchemaProperty): unknown {
  if (property.enum) return 'not-one-of-the-values';
  const type = Array.isArray(property.type) ? property.type[0] : property.type;
  switch (type) {
    case 'boolean':
      return 'yes';
    case 'string':
      return 42;
    case 'number':
    case 'integer':
      return 'many';
    case 'array':
      return 'not-a-list';
    case 'object':
      return 7;
    default:
      return undefined;
  }
}

interface BadOptions {
  what: string;
  options: unknown[];
}

function badOptions(schema: unknown): BadOptions[] {
  const items = Array.isArray(schema) ? (schema as { properties?: Record<string, SchemaProperty> }[]) : [];
  const cases: BadOptions[] = [
    { what: 'one option too many', options: [...items.map(() => ({})), {}] },
    { what: 'an unknown option', options: [{ notAnOption: true }] },
  ];
  for (const [name, property] of Object.entries(items[0]?.properties ?? {})) {
    const value = wrongValue(property);
    if (value !== undefined) cases.push({ what: `option ${name} set to ${JSON.stringify(value)}`, options: [{ [name]: value }] });
  }
  return cases;
}

const linter = new Linter({ configType: 'flat' });

describe('invalid rule options give ESLint’s schema error', () => {
  for (const [name, rule] of Object.entries(plugin.rules)) {
    it(`okta-oie/${name}`, () => {
      for (const { what, options } of badOptions(rule.meta?.schema)) {
        let thrown: Error | undefined;
        try {
          linter.verify(widgetFile, [{ plugins: { 'okta-oie': plugin }, rules: { [`okta-oie/${name}`]: ['error', ...options] } }], 'widget.js');
        } catch (error) {
          thrown = error as Error;
        }
        expect(thrown, what).toBeInstanceOf(Error);
        expect(thrown!.message, what).toMatch(new RegExp(`^Key "rules": Key "okta-oie/${name}":\\n\\tValue .* should `));
        expect(thrown!.stack, what).not.toMatch(ourStackFrame);
      }
    });
  }

  it('on the command line: exit code 2 and the schema message, no stack trace of ours', () => {
    const [name, rule] = Object.entries(plugin.rules).find(([, candidate]) => badOptions(candidate.meta?.schema).length > 2) ?? Object.entries(plugin.rules)[0]!;
    const bad = badOptions(rule.meta?.schema).at(-1)!;
    const result = runCli(
      { 'eslint.config.mjs': cliConfig('recommended', { rules: { [`okta-oie/${name}`]: ['error', ...bad.options] } }), 'widget.js': widgetFile },
      ['widget.js'],
    );
    expect(result.status, result.output).toBe(2);
    expect(result.output).toContain(`Key "rules": Key "okta-oie/${name}":`);
    expect(result.output).not.toMatch(ourStackFrame);
  });
});
