import type { ESLint } from 'eslint';
import { reportFromFormatterContext } from './formatter-report.js';
import { renderHtml } from './html/page.js';

/** ESLint formatter, exported as `eslint-plugin-okta-oie/formatter-html` (how to pass it to `eslint -f`: docs/report.md). */
const formatHtml: ESLint.FormatterFunction = (results, context) => renderHtml(reportFromFormatterContext(results, context));

export default formatHtml;
