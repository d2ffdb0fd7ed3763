/**
 * Reads the examples out of a rule's docs page, so tests/docs.test.ts can lint each one with the real rule.
 *
 * The conventions a page follows (CONTRIBUTING and the existing pages show them):
 * - A heading, or a line that starts with ❌ or ✅, sets the kind of the fenced code blocks below it: ❌ blocks must be
 *   reported by the page's rule, ✅ blocks must not. Any other heading ends the run, so blocks under `## Options` or
 *   `## Further Reading` are not examples unless they sit under their own ❌ / ✅ line.
 * - An HTML comment right before a block (blank lines between are fine) carries what the block needs, as JSON:
 *
 *       <!-- example: { "options": [{ "classicOnlyFlags": true }], "settings": { "okta-oie": { "engine": "classic" } } } -->
 *       <!-- example: { "filename": "config/widget-config.json" } -->
 *       <!-- example: { "fixed": true } -->      this block is what `eslint --fix` makes of the ❌ block before it
 *       <!-- example: { "suggested": true } -->  this block is the ❌ block before it with each report's first suggestion applied
 *       <!-- example: { "output": true } -->     this `text` block lists `line:column  message` for each report of the ❌ block before it
 *
 *   A `fixed` or `suggested` block is usually ✅; it may be ❌ when the fix leaves a report behind (it is then checked
 *   both ways: it equals the fixed text, and the rule still reports it).
 *
 * The readers of the page never see these comments; the test fails on an unknown key, so a typo cannot switch a check off.
 */

export type ExampleKind = 'incorrect' | 'correct';

export interface ExampleAnnotation {
  /** Rule options, as in `rules: { 'okta-oie/<rule>': ['error', ...options] }`. */
  options?: unknown[];
  /** ESLint `settings` for the block, for example `{ "okta-oie": { "engine": "classic" } }`. */
  settings?: Record<string, unknown>;
  /** File name the block is linted as; JSON rules look at it (`widget-config.json`). Defaults to `example.<ext>`. */
  filename?: string;
  fixed?: boolean;
  suggested?: boolean;
  output?: boolean;
}

const annotationKeys: ReadonlySet<string> = new Set(['options', 'settings', 'filename', 'fixed', 'suggested', 'output']);

export interface DocBlock {
  /** The first word of the fence's info string, lower case (`js`, `ts`, `json`, `text`, …). */
  lang: string;
  /** The block's text, each line ending with `\n`. */
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  kind: ExampleKind | undefined;
  annotation: ExampleAnnotation;
}

export interface ParsedDoc {
  blocks: DocBlock[];
  /** Level-2 headings (`## Examples`), outside code blocks, in order. */
  sections: string[];
  /** The text of each level-2 section (up to the next level-2 heading), by heading. */
  sectionText: Map<string, string>;
}

const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const annotationStart = /^\s*<!--\s*example:/;

function markerKind(line: string): ExampleKind | undefined {
  const text = line.replace(/^\s*(?:#+\s*|>\s*)?[*_\s]*/, '');
  if (text.startsWith('❌')) return 'incorrect';
  if (text.startsWith('✅')) return 'correct';
  return undefined;
}

function parseAnnotation(text: string, where: string): ExampleAnnotation {
  const json = text.replace(/^\s*<!--\s*example:/, '').replace(/-->\s*$/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${where}: the example annotation is not JSON (${(error as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where}: the example annotation must be a JSON object.`);
  }
  for (const key of Object.keys(value)) {
    if (!annotationKeys.has(key)) throw new Error(`${where}: unknown example annotation key '${key}'; known: ${[...annotationKeys].join(', ')}.`);
  }
  return value as ExampleAnnotation;
}

/** Splits a markdown page into its fenced blocks (with their ❌ / ✅ kind and annotation) and its sections. */
export function parseDoc(markdown: string, file: string): ParsedDoc {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const blocks: DocBlock[] = [];
  const sections: string[] = [];
  const sectionText = new Map<string, string>();
  let currentSection: string | undefined;
  let kind: ExampleKind | undefined;
  let pending: ExampleAnnotation | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const open = fence.exec(line);
    if (open) {
      const marker = open[1]!;
      const body: string[] = [];
      let end = index + 1;
      while (end < lines.length && !new RegExp(`^ {0,3}${marker[0]}{${marker.length},}\\s*$`).test(lines[end]!)) {
        body.push(lines[end]!);
        end++;
      }
      blocks.push({
        lang: open[2]!.toLowerCase(),
        code: body.map((text) => `${text}\n`).join(''),
        line: index + 1,
        kind,
        annotation: pending ?? {},
      });
      if (currentSection !== undefined) {
        sectionText.set(currentSection, `${sectionText.get(currentSection)}${lines.slice(index, end + 1).join('\n')}\n`);
      }
      pending = undefined;
      index = end;
      continue;
    }
    if (annotationStart.test(line)) {
      let text = line;
      let end = index;
      while (!text.includes('-->') && end + 1 < lines.length) text += `\n${lines[++end]}`;
      pending = parseAnnotation(text, `${file}:${index + 1}`);
      index = end;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      kind = markerKind(line);
      if (heading[1] === '##') {
        currentSection = heading[2]!;
        sections.push(currentSection);
        sectionText.set(currentSection, '');
      }
    } else {
      kind = markerKind(line) ?? kind;
    }
    if (line.trim() !== '') {
      if (pending) throw new Error(`${file}:${index + 1}: an example annotation must come right before a code block.`);
    }
    if (currentSection !== undefined) sectionText.set(currentSection, `${sectionText.get(currentSection)}${line}\n`);
  }
  if (pending) throw new Error(`${file}: an example annotation at the end of the page has no code block after it.`);
  return { blocks, sections, sectionText };
}

/** How a block is linted: the file name it gets and whether it is an ESTree or a JSON document. */
export interface BlockLanguage {
  extension: string;
  family: 'js' | 'ts' | 'json' | 'vue';
}

const languages: Record<string, BlockLanguage> = {
  js: { extension: 'js', family: 'js' },
  javascript: { extension: 'js', family: 'js' },
  mjs: { extension: 'mjs', family: 'js' },
  cjs: { extension: 'cjs', family: 'js' },
  jsx: { extension: 'jsx', family: 'js' },
  ts: { extension: 'ts', family: 'ts' },
  typescript: { extension: 'ts', family: 'ts' },
  mts: { extension: 'mts', family: 'ts' },
  cts: { extension: 'cts', family: 'ts' },
  tsx: { extension: 'tsx', family: 'ts' },
  json: { extension: 'json', family: 'json' },
  jsonc: { extension: 'jsonc', family: 'json' },
  json5: { extension: 'json5', family: 'json' },
  vue: { extension: 'vue', family: 'vue' },
};

export function blockLanguage(lang: string): BlockLanguage | undefined {
  return languages[lang];
}

export const supportedLanguages: readonly string[] = Object.keys(languages);
