/**
 * availability(): each channel, the day before and the day of a stage date, flags in enabledFeatures, engines.
 * Real records from the data where they have the edge; small hand-made records where the data has none.
 */
import { describe, expect, it } from 'vitest';
import { availability, displayDate, isAvailable, type AvailabilityContext } from '../../src/data/availability.js';
import { featureById, features, type FeatureRecord } from '../../src/data/features.js';

function feature(id: string): FeatureRecord {
  const found = featureById(id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
}

const org = (context: Partial<AvailabilityContext>): AvailabilityContext => ({
  engine: 'identity',
  channel: 'production',
  asOf: '2026-02-20',
  enabledFeatures: [],
  ...context,
});

describe('a GA-in-Preview feature (LINUX platform condition, GA in Preview on 2026-02-04, not in Production)', () => {
  const linux = feature('policy-platform-linux');

  it('is not yet available in Preview the day before, with the date it arrives', () => {
    expect(availability(linux, org({ channel: 'preview', asOf: '2026-02-03' }))).toEqual({
      status: 'not-yet-available',
      channel: 'preview',
      asOf: '2026-02-03',
      next: { stage: 'GA', on: { date: '2026-02-04', release: '2026.02.0' } },
    });
  });

  it('is available in Preview on the day', () => {
    expect(availability(linux, org({ channel: 'preview', asOf: '2026-02-04' }))).toEqual({
      status: 'available',
      via: 'general-availability',
      since: { date: '2026-02-04', release: '2026.02.0' },
    });
  });

  it('is not available in Production, which the message can contrast with Preview', () => {
    expect(availability(linux, org({ channel: 'production', asOf: '2026-02-20' }))).toEqual({
      status: 'not-yet-available',
      channel: 'production',
      asOf: '2026-02-20',
      elsewhere: { channel: 'preview', stage: 'GA', since: { date: '2026-02-04', release: '2026.02.0' } },
    });
    // Before Preview had it, there is nothing to contrast with.
    expect(availability(linux, org({ channel: 'production', asOf: '2026-02-03' }))).toEqual({ status: 'not-yet-available', channel: 'production', asOf: '2026-02-03' });
  });

  it('is available in Production when the org lists its flag, whatever the date', () => {
    expect(availability(linux, org({ enabledFeatures: ['LINUX_SUPPORT_FOR_POLICIES'] }))).toEqual({ status: 'available', via: 'enabled-flag', flag: 'LINUX_SUPPORT_FOR_POLICIES' });
    expect(availability(linux, org({ asOf: '2020-01-01', enabledFeatures: ['PASSKEYS_REBRAND', 'LINUX_SUPPORT_FOR_POLICIES'] }))).toMatchObject({ status: 'available', flag: 'LINUX_SUPPORT_FOR_POLICIES' });
  });

  it('does not exist on Classic Engine, flag or not', () => {
    expect(availability(linux, org({ engine: 'classic', channel: 'preview' }))).toEqual({ status: 'not-on-engine', engine: 'classic', engines: ['identity'] });
    expect(availability(linux, org({ engine: 'classic', enabledFeatures: ['LINUX_SUPPORT_FOR_POLICIES'] })).status).toBe('not-on-engine');
  });
});

describe('a self-service EA feature (OAuth 2.0 SMTP, EA in Preview on 2026-02-04)', () => {
  const smtp = feature('smtp-oauth2');

  it('is not yet available in Preview the day before, and Early Access (self-service) on the day', () => {
    expect(availability(smtp, org({ channel: 'preview', asOf: '2026-02-03' }))).toEqual({
      status: 'not-yet-available',
      channel: 'preview',
      asOf: '2026-02-03',
      next: { stage: 'EA', on: { date: '2026-02-04', release: '2026.02.0', selfService: true } },
    });
    expect(availability(smtp, org({ channel: 'preview', asOf: '2026-02-04' }))).toEqual({
      status: 'early-access',
      since: { date: '2026-02-04', release: '2026.02.0', selfService: true },
      selfService: true,
      flags: ['OAUTH_FOR_CUSTOM_SMTP_SERVER'],
    });
  });

  it('is available once its flag is enabled, and says the data agrees it is Early Access', () => {
    expect(availability(smtp, org({ channel: 'preview', enabledFeatures: ['OAUTH_FOR_CUSTOM_SMTP_SERVER'] }))).toEqual({
      status: 'available',
      via: 'enabled-flag',
      flag: 'OAUTH_FOR_CUSTOM_SMTP_SERVER',
      earlyAccess: { date: '2026-02-04', release: '2026.02.0', selfService: true },
    });
  });

  it('is not yet available in Production, contrasted with Early Access in Preview', () => {
    expect(availability(smtp, org({}))).toEqual({
      status: 'not-yet-available',
      channel: 'production',
      asOf: '2026-02-20',
      elsewhere: { channel: 'preview', stage: 'EA', since: { date: '2026-02-04', release: '2026.02.0', selfService: true } },
    });
  });

  it('ignores flags of other features', () => {
    expect(availability(smtp, org({ channel: 'preview', enabledFeatures: ['PASSKEYS_REBRAND'] })).status).toBe('early-access');
  });
});

describe('Early Access through Okta Support, and dates from earlier notes', () => {
  it('says when Early Access needs Okta Support (client update policy)', () => {
    expect(availability(feature('client-update-policy'), org({ channel: 'preview', asOf: '2026-01-07' }))).toMatchObject({ status: 'early-access', selfService: false, flags: ['OKTA_VERIFY_RELEASE_CONTROL_POLICY'] });
    expect(availability(feature('client-update-policy'), org({ channel: 'preview', asOf: '2026-01-06' })).status).toBe('not-yet-available');
  });

  it('counts Okta as a fallback IdP from its own preview date (2026-01-28), before its release was published', () => {
    const fallback = feature('idp-fallback-to-okta');
    expect(availability(fallback, org({ channel: 'preview', asOf: '2026-01-27' })).status).toBe('not-yet-available');
    expect(availability(fallback, org({ channel: 'preview', asOf: '2026-01-28' })).status).toBe('early-access');
  });

  it('knows the grace period for device assurance was EA in Preview since 2024 and tells when GA follows', () => {
    expect(availability(feature('device-assurance-grace-period'), org({ channel: 'preview', asOf: '2025-06-01' }))).toEqual({
      status: 'early-access',
      since: { date: '2024-10-09', release: '2024.10.0', selfService: false },
      selfService: false,
      flags: ['DEVICE_ASSURANCE_GRACE_PERIOD'],
      generalAvailability: { date: '2026-02-04', release: '2026.02.0' },
    });
  });

  it('reads an "is EA" without channel as Early Access in Production too (session protection detection settings)', () => {
    const detection = feature('session-violation-detection-config');
    expect(availability(detection, org({}))).toMatchObject({ status: 'early-access', since: { date: '2025-12-01', approx: true }, selfService: false });
    expect(availability(detection, org({ channel: 'preview' }))).toMatchObject({ status: 'available', since: { date: '2026-02-04' } });
  });
});

describe('GA in Production, dated by the release month', () => {
  const aaguid = feature('webauthn-custom-aaguid');

  it('is not yet available the day before the month of release 2026.02.0, and available from its first day', () => {
    expect(availability(aaguid, org({ asOf: '2026-01-31' }))).toEqual({
      status: 'not-yet-available',
      channel: 'production',
      asOf: '2026-01-31',
      next: { stage: 'GA', on: { date: '2026-02-01', release: '2026.02.0', approx: true } },
      elsewhere: { channel: 'preview', stage: 'GA', since: { date: '2026-01-07', release: '2026.01.0' } },
    });
    expect(availability(aaguid, org({ asOf: '2026-02-01' }))).toEqual({
      status: 'available',
      via: 'general-availability',
      since: { date: '2026-02-01', release: '2026.02.0', approx: true },
    });
  });

  it('formats approximate dates as the release month', () => {
    expect(displayDate({ date: '2026-02-01', release: '2026.02.0', approx: true })).toBe('February 2026 (release 2026.02.0)');
    expect(displayDate({ date: '2026-01-07', release: '2026.01.0' })).toBe('2026-01-07');
  });

  it('exists on both engines when the Classic notes announce it too (token encryption)', () => {
    expect(availability(feature('oidc-token-encryption'), org({ engine: 'classic' }))).toMatchObject({ status: 'available', since: { date: '2026-01-01' } });
  });
});

describe('for every feature in the data', () => {
  const dates = ['2023-01-01', '2024-06-01', '2025-07-15', '2025-12-10', '2026-01-07', '2026-02-01', '2026-02-04', '2026-02-20', '2030-01-01'];

  it('never goes back: once Early Access or available in a channel, it stays so on later dates', () => {
    const rank = { 'not-yet-available': 0, 'early-access': 1, available: 2, 'not-on-engine': -1 } as const;
    for (const record of features) {
      for (const channel of ['preview', 'production'] as const) {
        const ranks = dates.map((asOf) => rank[availability(record, org({ channel, asOf })).status]);
        expect(ranks, `${record.id} ${channel}`).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  });

  it('is available with any of its flags, on its engines', () => {
    for (const record of features) {
      for (const flag of record.flags) {
        const result = availability(record, org({ asOf: '2020-01-01', enabledFeatures: [flag] }));
        expect(isAvailable(result), record.id).toBe(true);
      }
    }
  });
});

describe('records the data does not have', () => {
  const beta: FeatureRecord = {
    id: 'made-up-beta',
    title: 'A Beta',
    kind: 'feature',
    flags: ['MADE_UP_BETA'],
    tickets: [],
    engines: ['identity', 'classic'],
    headings: [],
    support: { preview: { ea: { date: '2031-03-05', release: '2031.03.0', selfService: true, stage: 'Beta' } }, production: {} },
    history: [],
    uses: [],
  };

  it('treats a Beta like Early Access, and a feature with no stage in either channel as not yet available', () => {
    expect(availability(beta, org({ channel: 'preview', asOf: '2031-03-05' }))).toMatchObject({ status: 'early-access', since: { stage: 'Beta' } });
    expect(availability(beta, org({ channel: 'production', asOf: '2031-03-05' }))).toEqual({
      status: 'not-yet-available',
      channel: 'production',
      asOf: '2031-03-05',
      elsewhere: { channel: 'preview', stage: 'EA', since: beta.support.preview.ea },
    });
    expect(availability(beta, org({ engine: 'classic', channel: 'preview', asOf: '2031-03-04' }))).toMatchObject({ status: 'not-yet-available', next: { stage: 'EA' } });
  });
});
