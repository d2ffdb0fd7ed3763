/**
 * Is a feature usable by an org, given its engine, release channel, a date and the Early Access flags it has on?
 * Pure: reads a feature record from `features.ts`, never the AST. Dates are `YYYY-MM-DD` strings, which compare
 * correctly as text. A stage counts from its date on (inclusive): on the preview date itself the feature is there.
 */
import { enablersOf, type Channel, type EarlyAccessDate, type Engine, type FeatureRecord, type StageDate } from './features.js';

export interface AvailabilityContext {
  engine: Engine;
  channel: Channel;
  /** `YYYY-MM-DD`. */
  asOf: string;
  /** Flags the org has turned on. */
  enabledFeatures: readonly string[];
}

export type Availability =
  /** Generally available in this channel since `since`. */
  | { status: 'available'; via: 'general-availability'; since: StageDate }
  /**
   * One of the feature's flags is in `enabledFeatures`. The org says it has the feature, so the dates do not
   * matter (Okta Support can turn a feature on before the notes say); `earlyAccess` is set when the data agrees.
   */
  | { status: 'available'; via: 'enabled-flag'; flag: string; earlyAccess?: EarlyAccessDate }
  /** Early Access in this channel: usable only once a flag is turned on (by an admin when `selfService`, otherwise by Okta Support). */
  | { status: 'early-access'; since: EarlyAccessDate; selfService: boolean; flags: readonly string[]; generalAvailability?: StageDate }
  /** Not in this channel at `asOf`. `next` is the next known stage here; `elsewhere` what the other channel has by then. */
  | {
      status: 'not-yet-available';
      channel: Channel;
      asOf: string;
      next?: { stage: 'EA' | 'GA'; on: StageDate };
      elsewhere?: { channel: Channel; stage: 'EA' | 'GA'; since: StageDate };
    }
  /** The feature does not exist on this engine. */
  | { status: 'not-on-engine'; engine: Engine; engines: readonly Engine[] };

function reached(stage: StageDate | undefined, asOf: string): stage is StageDate {
  return stage !== undefined && stage.date <= asOf;
}

function otherChannel(channel: Channel): Channel {
  return channel === 'preview' ? 'production' : 'preview';
}

/** What the other channel has at `asOf`, for a message such as "GA in Preview since 2026-02-04". */
function elsewhere(feature: FeatureRecord, channel: Channel, asOf: string) {
  const other = otherChannel(channel);
  const support = feature.support[other];
  if (reached(support.ga, asOf)) return { channel: other, stage: 'GA' as const, since: support.ga };
  if (reached(support.ea, asOf)) return { channel: other, stage: 'EA' as const, since: support.ea };
  return undefined;
}

export function availability(feature: FeatureRecord, context: AvailabilityContext): Availability {
  const { engine, channel, asOf, enabledFeatures } = context;
  if (!feature.engines.includes(engine)) return { status: 'not-on-engine', engine, engines: feature.engines };

  const support = feature.support[channel];
  if (reached(support.ga, asOf)) return { status: 'available', via: 'general-availability', since: support.ga };

  const earlyAccess = reached(support.ea, asOf) ? support.ea : undefined;
  const flags = enablersOf(feature);
  const flag = flags.find((name) => enabledFeatures.includes(name));
  if (flag !== undefined) return earlyAccess ? { status: 'available', via: 'enabled-flag', flag, earlyAccess } : { status: 'available', via: 'enabled-flag', flag };

  if (earlyAccess) {
    return support.ga
      ? { status: 'early-access', since: earlyAccess, selfService: earlyAccess.selfService, flags, generalAvailability: support.ga }
      : { status: 'early-access', since: earlyAccess, selfService: earlyAccess.selfService, flags };
  }

  const result: Extract<Availability, { status: 'not-yet-available' }> = { status: 'not-yet-available', channel, asOf };
  if (support.ea) result.next = { stage: 'EA', on: support.ea };
  else if (support.ga) result.next = { stage: 'GA', on: support.ga };
  const other = elsewhere(feature, channel, asOf);
  if (other) result.elsewhere = other;
  return result;
}

/** `true` when code may use the feature: generally available, or its flag is on. */
export function isAvailable(result: Availability): boolean {
  return result.status === 'available';
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A stage date for a message: '2026-02-04', or for a Production date the notes give only as a release
 * 'February 2026 (release 2026.02.0)'.
 */
export function displayDate(stage: StageDate): string {
  if (!stage.approx) return stage.date;
  const [year, month] = stage.date.split('-');
  return `${monthNames[Number(month) - 1]} ${year} (release ${stage.release})`;
}
