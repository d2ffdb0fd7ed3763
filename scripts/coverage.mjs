/**
 * docs/coverage.md against the release notes: which releases, item headings, bug tickets and documentation bullets of
 * the notes the page accounts for, which it does not, and which wait for a rule (`pending rule`). Pure functions
 * (text in, objects out); the command line is scripts/data-check.mjs, and `npm run data:release-notes -- --write`
 * prints the same gap after it rewrites the data.
 *
 * The page's shape: a `### <release heading>` section per release ("### Monthly release 2026.08.0"), holding a table
 * whose first column is the item's heading, `↳ OKTA-<n>` for a bug, or `↳ <first six words>` for a documentation
 * bullet. A row accounts for its item when it names a rule (`[id](rules/id.md)`), a feature record (`` `id` `` in the
 * Feature column) or a reason (the Notes column), and its Covered by cell does not say `pending rule`.
 */

/** The marker of a row whose item needs a rule that is being written: not accounted for until the rule is named. */
export const pendingRuleMarker = 'pending rule';

/** How coverage.md names a documentation bullet: its first six words, links and code marks reduced to their text. */
export function bulletKey(bullet) {
  return bullet
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
}

function splitRow(line) {
  // `\|` inside a cell is an escaped pipe, not a column break.
  const cells = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      cell += '|';
      i += 1;
    } else if (body[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += body[i];
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The rows of coverage.md by section: `{ heading, rows: [{ item, feature, coveredBy, notes, line }] }`. Columns are
 * found by the table's header (`Item`, `Feature`, `Covered by`, `Notes`), so three- and four-column tables both read.
 */
export function parseCoverage(markdown) {
  const sections = [];
  let section = null;
  let header = null;
  markdown.split(/\r?\n/).forEach((line, index) => {
    const heading = /^#{2,3} (.+?)\s*$/.exec(line);
    if (heading) {
      section = { heading: heading[1], level: line.startsWith('###') ? 3 : 2, rows: [] };
      sections.push(section);
      header = null;
      return;
    }
    if (!section || !line.trim().startsWith('|')) {
      if (!line.trim().startsWith('|')) header = null;
      return;
    }
    const cells = splitRow(line);
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) return;
    if (!header) {
      header = cells.map((cell) => cell.toLowerCase());
      return;
    }
    const column = (name) => {
      const at = header.indexOf(name);
      return at === -1 ? '' : (cells[at] ?? '');
    };
    section.rows.push({ item: cells[0] ?? '', feature: column('feature'), coveredBy: column('covered by'), notes: column('notes'), line: index + 1 });
  });
  return sections;
}

/** The rule ids a cell links (`[id](rules/id.md)`). */
export function linkedRules(text) {
  return [...text.matchAll(/\]\(rules\/([a-z0-9-]+)\.md\)/g)].map((match) => match[1]);
}

/** The feature ids a cell names in backticks. */
export function namedFeatures(text) {
  return [...text.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)*)`/g)].map((match) => match[1]);
}

function isPending(row) {
  return row.coveredBy.toLowerCase().includes(pendingRuleMarker);
}

function accounts(row) {
  if (isPending(row)) return false;
  const named = (text) => text.replace(/[—–-]/g, '').trim().length > 0;
  return linkedRules(row.coveredBy).length > 0 || namedFeatures(row.feature).length > 0 || named(row.notes);
}

/** The release heading coverage.md gives a release: "Monthly release 2026.08.0" / "Weekly release 2026.08.3". */
export function releaseHeading(release) {
  return `${release.kind === 'monthly' ? 'Monthly' : 'Weekly'} release ${release.id}`;
}

/**
 * What a parsed release-notes document (from `parseReleaseNotes`) needs from coverage.md, release by release:
 * one key per item heading, bug ticket and documentation bullet, in the notes' order.
 */
export function expectedEntries(doc, { from } = {}) {
  const entries = [];
  for (const release of doc.releases) {
    if (from && release.id < from) continue;
    const section = releaseHeading(release);
    for (const item of release.sections) {
      entries.push({ release: release.id, section, key: item.heading, kind: item.kind });
      if (item.kind === 'bugs') for (const ticket of item.tickets) entries.push({ release: release.id, section, key: `↳ ${ticket}`, kind: 'bug', parent: item.heading });
      if (item.kind === 'docs') for (const bullet of item.bullets) entries.push({ release: release.id, section, key: `↳ ${bulletKey(bullet)}`, kind: 'doc', parent: item.heading });
    }
  }
  return entries;
}

/**
 * The row that accounts for a bug: its own `↳ OKTA-<n>` row (any case: the notes once write 'Okta-1044631'), or, for
 * a release with one bug, the row of its heading when that row's notes name the ticket.
 */
function bugRow(section, entry) {
  const ticket = entry.key.replace(/^↳ /, '').toUpperCase();
  return (
    section.rows.find((candidate) => candidate.item.toUpperCase() === entry.key.toUpperCase()) ??
    section.rows.find((candidate) => candidate.item === entry.parent && candidate.notes.toUpperCase().includes(ticket))
  );
}

/**
 * Compares the notes with coverage.md. Returns the releases with no section, the entries with no row (`missing`),
 * the rows that wait for a rule (`pending`) and the rows that name nothing (`unexplained`).
 */
export function checkCoverage(doc, markdown, options = {}) {
  const sections = parseCoverage(markdown);
  const byHeading = new Map(sections.map((section) => [section.heading, section]));
  const missingReleases = [];
  const missing = [];
  const pending = [];
  const unexplained = [];
  const seenReleases = new Set();
  for (const entry of expectedEntries(doc, options)) {
    const section = byHeading.get(entry.section);
    if (!section) {
      if (!seenReleases.has(entry.release)) missingReleases.push(entry.section);
      seenReleases.add(entry.release);
      missing.push(entry);
      continue;
    }
    const row =
      section.rows.find((candidate) => candidate.item === entry.key || (entry.kind === 'doc' && candidate.item.startsWith(`${entry.key} `))) ??
      (entry.kind === 'bug' ? bugRow(section, entry) : undefined);
    if (!row) missing.push(entry);
    else if (isPending(row)) pending.push({ ...entry, row });
    else if (!accounts(row) && entry.kind !== 'bugs' && entry.kind !== 'docs') unexplained.push({ ...entry, row });
  }
  // Releases with no item at all (a release of bug fixes the notes list under no heading) still need their section.
  for (const release of doc.releases) {
    if (options.from && release.id < options.from) continue;
    const heading = releaseHeading(release);
    if (!byHeading.has(heading) && !missingReleases.includes(heading)) missingReleases.push(heading);
  }
  return { missingReleases, missing, pending, unexplained };
}

/** Markdown a maintainer pastes into coverage.md for what is missing: a section per release, a row per entry. */
export function skeleton(missing, featureOf = () => undefined) {
  const out = [];
  let section;
  for (const entry of missing) {
    if (entry.section !== section) {
      section = entry.section;
      out.push('', `### ${section}`, '', '| Item | Feature | Covered by | Notes |', '|---|---|---|---|');
    }
    const feature = entry.kind === 'feature' ? featureOf(entry.release, entry.key) : undefined;
    out.push(`| ${entry.key.replace(/\|/g, '\\|')} | ${feature ? `\`${feature}\`` : '—'} | | |`);
  }
  return out.join('\n').trim();
}

/** A short report of the gap, one line per entry, for the command line. */
export function describeGap({ missingReleases, missing, pending, unexplained }) {
  const lines = [];
  if (missingReleases.length > 0) lines.push(`releases with no section in docs/coverage.md: ${missingReleases.join(', ')}`);
  for (const entry of missing) lines.push(`not in docs/coverage.md: ${entry.release} ${entry.key}${entry.parent ? ` (in "${entry.parent}")` : ''}`);
  for (const entry of pending) lines.push(`waits for a rule (${pendingRuleMarker}): ${entry.release} ${entry.key} (docs/coverage.md:${entry.row.line})`);
  for (const entry of unexplained) lines.push(`names no rule, feature or reason: ${entry.release} ${entry.key} (docs/coverage.md:${entry.row.line})`);
  return lines;
}
