// eslint-doc-generator 3.7.1 reads the BUILT plugin (package.json `exports`), so `npm run docs` builds first.
// It writes the header of every docs/rules/<rule>.md, the options table between the options-list markers of each
// page, and the rules and configs tables of README.md. `--check` (run by tests/docs.test.ts) writes nothing and
// fails when any of these is out of date or a page misses a required section.

/** README rule lists, one per source document (`meta.docs.source.doc`); a rule with another source goes last. */
const ruleGroups = [
  {
    doc: 'ie-limitations',
    title: 'Classic Engine features that Identity Engine does not support',
    description: 'From Okta\'s "Identity Engine limitations" document.',
  },
  {
    doc: 'api-release-notes-2026',
    title: '2026 Identity Engine API changes',
    description: 'From Okta\'s Identity Engine API release notes for 2026.',
  },
];

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['recommended-json', '☑️'],
    ['strict-json', '🔐'],
  ],
  // The eslintrc twins of `recommended` and `strict` hold the same rules; listing them would double every column.
  ignoreConfig: ['legacy-recommended', 'legacy-strict'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixableAndHasSuggestions', 'options'],
  ruleDocNotices: ['description', 'configs', 'fixableAndHasSuggestions', 'options'],
  // Sections every rule page must have. `## Options` is required by `ruleDocSectionOptions` (on by default) for
  // every rule with options, and must be absent for a rule without any, so it is not listed here.
  ruleDocSectionInclude: ['Examples', 'When Not To Use It', 'Further Reading'],
  ruleListSplit(rules) {
    const sourceOf = ([, rule]) => rule.meta?.docs?.source?.doc;
    const known = new Set(ruleGroups.map((group) => group.doc));
    const lists = ruleGroups.map(({ doc, title, description }) => ({
      title,
      description,
      rules: rules.filter((rule) => sourceOf(rule) === doc),
    }));
    lists.push({ title: 'Other rules', rules: rules.filter((rule) => !known.has(sourceOf(rule))) });
    return lists.filter((list) => list.rules.length > 0);
  },
  urlConfigs: 'https://github.com/eslint-plugin-okta-oie/eslint-plugin-okta-oie#configs',
};

export default config;
