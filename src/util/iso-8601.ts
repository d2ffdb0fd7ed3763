/**
 * Reading the ISO 8601 strings Okta payloads carry (grace-period expiries), without `Date.parse`, whose reading of a
 * string without a time zone depends on the machine it runs on.
 */

export interface DateTimeParts {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:mm:ss`, or undefined for a date alone. */
  time: string | undefined;
  /** Fraction digits after the seconds, without the dot ('' when absent). */
  fraction: string;
  /** `Z`, `+02:00`, …, or undefined when the string names no time zone. */
  zone: string | undefined;
  /** Written the RFC 3339 way: a `T` between date and time, and the seconds. */
  rfc3339Time: boolean;
}

const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The parts of an ISO 8601 date or date-time (calendar dates only), or undefined when it is not one. */
export function parseDateTime(text: string): DateTimeParts | undefined {
  const match = dateTimePattern.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds, fraction, zone] = match;
  if (!isCalendarDay(Number(year), Number(month), Number(day))) return undefined;
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59)) return undefined;
  // A zone on a date with no time is not ISO 8601.
  if (hours === undefined && zone !== undefined) return undefined;
  return {
    date: `${year}-${month}-${day}`,
    time: hours === undefined ? undefined : `${hours}:${minutes}:${seconds ?? '00'}`,
    fraction: fraction ?? '',
    zone: zone === 'z' ? 'Z' : zone,
    rfc3339Time: seconds !== undefined && /^\d{4}-\d{2}-\d{2}[Tt]/.test(text.trim()),
  };
}

/** RFC 3339 (`format: date-time`): a full date, a time and a time zone. */
export function isRfc3339DateTime(text: string): boolean {
  const parts = parseDateTime(text);
  return parts !== undefined && parts.rfc3339Time && parts.zone !== undefined && /^[+-]\d{2}:\d{2}$|^Z$/.test(parts.zone);
}

/**
 * The same instant as `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`, reading a string with no time zone as UTC and a date alone as
 * its midnight; undefined when the text is no date.
 */
export function toMillisecondUtc(text: string): string | undefined {
  const parts = parseDateTime(text);
  if (!parts) return undefined;
  const [year, month, day] = parts.date.split('-').map(Number) as [number, number, number];
  const [hours, minutes, seconds] = (parts.time ?? '00:00:00').split(':').map(Number) as [number, number, number];
  const milliseconds = Number(`${parts.fraction}000`.slice(0, 3));
  let offsetMinutes = 0;
  if (parts.zone && parts.zone !== 'Z') {
    const zone = /^([+-])(\d{2}):?(\d{2})?$/.exec(parts.zone)!;
    offsetMinutes = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3] ?? 0));
  }
  const instant = Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds) - offsetMinutes * 60_000;
  return new Date(instant).toISOString();
}

/** An ISO 8601 duration: `P14D`, `PT12H`, `P1Y2M10DT2H30M`, `P2W`. */
const durationPattern = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function isDuration(text: string): boolean {
  return durationPattern.test(text);
}

/** The length of a duration in days (a year as 365 days, a month as 30), or undefined when it is no duration. */
export function durationDays(text: string): number | undefined {
  const match = durationPattern.exec(text);
  if (!match) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  return years! * 365 + months! * 30 + weeks! * 7 + days! + hours! / 24 + minutes! / 1440 + seconds! / 86_400;
}
