import type { ESLint } from 'eslint';
import { reportFromFormatterContext } from './formatter-report.js';
import { renderJson } from './json-report.js';

/** ESLint formatter: `eslint -f ./node_modules/eslint-plugin-okta-oie/dist/report/formatter-json.mjs -o report.json .` */
const formatJson: ESLint.FormatterFunction = (results, context) => renderJson(reportFromFormatterContext(results, context));

export default formatJson;
