/**
 * The feature data the plugin loads: its shape (the JSON is cast to FeatureRecord, so the types are checked here),
 * the payload matchers against what the payload locator can produce, facts of the 2026 notes the data must keep, and
 * the settings that read it. (Whether the data is what the notes say is `npm run data:check`'s job: the repository
 * keeps no copy of Okta's notes.)
 */
import { describe, expect, it } from 'vitest';
import { endpointSources, jsonShapes, pulumiSources, sdkSources } from '../../src/data/payload-sources.js';
import { enablersOf, featureById, featureData, features, knownFlags, newestRelease, newestReleaseDate, type FeatureUse } from '../../src/data/features.js';
import { readSettings } from '../../src/settings.js';

const earlyStages = new Set(['EA', 'Beta', 'Limited GA']);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const release = /^\d{4}\.\d{2}\.\d+$/;

describe('feature records', () => {
  it('have unique kebab-case ids, flag names, tickets and known engines', () => {
    const ids = features.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const feature of features) {
      expect(feature.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(feature.title.length).toBeGreaterThan(3);
      expect(['feature', 'behavior-change']).toContain(feature.kind);
      // An Early Access feature needs a name enabledFeatures can take: a flag, or its id when Okta names no flag.
      const early = feature.history.some((entry) => earlyStages.has(entry.stage));
      if (early) expect(enablersOf(feature).length, feature.id).toBeGreaterThan(0);
      if (feature.flags.length > 0) expect(feature.unflagged, feature.id).toBeUndefined();
      if (feature.unflagged !== undefined) expect(feature.unflagged.length, feature.id).toBeGreaterThan(20);
      for (const flag of feature.flags) expect(flag).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/);
      for (const ticket of feature.tickets) expect(ticket).toMatch(/^OKTA-\d+$/);
      expect(feature.engines.length).toBeGreaterThan(0);
      for (const engine of feature.engines) expect(['identity', 'classic']).toContain(engine);
      expect(feature.headings.length).toBeGreaterThan(0);
    }
  });

  it('have support dates that follow from their history, Early Access before GA', () => {
    for (const feature of features) {
      for (const channel of ['preview', 'production'] as const) {
        const { ea, ga } = feature.support[channel];
        for (const stage of [ea, ga]) {
          if (!stage) continue;
          expect(stage.date).toMatch(isoDate);
          expect(stage.release).toMatch(release);
          if (!stage.inferred) {
            expect(feature.history.some((entry) => entry.channel === channel && entry.date === stage.date && entry.release === stage.release), `${feature.id} ${channel}`).toBe(true);
          }
        }
        if (ea && ga) expect(ea.date < ga.date, `${feature.id} ${channel}`).toBe(true);
        if (ea) expect(typeof ea.selfService).toBe('boolean');
        // Production dates come from a release month, unless the item's comment gives the day.
        for (const stage of [ea, ga]) {
          if (!stage || channel !== 'production') continue;
          const entry = feature.history.find((candidate) => candidate.channel === channel && candidate.release === stage.release && candidate.date === stage.date)!;
          if (entry.productionDate === stage.date) expect(stage.approx, feature.id).toBeUndefined();
          else expect(stage).toMatchObject({ approx: true, date: `${stage.release.slice(0, 7).replace('.', '-')}-01` });
        }
      }
      const dates = feature.history.map((entry) => entry.date);
      expect(dates).toEqual([...dates].sort());
      for (const entry of feature.history) {
        expect(entry.release).toMatch(release);
        expect(['EA', 'Beta', 'Limited GA', 'GA']).toContain(entry.stage);
        expect(['preview', 'production']).toContain(entry.channel);
        expect(entry.heading.length).toBeGreaterThan(0);
        expect(entry.source.length).toBeGreaterThan(0);
      }
    }
  });

  it('name headings of the releases the data holds, and every history entry is one of its headings', () => {
    const releases = new Set(featureData.releases.map((release) => release.id));
    for (const feature of features) {
      for (const heading of feature.headings) expect(releases.has(heading.release), `${feature.id} ${heading.release}`).toBe(true);
      for (const entry of feature.history) {
        if (entry.source.startsWith('overrides:')) continue;
        expect(feature.headings.some((heading) => heading.release === entry.release && heading.heading === entry.heading), `${feature.id} ${entry.release}`).toBe(true);
      }
    }
  });

  it('keep the stages the 2026 notes announce for the features of the issue that brought the data up to date', () => {
    const stage = (id: string, channel: 'preview' | 'production', which: 'ea' | 'ga') => featureById(id)!.support[channel][which]?.release;
    // GA in Production since the source document (2026.02.2): with the default asOf none of these is reported.
    expect(stage('password-oel-statement', 'production', 'ga')).toBe('2026.04.0');
    expect(stage('enrollment-grace-period-skip-count', 'production', 'ga')).toBe('2026.05.0');
    expect(stage('client-update-policy', 'production', 'ga')).toBe('2026.05.0');
    expect(stage('passkeys-rebrand', 'production', 'ga')).toBe('2026.05.0');
    expect(stage('device-assurance-dynamic-os', 'production', 'ga')).toBe('2026.03.0');
    expect(stage('device-assurance-grace-period', 'production', 'ga')).toBe('2026.03.0');
    expect(stage('custom-telephony-provider', 'production', 'ga')).toBe('2026.06.0');
    expect(stage('native-to-web-sso', 'production', 'ga')).toBe('2026.07.0');
    // Still GA in Preview only.
    expect(featureById('policy-platform-linux')!.support).toEqual({ preview: { ga: { date: '2026-02-04', release: '2026.02.0' } }, production: {} });
    // A GA stage whose table repeats the first preview date counts from its own release (Dynamic OS: "February 4, 2024").
    expect(featureById('device-assurance-dynamic-os')!.support.preview.ga).toEqual({ date: '2026-02-04', release: '2026.02.0' });
    // A Production day the comment gives ("Prod: August 5, 2026").
    expect(featureById('list-fields-parameter')!.support.production.ga).toEqual({ date: '2026-08-05', release: '2026.08.0' });
  });

  it('include the features the notes name', () => {
    expect(features.map((feature) => feature.id)).toEqual(
      expect.arrayContaining([
        'native-to-web-sso',
        'custom-telephony-provider',
        'client-update-policy',
        'oidc-token-encryption',
        'unified-claims',
        'webauthn-custom-aaguid',
        'gsp-new-device-factor-mode',
        'identity-source-individual-entities',
        'identity-source-groups',
        'oamp-password-expiry',
        'password-oel-statement',
        'policy-platform-linux',
        'enrollment-grace-period-skip-count',
        'device-assurance-dynamic-os',
        'device-assurance-grace-period',
        'ldap-bidirectional-group-management',
        'session-violation-detection-config',
        'passkeys-rebrand',
        'smtp-oauth2',
        'idp-fallback-to-okta',
        'okta-verify-per-method-authenticators',
        'passkey-enrollment-promotion',
        'user-identification-policy',
        'identity-claims-sourcing-policy',
        'multiple-resources-per-refresh-token',
        'device-os-accounts',
        'agent-to-agent-connections',
        'mcp-manual-registration',
      ]),
    );
  });

  it('mark the features also announced for Classic Engine', () => {
    const classic = features.filter((feature) => feature.engines.includes('classic')).map((feature) => feature.id);
    expect(classic).toEqual(expect.arrayContaining(['identity-source-groups', 'identity-source-individual-entities', 'oidc-token-encryption', 'unified-claims']));
    expect(featureById('policy-platform-linux')!.engines).toEqual(['identity']);
  });
});

describe('feature uses', () => {
  const reachableKinds = new Set([...endpointSources, ...sdkSources, ...pulumiSources, ...jsonShapes].map((source) => source.kind));
  const dotPath = /^[A-Za-z_$][\w$]*(?:\[\])?(?:\.[A-Za-z_$][\w$]*(?:\[\])?)*$/;
  const uses = features.flatMap((feature) => feature.uses.map((use) => ({ feature, use })));

  function valueMatch(use: FeatureUse) {
    if ('equals' in use && use.equals !== undefined) expect(['string', 'number', 'boolean']).toContain(typeof use.equals);
    if ('includes' in use && use.includes !== undefined) expect(typeof use.includes).toBe('string');
    expect('equals' in use && 'includes' in use && use.equals !== undefined && use.includes !== undefined).toBe(false);
  }

  it('each say one thing: a payload path, a Pulumi argument, an endpoint or an SDK method', () => {
    expect(uses.length).toBeGreaterThan(60);
    for (const { feature, use } of uses) {
      const where = `${feature.id}: ${JSON.stringify(use)}`;
      const forms = ['payload', 'pulumi', 'endpoint', 'sdk'].filter((key) => key in use);
      expect(forms, where).toHaveLength(1);
      if ('payload' in use) {
        expect(reachableKinds.has(use.payload), `${where}: no payload source produces ${use.payload}`).toBe(true);
        expect(use.path, where).toMatch(dotPath);
        for (const type of use.policyTypes ?? []) expect(type).toMatch(/^[A-Z_]+$/);
        valueMatch(use);
      } else if ('pulumi' in use) {
        expect(use.pulumi, where).toMatch(/^(?:[a-z]+\.)?[A-Z][A-Za-z]+$/);
        expect(use.path, where).toMatch(dotPath);
        valueMatch(use);
      } else if ('endpoint' in use) {
        expect(use.endpoint, where).toMatch(/^\/api\/v1(?:\/(?:[A-Za-z-]+|\{[A-Za-z]+\}))+$/);
        for (const method of use.methods ?? []) expect(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).toContain(method);
      } else {
        expect(use.sdk, where).toMatch(/^[a-z][A-Za-z0-9]*Api\.(?:\*|[a-z][A-Za-z0-9]*)$/);
      }
    }
  });

  it('use the API literals, not the release-note prose', () => {
    const text = JSON.stringify(features.map((feature) => feature.uses));
    expect(text).not.toContain('CLIENT_POLICY');
    expect(featureById('client-update-policy')!.renamed).toEqual({ CLIENT_POLICY: 'CLIENT_UPDATE' });
    expect(featureById('policy-platform-linux')!.uses).toContainEqual({
      payload: 'policy-rule',
      policyTypes: ['ACCESS_POLICY', 'IDP_DISCOVERY'],
      path: 'conditions.platform.include[].os.type',
      equals: 'LINUX',
    });
    expect(featureById('idp-fallback-to-okta')!.uses).toContainEqual({ pulumi: 'policy.RuleIdpDiscovery', path: 'shouldFallBackToOkta', equals: true });
  });

  it('are empty only where code cannot show the feature, and the record says why', () => {
    for (const feature of features.filter((candidate) => candidate.uses.length === 0)) {
      expect(feature.notes?.join(' ') ?? '', feature.id).toMatch(/No payload matchers|nothing is matched/);
    }
    expect(features.filter((feature) => feature.uses.length === 0).map((feature) => feature.id)).toEqual(
      expect.arrayContaining(['gsp-new-device-factor-mode', 'ldap-bidirectional-group-management']),
    );
  });
});

describe('what settings read from the data', () => {
  it('knows every flag once, in data order', () => {
    expect(knownFlags).toEqual([...new Set(features.flatMap((feature) => feature.flags.length > 0 ? feature.flags : feature.unflagged ? [feature.id] : []))]);
    expect(knownFlags).toEqual(expect.arrayContaining(['LINUX_SUPPORT_FOR_POLICIES', 'OAUTH_FOR_CUSTOM_SMTP_SERVER', 'OKTA_VERIFY_RELEASE_CONTROL_POLICY']));
    // An Early Access feature Okta names no flag for is known by its id.
    expect(knownFlags).toContain('user-identification-policy');
    expect(knownFlags).not.toContain('policy-platform-linux');
  });

  it('defaults asOf to the newest date in the data, no earlier than any stage it records', () => {
    expect(newestReleaseDate).toBe(featureData.newestDate);
    // The newest release date: a publication, or the preview rollout of a release the notes give no publication for.
    const dates = featureData.releases.flatMap((r) => [r.published, r.previewRollout]).filter((date): date is string => date !== null);
    expect(newestReleaseDate).toBe([...dates].sort().at(-1));
    expect(newestRelease).toEqual({ id: '2026.08.3', date: newestReleaseDate });
    for (const feature of features) for (const entry of feature.history) expect(entry.date <= newestReleaseDate).toBe(true);
    const result = readSettings({});
    expect(result).toEqual({ ok: true, settings: { engine: 'identity', channel: 'production', asOf: newestReleaseDate, enabledFeatures: [] } });
  });

  it('accepts known flags in enabledFeatures and names the allowed ones for an unknown flag', () => {
    expect(readSettings({ 'okta-oie': { channel: 'preview', enabledFeatures: ['OAUTH_FOR_CUSTOM_SMTP_SERVER', 'PASSKEYS_REBRAND'] } })).toEqual({
      ok: true,
      settings: { engine: 'identity', channel: 'preview', asOf: newestReleaseDate, enabledFeatures: ['OAUTH_FOR_CUSTOM_SMTP_SERVER', 'PASSKEYS_REBRAND'] },
    });
    const bad = readSettings({ 'okta-oie': { enabledFeatures: ['LINUX_SUPPORT'] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problem).toMatch(/^settings\['okta-oie'\]\.enabledFeatures has an unknown flag 'LINUX_SUPPORT'; allowed values: '[A-Z_0-9]+', /);
      for (const flag of knownFlags) expect(bad.problem).toContain(`'${flag}'`);
    }
  });
});
