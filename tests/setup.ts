import { RuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as ESLintRuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// ESLint's own RuleTester (used for JSON-language cases) looks for these as globals.
Object.assign(ESLintRuleTester, { describe, it, itOnly: it.only });
