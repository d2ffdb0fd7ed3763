import { describe, expect, it } from 'vitest';
import { durationDays, isDuration, isRfc3339DateTime, parseDateTime, toMillisecondUtc } from '../../src/util/iso-8601.js';

describe('date-times', () => {
  it('tells RFC 3339 date-times from other ISO 8601 dates', () => {
    expect(isRfc3339DateTime('2024-12-01T00:00:00.00Z')).toBe(true);
    expect(isRfc3339DateTime('2026-03-01T10:00:00+02:00')).toBe(true);
    expect(isRfc3339DateTime('2026-03-01T00:00')).toBe(false);
    expect(isRfc3339DateTime('2026-03-01T00:00:00')).toBe(false);
    expect(isRfc3339DateTime('2026-03-01')).toBe(false);
    expect(isRfc3339DateTime('2026-02-30T00:00:00Z')).toBe(false);
    expect(parseDateTime('next week')).toBeUndefined();
  });

  it('writes any date as yyyy-MM-ddTHH:mm:ss.SSSZ, reading no zone as UTC whatever the machine zone', () => {
    expect(toMillisecondUtc('2026-03-01')).toBe('2026-03-01T00:00:00.000Z');
    expect(toMillisecondUtc('2026-03-01T00:00:00Z')).toBe('2026-03-01T00:00:00.000Z');
    expect(toMillisecondUtc('2026-03-01T08:30:00.5')).toBe('2026-03-01T08:30:00.500Z');
    expect(toMillisecondUtc('2026-03-01T01:00:00+02:00')).toBe('2026-02-28T23:00:00.000Z');
    expect(toMillisecondUtc('2026-13-01')).toBeUndefined();
  });
});

describe('durations', () => {
  it('reads ISO 8601 durations and their length in days', () => {
    expect(isDuration('P14D')).toBe(true);
    expect(isDuration('PT12H')).toBe(true);
    expect(isDuration('P')).toBe(false);
    expect(isDuration('PT')).toBe(false);
    expect(isDuration('14 days')).toBe(false);
    expect(durationDays('P2W')).toBe(14);
    expect(durationDays('PT36H')).toBe(1.5);
    expect(durationDays('P1Y')).toBe(365);
  });
});
