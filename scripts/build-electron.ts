/**
 * Bundles the Electron main process and preload with esbuild into dist/electron/. The
 * preload bundle may require nothing but `electron` (a sandboxed preload cannot load
 * modules); tests/unit/electron/bundle.test.ts checks that.
 */
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds both bundles into `outDir` (default dist/electron); resolves with esbuild's warnings. */
export async function buildElectron(outDir = join(ROOT, 'dist', 'electron')): Promise<string[]> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    // az reads its dictionary files and jsdom its resources from their package folders at
    // run time, so they stay in node_modules (electron-builder packs production dependencies).
    external: ['electron', 'az', 'jsdom'] as string[],
    logLevel: 'warning' as const,
    sourcemap: false,
    legalComments: 'none',
  } satisfies BuildOptions;
  const results = [
    await build({ ...common, entryPoints: [join(ROOT, 'electron/main/main.ts')], outfile: join(outDir, 'main.cjs') }),
    await build({ ...common, entryPoints: [join(ROOT, 'electron/preload.ts')], outfile: join(outDir, 'preload.cjs') }),
  ];
  return results.flatMap((r) => r.warnings.map((w) => `${w.location?.file ?? ''}:${w.location?.line ?? ''}: ${w.text}`));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildElectron();
}
