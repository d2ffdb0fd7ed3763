import type { ESLint } from 'eslint';
import { reportFromFormatterContext } from './formatter-report.js';
import { renderMarkdown } from './markdown-report.js';

/** ESLint formatter: `eslint -f ./node_modules/eslint-plugin-okta-oie/dist/report/formatter-markdown.mjs -o report.md .` */
const formatMarkdown: ESLint.FormatterFunction = (results, context) => renderMarkdown(reportFromFormatterContext(results, context));

export default formatMarkdown;
