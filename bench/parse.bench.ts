/** Parsing figures: the sample story, and a large generated story against a bare paragraph split. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWireStory } from '../core/parse/wire-story.ts';
import { APP_ROOT } from '../node/paths.ts';
import { round, timeIt, type BenchFigure } from './support.ts';

/** A generated wire story of about `paragraphs` paragraphs built from the sample's sentences. */
export function generateStory(sample: string, paragraphs: number): string {
  const body = sample.split(/\n\s*\n/).slice(2);
  const out = [sample.split('\n')[0] ?? '', 'Алматы. 3 марта. КазТАГ – Первый абзац сгенерированной истории.'];
  for (let i = 0; out.length < paragraphs + 2; i++) out.push(`${body[i % body.length]} (${i})`);
  return out.join('\n\n');
}

export async function run(): Promise<BenchFigure[]> {
  const sample = readFileSync(join(APP_ROOT, 'documents', 'kaztag-blinken-kazakhstan.txt'), 'utf8');
  const large = generateStory(sample, 10_000);
  const sampleStats = await timeIt(() => parseWireStory(sample), { iterations: 200, warmup: 20 });
  const largeStats = await timeIt(() => parseWireStory(large), { iterations: 10, warmup: 2 });
  const splitStats = await timeIt(() => large.split(/\n\s*\n/).map((p) => p.trim()), { iterations: 10, warmup: 2 });
  const megabytes = Buffer.byteLength(large) / (1024 * 1024);
  return [
    { name: 'parse: sample story (median)', value: round(sampleStats.median), unit: 'ms' },
    {
      name: 'parse: generated story, 10,000 paragraphs (median)',
      value: round(largeStats.median),
      unit: 'ms',
      baseline: round(splitStats.median),
    },
    { name: 'parse: generated story throughput', value: round(megabytes / (largeStats.median / 1000)), unit: 'MB/s' },
  ];
}
