/**
 * Shared benchmark helpers. Benchmarks report figures; they never pass or fail on time,
 * since the machines are shared and noisy. Where an issue names a baseline, the baseline is
 * measured in the same run and reported beside the figure.
 */

/** One reported figure; `baseline` is the comparison measured in the same run. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
}

/** A benchmark module: `bench/NAME.bench.ts` exporting `run`. */
export interface BenchModule {
  run(): Promise<BenchFigure[]>;
}

/** Timing statistics in milliseconds. */
export interface TimingStats {
  readonly mean: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly samples: number;
}

/** The q-quantile (0..1) of sorted samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

/** Summarises samples in milliseconds. */
export function stats(samples: readonly number[]): TimingStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    samples: sorted.length,
  };
}

/** Times `fn` `iterations` times after `warmup` untimed runs. */
export async function timeIt(fn: () => unknown, options: { iterations?: number; warmup?: number } = {}): Promise<TimingStats> {
  const { iterations = 20, warmup = 3 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** Rounds for display and JSON: 3 significant decimals. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
