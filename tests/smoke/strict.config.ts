// The config of the smoke test: the plugin's `strict` config (from the source, loaded by ESLint through jiti) over the
// whole real-code corpus. A file, not an object, so ESLint can lint with several worker threads.
import plugin from '../../src/index.js';
import { corpusGroups, languageConfigs } from './corpus.mjs';

export default [...languageConfigs(corpusGroups(['okta', 'typescript'], undefined)), plugin.configs.strict];
