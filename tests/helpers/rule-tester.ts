import json from '@eslint/json';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as ESLintRuleTester } from 'eslint';
import { fileURLToPath } from 'node:url';

/** ESTree cases: TypeScript parser, so JS and TS syntax both work. */
export const ruleTester = new RuleTester();

/** JSON documents, linted with `@eslint/json` like a user's JSON files. */
export const jsonRuleTester = new ESLintRuleTester({
  plugins: { json },
  language: 'json/json',
});

/** Removes the common indentation of a template literal, so cases read like the code they stand for. */
export function code(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '').replace(/\n[ \t]*$/, '\n');
  const indent = Math.min(...text.split('\n').filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length));
  return text
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n');
}

/**
 * A file name inside a fixture app (`tests/fixtures/apps/<app>/src/<name>`): `okta-app` depends on the Sign-In Widget,
 * `plain-app` on no Okta package. (RuleTester's default file name sits in this repository, whose package.json has
 * Okta packages as devDependencies.)
 */
export function appFile(app: 'okta-app' | 'plain-app', name: string): string {
  return fileURLToPath(new URL(`../fixtures/apps/${app}/src/${name}`, import.meta.url));
}
