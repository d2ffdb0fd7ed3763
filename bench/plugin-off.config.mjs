// The plugin loaded and registered, every rule off: what loading and configuring the plugin costs with no rule at work.
import plugin from '../dist/index.mjs';
import { languageConfigs } from '../tests/smoke/corpus.mjs';

const off = Object.fromEntries(Object.keys(plugin.configs.recommended.rules).map((id) => [id, 'off']));

export default [...languageConfigs(), { ...plugin.configs.recommended, rules: off }];
