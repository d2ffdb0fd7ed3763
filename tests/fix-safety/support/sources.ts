import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockLanguage, parseDoc } from '../../helpers/doc-examples.js';
import { languageOf } from './languages.js';

/**
 * Every piece of code the project ships or tests with: files under `examples/`, files under any `fixtures/` folder
 * of `tests/`, and the code blocks of `docs/rules/*.md`. Each comes as a text with the file name it is linted as.
 */

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface LintSource {
  /** Where it comes from, for test names: `examples/app/src/login.js`, `docs/rules/x.md:42`. */
  origin: string;
  /** The name it is linted as; decides the parser. */
  filename: string;
  text: string;
  sourceType: 'module' | 'script';
  settings?: Record<string, unknown>;
  /** Rule options a docs block asks for, for the rule of its page. */
  ruleOptions?: { rule: string; options: unknown[] };
  /** Code that is meant to run: a file, or a ❌ / ✅ docs example (other docs blocks may be fragments). */
  complete: boolean;
}

function repoPath(file: string): string {
  return relative(root, file).split(sep).join('/');
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return (readdirSync(directory, { recursive: true }) as string[])
    .map((entry) => join(directory, entry))
    .filter((file) => !file.split(sep).includes('node_modules') && statSync(file).isFile())
    .sort();
}

/** The inline `<script>` blocks of an HTML page (no `src`, JavaScript types only), each as its own source. */
function htmlScripts(origin: string, html: string): LintSource[] {
  const sources: LintSource[] = [];
  const pattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let index = 0;
  for (const match of html.matchAll(pattern)) {
    const attributes = match[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (/\bsrc\s*=/i.test(attributes) || (type && !['module', 'text/javascript', 'application/javascript'].includes(type))) continue;
    index++;
    sources.push({ origin: `${origin} <script> ${index}`, filename: `${origin}/script-${index}.js`, text: match[2] ?? '', sourceType: type === 'module' ? 'module' : 'script', complete: true });
  }
  return sources;
}

/** A file as the sources it holds: itself, its HTML scripts, or (for `x.ts.txt` fixtures) its text as `x.ts`. */
function fileSources(file: string): LintSource[] {
  const origin = repoPath(file);
  const text = readFileSync(file, 'utf8');
  if (/\.html?$/i.test(file)) return htmlScripts(origin, text);
  const filename = origin.replace(/\.(ts|js|json)\.txt$/, '.$1');
  if (!languageOf(filename)) return [];
  // A page script that uses the CDN widget is a script; files with import/export are modules.
  const sourceType = filename.endsWith('.cjs') || (/\.js$/.test(filename) && !/^\s*(?:import|export)\b/m.test(text)) ? 'script' : 'module';
  return [{ origin, filename, text, sourceType, complete: true }];
}

export function exampleSources(): LintSource[] {
  return filesUnder(join(root, 'examples')).flatMap(fileSources);
}

export function fixtureSources(): LintSource[] {
  return filesUnder(join(root, 'tests'))
    .filter((file) => relative(root, file).split(sep).includes('fixtures'))
    .flatMap(fileSources);
}

export function docPages(): string[] {
  const directory = join(root, 'docs', 'rules');
  return existsSync(directory) ? readdirSync(directory).filter((file) => file.endsWith('.md')).sort().map((file) => join(directory, file)) : [];
}

/** The code blocks of one rule doc page, with the settings, options and file name their annotations give. */
export function docSources(page: string): LintSource[] {
  const origin = repoPath(page);
  const rule = `okta-oie/${page.split(sep).pop()!.replace(/\.md$/, '')}`;
  const { blocks } = parseDoc(readFileSync(page, 'utf8'), origin);
  return blocks.flatMap((block): LintSource[] => {
    const language = blockLanguage(block.lang);
    if (!language) return [];
    const filename = block.annotation.filename ?? `example.${language.extension}`;
    return [
      {
        origin: `${origin}:${block.line}`,
        filename: `${origin}/${block.line}/${filename}`,
        text: block.code,
        sourceType: 'module',
        complete: block.kind !== undefined,
        ...(block.annotation.settings ? { settings: block.annotation.settings } : {}),
        ...(block.annotation.options ? { ruleOptions: { rule, options: block.annotation.options } } : {}),
      },
    ];
  });
}
