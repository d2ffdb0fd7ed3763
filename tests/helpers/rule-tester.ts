import json from '@eslint/json';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as ESLintRuleTester } from 'eslint';

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
