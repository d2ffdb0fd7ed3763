/** Feature availability, one record per Early Access / GA item of the 2026 release notes (filled in by the release-notes data work). */
export interface FeatureRecord {
  id: string;
  title: string;
  flags: readonly string[];
}

export const features: readonly FeatureRecord[] = [];

export const knownFlags: readonly string[] = features.flatMap((feature) => feature.flags);

/** The newest date the data knows about: the default for `settings['okta-oie'].asOf`. */
export const newestReleaseDate = '2026-02-20';
