import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { languageConfig, lintConfig, type Level } from '../fix-safety/support/languages.js';

/**
 * Inputs that stress value following, each linted with every rule (`recommended` and `strict`): the resolver's caps
 * must keep each file's lint time near its parse time (under 2× parse time + 1 s, measured against a run with no
 * rule), and nothing may throw. Each file names Okta, so every rule looks at it. Nesting stays where the parsers
 * still parse (a little past 500 levels here): deeper input is the parser's error, not ours.
 */

const widget = "import OktaSignIn from '@okta/okta-signin-widget';\nimport axios from 'axios';\n";

function doublingTemplates(count: number): string {
  const lines = [widget, "const a0 = '/api/v1/sessions/x#y';"];
  for (let index = 1; index <= count; index++) lines.push(`const a${index} = \`\${a${index - 1}}\${a${index - 1}}\${a${index - 1}}\`;`);
  lines.push(`fetch(a${count}, { method: 'DELETE' });`, `new OktaSignIn({ baseUrl: a${count}, features: { registration: true } });`);
  return lines.join('\n');
}

function spreadChain(count: number): string {
  const lines = [widget, "const c0 = { baseUrl: 'https://acme.okta.com', features: { registration: true } };"];
  for (let index = 1; index <= count; index++) lines.push(`const c${index} = { ...c${index - 1}, k${index}: ${index} };`);
  lines.push(`new OktaSignIn(c${count});`, `axios.post('/api/v1/authn', { ...c${count}, audience });`);
  return lines.join('\n');
}

function plusChain(count: number): string {
  return `${widget}const base = 'https://acme.okta.com';\nlet url = base;\n${Array.from({ length: count }, (_, index) => `url = url + '/seg${index}';`).join('\n')}\nfetch(url + '/api/v1/sessions/' + id, { method: 'DELETE' });\n`;
}

const cases: Record<string, () => string> = {
  'templates that triple at every step (3^40 characters unbounded)': () => doublingTemplates(40),
  'a 3,000-long chain of spreads': () => spreadChain(3000),
  'calls nested 500 deep around a URL and a body': () =>
    `${widget}fetch(${'wrap('.repeat(500)}'/api/v1/authn'${')'.repeat(500)}, { method: 'POST', body: JSON.stringify(${'id('.repeat(500)}{ audience }${')'.repeat(500)}) });\n`,
  '`!` nested 500 deep in a config': () => `${widget}new OktaSignIn({ baseUrl: 'x', features: { registration: ${'!'.repeat(500)}true } });\n`,
  'a call with 5,000 arguments': () => `${widget}fetch(f(${Array.from({ length: 5000 }, (_, index) => `'/api/v1/a${index}'`).join(', ')}));\n`,
  'a 100 KB string through the URL normalizer': () =>
    `${widget}fetch('/api/v1/sessions/' + ${JSON.stringify('#//?\n'.repeat(20_000))} + id, { method: 'DELETE' });\nexport const p = ${JSON.stringify(`/api/v1/${'a/'.repeat(50_000)}`)};\n`,
  'a `let` written 5,000 times': () => plusChain(5000),
  'a wrapper called from 2,000 places': () =>
    `${widget}function oktaRequest(path, body) { return fetch(\`\${ORG}\${path}\`, { method: 'POST', body: JSON.stringify(body) }); }\n${Array.from({ length: 2000 }, (_, index) => `oktaRequest('/api/v1/authn', { audience: ${index} });`).join('\n')}\n`,
  'a class writing one member in 2,000 methods': () =>
    `${widget}class Api {\n  constructor() { this.http = axios.create({ baseURL: ORG }); }\n${Array.from({ length: 2000 }, (_, index) => `  m${index}() { this.http = axios.create({ baseURL: '/v${index}' }); return this.http.post('/api/v1/authn', { audience }); }`).join('\n')}\n}\n`,
  'an object with 10,000 keys, written to 2,000 times': () =>
    `${widget}const config = { baseUrl: 'x', ${Array.from({ length: 10_000 }, (_, index) => `k${index}: ${index}`).join(', ')} };\n${Array.from({ length: 2000 }, (_, index) => `config.features.f${index} = true;`).join('\n')}\nnew OktaSignIn(config);\n`,
  'a file of 3,000 endpoint constants': () => Array.from({ length: 3000 }, (_, index) => `export const P${index} = \`\${ORG}/api/v1/authn/recovery/\${x${index}}\`;`).join('\n'),
};

function timeLint(text: string, config: Linter.Config[]): { ms: number; messages: Linter.LintMessage[] } {
  const linter = new Linter();
  const started = performance.now();
  const messages = linter.verify(text, config, `${process.cwd()}/hostile.js`);
  return { ms: performance.now() - started, messages };
}

describe('hostile input to value following', () => {
  const levels: readonly Level[] = ['recommended', 'strict'];
  it.each(Object.entries(cases))('%s', (_name, make) => {
    const text = make();
    // Parse once first so neither timing pays for warming up the parser.
    timeLint(text, [languageConfig('hostile.js')]);
    const parse = timeLint(text, [languageConfig('hostile.js')]);
    expect(parse.messages.filter((message) => message.fatal)).toEqual([]);
    for (const level of levels) {
      const lint = timeLint(text, lintConfig('hostile.js', level));
      expect(lint.messages.filter((message) => message.fatal || message.ruleId === null)).toEqual([]);
      expect(lint.ms, `${level}: ${lint.ms.toFixed(0)} ms, parse ${parse.ms.toFixed(0)} ms`).toBeLessThan(2 * parse.ms + 1000);
    }
  }, 60_000);
});
