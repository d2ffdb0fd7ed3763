import type { ESLint } from 'eslint';
import { reportFromFormatterContext } from './formatter-report.js';
import { renderHtml } from './html/page.js';

/** ESLint formatter: `eslint -f ./node_modules/eslint-plugin-okta-oie/dist/report/formatter-html.mjs -o report.html .` */
const formatHtml: ESLint.FormatterFunction = (results, context) => renderHtml(reportFromFormatterContext(results, context));

export default formatHtml;
