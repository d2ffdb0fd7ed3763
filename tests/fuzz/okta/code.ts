import type { Random } from '../random.js';

/**
 * The pieces Okta-shaped programs are built from: data trees rendered as JavaScript (with random key forms, spreads,
 * missing values, TypeScript casts and trailing commas) or as JSON, module bindings rendered as `import` or
 * `require`, and wrappers that move statements into functions, blocks and handlers.
 */

/** A JavaScript expression inside a data tree; `json` stands for it when the tree is written as JSON. */
export class Code {
  constructor(
    readonly code: string,
    readonly json: unknown = null,
  ) {}
}

/** A spread inside an object of a data tree: `...code`. */
export class Spread {
  constructor(readonly code: string) {}
}

export type Data = string | number | boolean | null | undefined | Code | Data[] | { [key: string]: Data | Spread };

export interface Flavor {
  /** ES module (imports allowed) or script (require and globals only). */
  module: boolean;
  /** TypeScript syntax allowed. */
  ts: boolean;
}

const identifierPattern = /^[A-Za-z_$][\w$]*$/;
const reservedWords = new Set(['default', 'delete', 'new', 'class', 'function', 'return', 'this', 'import', 'export', 'in', 'of', 'let', 'static', 'yield', 'await', 'enum', 'case', 'void', 'typeof', 'var', 'const', 'if', 'for', 'do', 'while', 'switch', 'try', 'catch', 'finally', 'throw', 'with', 'super', 'null', 'true', 'false', 'instanceof', 'debugger', 'continue', 'break', 'extends', 'else', 'package', 'private', 'protected', 'public', 'interface', 'implements']);

export class Builder {
  private counter = 0;
  /** Import or require lines, by module, export and preferred name, hoisted to the top of the program. */
  private readonly bindings = new Map<string, { name: string; line: string }>();
  readonly prelude: string[] = [];
  /** Names the prelude declares at the top level. */
  private readonly topLevelNames = new Set<string>();

  constructor(
    readonly rng: Random,
    readonly flavor: Flavor,
  ) {}

  /**
   * Declares `name` at the top level with `line`, once; false when an import already took the name (the caller
   * then does without the declaration).
   */
  declareTop(name: string, line: string): boolean {
    if (this.topLevelNames.has(name)) return true;
    if ([...this.bindings.values()].some((binding) => binding.name === name)) return false;
    this.topLevelNames.add(name);
    this.prelude.push(line);
    return true;
  }

  /** A fresh identifier: `config3`. */
  id(base: string): string {
    return `${base}${++this.counter}`;
  }

  header(): string {
    return [...[...this.bindings.values()].map((binding) => binding.line), ...this.prelude].join('\n');
  }

  /**
   * A local name for an export of a module: `import x from`, `import { name as x }`, `import * as x`, or the
   * `require()` forms. `exportName` undefined means the module object itself (default / CommonJS export).
   */
  bind(moduleId: string, exportName: string | undefined, preferred: string): string {
    const key = `${moduleId}#${exportName ?? ''}#${preferred}`;
    const existing = this.bindings.get(key);
    if (existing) return existing.name;
    const { rng } = this;
    let name = rng.chance(0.5) ? preferred : this.id(preferred);
    // Two imports may not declare the same name.
    if (this.topLevelNames.has(name) || [...this.bindings.values()].some((binding) => binding.name === name)) name = this.id(preferred);
    const quoted = rng.chance(0.8) ? `'${moduleId}'` : `"${moduleId}"`;
    let line: string;
    if (this.flavor.module && rng.chance(0.75)) {
      if (exportName === undefined) {
        line = rng.chance(0.8) ? `import ${name} from ${quoted};` : `import * as ${name} from ${quoted};`;
      } else {
        line = rng.oneOf([
          () => `import { ${exportName} as ${name} } from ${quoted};`,
          () => `import ${this.id('unused')}, { ${exportName} as ${name} } from ${quoted};`,
        ]);
      }
    } else {
      const keyword = rng.pick(['const', 'let', 'var']);
      if (exportName === undefined) {
        line = rng.oneOf([() => `${keyword} ${name} = require(${quoted});`, () => `${keyword} ${name} = require(${quoted}).default;`]);
      } else {
        line = rng.oneOf([
          () => `${keyword} { ${exportName}: ${name} } = require(${quoted});`,
          () => `${keyword} ${name} = require(${quoted}).${exportName};`,
        ]);
      }
    }
    this.bindings.set(key, { name, line });
    return name;
  }

  quote(text: string): string {
    const escaped = text.replace(/\\/g, '\\\\');
    return this.rng.oneOf([
      () => `'${escaped.replace(/'/g, "\\'")}'`,
      () => `"${escaped.replace(/"/g, '\\"')}"`,
      () => `\`${escaped.replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``,
    ]);
  }

  key(name: string): string {
    const { rng } = this;
    if (identifierPattern.test(name)) {
      return rng.oneOf([
        () => name,
        () => name,
        () => name,
        () => `'${name}'`,
        () => `"${name}"`,
        () => `['${name}']`,
        () => `[\`${name}\`]`,
      ]);
    }
    return rng.chance(0.85) ? `'${name}'` : `['${name}']`;
  }

  /**
   * A TypeScript wrapper around an expression that keeps its value (only in TS programs). The expression goes in
   * parentheses: an arrow function followed by `as` does not parse.
   */
  cast(expression: string): string {
    if (!this.flavor.ts || !this.rng.chance(0.15)) return expression;
    return this.rng.oneOf([
      () => `((${expression}) as any)`,
      () => `((${expression}) as const)`,
      () => `((${expression}) satisfies object)`,
      () => `(<any>(${expression}))`,
      () => `(${expression})!`,
      () => `((${expression}) as unknown as Record<string, unknown>)`,
    ]);
  }

  /** A value nobody can resolve, or none at all: the "missing value" mutations. */
  odd(): string {
    return this.rng.pick(['undefined', 'null', 'value', 'getValue()', 'process.env.OKTA_VALUE', 'options?.value', '[]', '{}', '""', '0', 'void 0']);
  }

  render(data: Data, depth = 0, mutate = true): string {
    const { rng } = this;
    if (data instanceof Code) return this.cast(data.code);
    if (data === undefined) return 'undefined';
    if (data === null || typeof data === 'number' || typeof data === 'boolean') return String(data);
    if (typeof data === 'string') return this.quote(data);
    if (Array.isArray(data)) {
      const items = data.map((item) => (mutate && rng.chance(0.04) ? this.odd() : this.render(item, depth + 1, mutate)));
      if (mutate && rng.chance(0.05)) items.splice(rng.int(0, items.length), 0, '');
      const trailing = items.length > 0 && rng.chance(0.3) ? ',' : '';
      return this.cast(`[${items.join(', ')}${trailing}]`);
    }
    const parts: string[] = [];
    for (const [name, value] of Object.entries(data)) {
      if (value instanceof Spread) {
        parts.push(`...${value.code}`);
        continue;
      }
      if (mutate && rng.chance(0.05)) continue;
      if (mutate && rng.chance(0.04) && identifierPattern.test(name) && !reservedWords.has(name)) {
        parts.push(name);
        continue;
      }
      const rendered = mutate && rng.chance(0.04) ? this.odd() : this.render(value, depth + 1, mutate);
      parts.push(`${this.key(name)}: ${rendered}`);
    }
    if (mutate && rng.chance(0.06)) parts.splice(rng.int(0, parts.length), 0, `...${this.odd()}`);
    if (parts.length === 0) return this.cast('{}');
    const trailing = rng.chance(0.35) ? ',' : '';
    if (rng.chance(0.4)) return this.cast(`{ ${parts.join(', ')}${trailing} }`);
    const indent = '  '.repeat(depth + 1);
    return this.cast(`{\n${parts.map((part) => `${indent}${part}`).join(',\n')}${trailing}\n${'  '.repeat(depth)}}`);
  }

  /** A declaration keyword, with a type annotation in TS programs. */
  declare(name: string, init: string): string {
    const keyword = this.rng.pick(['const', 'const', 'let', 'var']);
    const type = this.flavor.ts && this.rng.chance(0.3) ? `: ${this.rng.pick(['any', 'Record<string, any>', 'object', 'unknown'])}` : '';
    return `${keyword} ${name}${type} = ${init};`;
  }

  /** Puts statements somewhere else than the top level: a function, a handler, a block, a class method. */
  wrap(statements: string[], options: { async?: boolean; topLevel?: boolean } = {}): string[] {
    const { rng } = this;
    const body = statements.map((line) => `  ${line.replace(/\n/g, '\n  ')}`);
    const isAsync = options.async ?? false;
    const asyncKeyword = isAsync ? 'async ' : '';
    const choices: (() => string[])[] = [
      () => [`${asyncKeyword}function ${this.id('setup')}(${this.param('req')}, ${this.param('res')}) {`, ...body, '}'],
      () => [`const ${this.id('handler')} = ${asyncKeyword}(${this.param('req')}) => {`, ...body, '};'],
      () => [`${rng.pick(['app', 'router'])}.${rng.pick(['get', 'post', 'delete', 'use'])}('/${this.id('route')}', ${asyncKeyword}(${this.param('req')}, ${this.param('res')}) => {`, ...body, '});'],
      () => [`(${asyncKeyword}function () {`, ...body, '})();'],
      () => [`class ${this.id('Service')} {`, `  ${asyncKeyword}${this.id('run')}() {`, ...body.map((line) => `  ${line}`), '  }', '}'],
      () => [`module.exports.${this.id('task')} = ${asyncKeyword}function () {`, ...body, '};'],
    ];
    if (!isAsync) {
      choices.push(
        () => ['if (typeof window !== "undefined") {', ...body, '}'],
        () => ['try {', ...body, '} catch (error) {', '  console.error(error);', '}'],
        () => ['{', ...body, '}'],
      );
    }
    if (this.flavor.module && options.topLevel) {
      choices.push(() => [`export ${asyncKeyword}function ${this.id('exported')}() {`, ...body, '}']);
    }
    return rng.oneOf(choices);
  }

  /** A parameter, typed in TS programs. */
  param(name: string): string {
    return this.flavor.ts && this.rng.chance(0.4) ? `${name}: ${this.rng.pick(['any', 'Request', 'unknown'])}` : name;
  }
}

/** Writes a data tree as JSON; `Code` becomes its `json` stand-in and spreads are left out. */
export function renderJson(data: Data, rng: Random, indent = 2, depth = 0, comments = false): string {
  const comment = () => (comments && rng.chance(0.25) ? ` /* j${rng.int(0, 9999)} */ ` : '');
  if (data instanceof Code) return JSON.stringify(data.json);
  if (data === undefined) return 'null';
  if (data === null || typeof data !== 'object') return JSON.stringify(data);
  const pad = ' '.repeat(indent * (depth + 1));
  const close = ' '.repeat(indent * depth);
  if (Array.isArray(data)) {
    if (data.length === 0) return '[]';
    return `[\n${data.map((item) => `${pad}${comment()}${renderJson(item, rng, indent, depth + 1, comments)}`).join(`,${comment()}\n`)}\n${close}]`;
  }
  const entries = Object.entries(data).filter((entry): entry is [string, Data] => !(entry[1] instanceof Spread));
  if (entries.length === 0) return `{${comment()}}`;
  return `{\n${entries
    .map(([key, value]) => `${pad}${comment()}${JSON.stringify(key)}:${comment()} ${renderJson(value, rng, indent, depth + 1, comments)}`)
    .join(`,${comment()}\n`)}\n${close}}`;
}
