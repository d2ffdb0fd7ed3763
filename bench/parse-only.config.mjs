// Parse-only baseline: the same files and parsers as the other configs, no plugin, no rules.
import { languageConfigs } from '../tests/smoke/corpus.mjs';

export default [...languageConfigs()];
