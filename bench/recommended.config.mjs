// The plugin's `recommended` config from the built package, over the corpus.
import plugin from '../dist/index.mjs';
import { languageConfigs } from '../tests/smoke/corpus.mjs';

export default [...languageConfigs(), plugin.configs.recommended];
