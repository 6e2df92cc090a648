/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those whose names contain the given
 * words), prints each figure, and writes bench-results.json: an array of
 * `{name, value, unit, baseline?}`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ROOT } from '../node/paths.ts';
import type { BenchFigure, BenchModule } from './support.ts';

const filters = process.argv.slice(2);
const files = readdirSync(join(APP_ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

const figures: BenchFigure[] = [];
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n== ${file}\n`);
  try {
    const module = (await import(pathToFileURL(join(APP_ROOT, 'bench', file)).href)) as BenchModule;
    for (const figure of await module.run()) {
      figures.push(figure);
      const baseline = figure.baseline === undefined ? '' : `   (baseline ${figure.baseline} ${figure.unit})`;
      process.stdout.write(`  ${figure.name}: ${figure.value} ${figure.unit}${baseline}\n`);
    }
  } catch (error) {
    failed++;
    process.stderr.write(`  ${file} failed: ${(error as Error)?.stack ?? String(error)}\n`);
  }
}
const out = join(APP_ROOT, 'bench-results.json');
writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
process.stdout.write(`\n${JSON.stringify(figures)}\nwrote ${out} (${figures.length} figures)\n`);
process.exitCode = failed > 0 ? 1 : 0;
