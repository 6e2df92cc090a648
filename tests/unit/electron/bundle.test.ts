/** The Electron bundles build cleanly, and the sandboxed preload requires nothing but `electron`. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron.ts';

const requires = (code: string) => [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))];

describe('electron bundles', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'copydesk-bundle-'));
  const warnings = await buildElectron(outDir);

  it('build without warnings (e.g. import.meta in CommonJS)', () => {
    expect(warnings).toEqual([]);
  });

  it('the preload requires only electron', () => {
    expect(requires(readFileSync(join(outDir, 'preload.cjs'), 'utf8'))).toEqual(['electron']);
  });

  it('the main process requires only electron and Node built-ins (everything else is bundled)', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const external = requires(readFileSync(join(outDir, 'main.cjs'), 'utf8')).filter(
      (name) => !['electron', 'az', 'jsdom'].includes(name) && !builtins.has(name),
    );
    expect(external).toEqual([]);
  });
});
