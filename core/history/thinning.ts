/**
 * Which saved versions to keep as they age. Autosave keeps a version at almost every pause,
 * so a fixed count of the newest would reach back only minutes; instead history thins out
 * with age, as backup tools do: every version of the last 10 minutes, then the newest of
 * every 5 minutes up to 2 hours old, of every hour up to 2 days old, and of every day beyond.
 * The newest version is always kept.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Up to an age (ms), the span of time (ms) one kept version stands for; 0 keeps each. */
const TIERS: readonly (readonly [maxAge: number, span: number])[] = [
  [10 * MINUTE, 0],
  [2 * HOUR, 5 * MINUTE],
  [2 * DAY, HOUR],
  [Number.POSITIVE_INFINITY, DAY],
];

/**
 * The ids of `versions` to keep at `now`, newest first: at most `limit` (the oldest go
 * first past it). `versions` may come in any order; `time` is when each was saved (ms).
 */
export function versionsToKeep(versions: readonly { readonly id: string; readonly time: number }[], now: number, limit: number): string[] {
  const newestFirst = [...versions].sort((a, b) => b.time - a.time);
  const seen = new Set<string>();
  const kept: string[] = [];
  newestFirst.forEach((version, index) => {
    const age = Math.max(0, now - version.time);
    const tier = TIERS.findIndex(([maxAge]) => age < maxAge);
    const span = TIERS[tier]![1];
    // Buckets are aligned to the clock, so a version's bucket does not shift as time passes within a tier.
    const bucket = span === 0 ? `each:${version.id}` : `${tier}:${Math.floor(version.time / span)}`;
    if (index > 0 && seen.has(bucket)) return;
    seen.add(bucket);
    kept.push(version.id);
  });
  return kept.slice(0, Math.max(1, limit));
}
