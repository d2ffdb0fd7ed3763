import type { ESLint } from 'eslint';
import { reportFromFormatterContext } from './formatter-report.js';
import { renderMarkdown } from './markdown-report.js';

/** ESLint formatter, exported as `eslint-plugin-okta-oie/formatter-markdown` (how to pass it to `eslint -f`: docs/report.md). */
const formatMarkdown: ESLint.FormatterFunction = (results, context) => renderMarkdown(reportFromFormatterContext(results, context));

export default formatMarkdown;
