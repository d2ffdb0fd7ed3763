import type { ESLint } from 'eslint';
import { reportFromFormatterContext } from './formatter-report.js';
import { renderJson } from './json-report.js';

/** ESLint formatter, exported as `eslint-plugin-okta-oie/formatter-json` (how to pass it to `eslint -f`: docs/report.md). */
const formatJson: ESLint.FormatterFunction = (results, context) => renderJson(reportFromFormatterContext(results, context));

export default formatJson;
