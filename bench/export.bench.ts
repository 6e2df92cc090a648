/**
 * Export throughput through the real CLI: 1,000 generated wire stories exported to HTML and
 * to ninjs, one `copydesk export` process per format (start-up included). Target: ≤ 10 s each.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ROOT } from '../node/paths.ts';
import { round, type BenchFigure } from './support.ts';

const ARTICLES = 1_000;

/** Writes `count` distinct stories built from the sample's paragraphs into `dir`. */
function generateLibrary(dir: string, count: number): void {
  const sample = readFileSync(join(APP_ROOT, 'documents', 'kaztag-blinken-kazakhstan.txt'), 'utf8');
  const [headline = '', ...rest] = sample.split(/\n\s*\n/);
  const body = rest.slice(1);
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 3 + (i % 6) }, (_, k) => `${body[(i + k) % body.length]} (${i}.${k})`);
    const story = [`${headline} №${i}`, `Астана. 28 февраля. КазТАГ – Сводка ${i}.`, ...paragraphs].join('\n\n');
    writeFileSync(join(dir, `story-${String(i).padStart(4, '0')}.txt`), `${story}\n`);
  }
}

export async function run(): Promise<BenchFigure[]> {
  const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-export-'));
  try {
    const input = join(work, 'in');
    mkdirSync(input);
    generateLibrary(input, ARTICLES);
    const figures: BenchFigure[] = [];
    for (const format of ['html', 'ninjs'] as const) {
      const out = join(work, `out-${format}`);
      const start = performance.now();
      const result = spawnSync(
        process.execPath,
        [join(APP_ROOT, 'bin', 'copydesk.mjs'), 'export', input, '--format', format, '--out', out],
        { encoding: 'utf8' },
      );
      const seconds = (performance.now() - start) / 1000;
      if (result.status !== 0) throw new Error(`copydesk export --format ${format} failed: ${result.stderr}`);
      const written = readdirSync(out).length;
      if (written !== ARTICLES) throw new Error(`expected ${ARTICLES} files, got ${written}`);
      figures.push(
        { name: `export: 1,000 articles to ${format} through the CLI (target ≤ 10 s)`, value: round(seconds), unit: 's' },
        { name: `export: ${format} throughput through the CLI`, value: round(ARTICLES / seconds), unit: 'articles/s' },
      );
    }
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
