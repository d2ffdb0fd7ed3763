// Parse-only plus one trivial core rule (`no-debugger`). ESLint itself gets slower as soon as any rule is enabled
// (measured: +20–40% CPU on the module builds, most of it garbage collection; the same with 1 or 34 no-op rules), so
// this is the baseline that shows what the plugin adds beyond ESLint's own price of having rules at all.
import { languageConfigs } from '../tests/smoke/corpus.mjs';

export default [...languageConfigs(), { name: 'bench/one-core-rule', rules: { 'no-debugger': 'error' } }];
