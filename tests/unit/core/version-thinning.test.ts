/** Version history thins out with age: dense for the last minutes, one per hour, then one per day. */
import { describe, expect, it } from 'vitest';
import { versionsToKeep } from '../../../core/history/thinning.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

/** A version saved `ago` ms before NOW. */
const at = (ago: number) => ({ id: `v${ago}`, time: NOW - ago });

describe('versionsToKeep', () => {
  it('keeps every version of the last ten minutes', () => {
    const recent = Array.from({ length: 30 }, (_, i) => at(i * 15_000));
    expect(versionsToKeep(recent, NOW, 100)).toEqual(recent.map((v) => v.id));
  });

  it('keeps the newest version of each hour a day back, and of each day a week back', () => {
    // An autosave every 2 minutes for the past 5 days.
    const saves = Array.from({ length: (5 * DAY) / (2 * MINUTE) }, (_, i) => at(i * 2 * MINUTE));
    const kept = versionsToKeep(saves, NOW, 1_000).map((id) => NOW - Number(id.slice(1)));
    const between = (from: number, to: number) => kept.filter((t) => NOW - t >= from && NOW - t < to);
    expect(between(0, 10 * MINUTE)).toHaveLength(5);
    // 10 minutes to 2 hours: at most one per 5-minute slot (22 slots, the first partly in the tier).
    expect(between(10 * MINUTE, 2 * HOUR).length).toBeLessThanOrEqual(23);
    expect(between(10 * MINUTE, 2 * HOUR).length).toBeGreaterThanOrEqual(21);
    // 2 hours to 2 days: one per clock hour.
    const hours = between(2 * HOUR, 2 * DAY).map((t) => Math.floor(t / HOUR));
    expect(new Set(hours).size).toBe(hours.length);
    expect(hours.length).toBeGreaterThanOrEqual(45);
    // Beyond: one per clock day.
    const days = between(2 * DAY, 10 * DAY).map((t) => Math.floor(t / DAY));
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBeGreaterThanOrEqual(3);
    // Each kept version of the hourly tier is the newest save of its clock hour in that tier.
    const times = saves.map((v) => v.time);
    for (const t of between(2 * HOUR, 2 * DAY)) {
      const sameHour = times.filter((s) => Math.floor(s / HOUR) === Math.floor(t / HOUR) && NOW - s >= 2 * HOUR && NOW - s < 2 * DAY);
      expect(Math.max(...sameHour)).toBe(t);
    }
  });

  it('always keeps the newest, and never more than the limit (the oldest go first)', () => {
    const saves = Array.from({ length: 50 }, (_, i) => at(i * 1_000));
    expect(versionsToKeep(saves, NOW, 10)).toEqual(saves.slice(0, 10).map((v) => v.id));
    expect(versionsToKeep([at(30 * DAY)], NOW, 0)).toEqual([`v${30 * DAY}`]);
    expect(versionsToKeep([], NOW, 10)).toEqual([]);
  });
});
