import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './consumers.js';

export interface FencedBlock {
  lang: string;
  code: string;
}

/** The fenced code blocks of one `### ` section of the README, in order. */
function sectionBlocks(readme: string, heading: string): FencedBlock[] {
  const start = readme.indexOf(`\n### ${heading}\n`);
  if (start === -1) throw new Error(`README.md has no section "### ${heading}".`);
  const next = readme.indexOf('\n#', start + heading.length + 5);
  const section = readme.slice(start, next === -1 ? undefined : next);
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ lang: match[1]!, code: match[2]! }));
}

/** What a user copies from the README's setup: the two flat configs, the `.eslintrc` and the ESLint 8 command. */
export interface ReadmeSetup {
  /** `eslint.config.mjs` with `recommended` and `recommended-json`. */
  flatRecommended: string;
  /** `eslint.config.mjs` with `strict` and `strict-json`. */
  flatStrict: string;
  eslintrc: string;
  /** The arguments of the README's `npx eslint …` command for ESLint 8. */
  eslint8Args: string[];
}

export function readmeSetup(): ReadmeSetup {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const flat = sectionBlocks(readme, 'ESLint 10 and 9 (flat config)').filter((block) => block.lang === 'js');
  if (flat.length !== 2) throw new Error(`expected 2 flat configs in the README's setup, found ${flat.length}`);
  const legacy = sectionBlocks(readme, 'ESLint 8 (`.eslintrc`)');
  const eslintrc = legacy.find((block) => block.lang === 'json');
  const command = legacy.find((block) => block.lang === 'sh')?.code.trim();
  if (!eslintrc || !command?.startsWith('npx eslint ')) throw new Error("the README's ESLint 8 section lost its .eslintrc or its command");
  return {
    flatRecommended: flat[0]!.code,
    flatStrict: flat[1]!.code,
    eslintrc: eslintrc.code,
    eslint8Args: command.slice('npx eslint '.length).split(/\s+/),
  };
}
