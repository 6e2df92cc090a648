/**
 * The import-direction check: every source file may import only what its layer allows.
 *
 *   core/              pure TypeScript: core/ and allow-listed pure packages; no node:*, no electron
 *   node/              core/, node/, Node built-ins, packages; never electron/ or renderer/
 *   electron/main/     core/, node/, electron/main/, Node built-ins, electron, packages
 *   electron/preload   `electron`, and type-only imports of core/
 *   renderer/          core/, renderer/, browser packages; no node:*, no electron, no node/
 *
 * Run `tsx scripts/check-imports.ts [ROOT]`; exits 1 and lists every violation. `npm test`
 * runs it through tests/unit/architecture.test.ts, so a wrong import fails the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One import found in a source file. */
export interface ImportRef {
  readonly specifier: string;
  readonly typeOnly: boolean;
  readonly line: number;
}

/** A forbidden import. */
export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  readonly rule: string;
}

type Layer = 'core' | 'node' | 'electron-main' | 'electron-preload' | 'renderer' | 'other';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Packages core may use: pure computation, no I/O, no DOM, no Node. */
export const CORE_ALLOWED_PACKAGES = new Set(['zod', 'i18n-iso-countries', 'i18n-nationality', 'snowball-stemmers', 'diff']);

const IMPORT_PATTERN =
  /(?:^|[\s;}])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|(?:^|[^\w.$])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[^\w.$])require\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Finds the imports, re-exports, dynamic imports and requires of a source text. */
export function findImports(source: string): ImportRef[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const refs: ImportRef[] = [];
  for (const match of withoutComments.matchAll(IMPORT_PATTERN)) {
    const specifier = match[2] ?? match[3] ?? match[4];
    if (!specifier) continue;
    const line = withoutComments.slice(0, match.index).split('\n').length;
    const braces = /import\s*\{([^}]*)\}/.exec(match[0]);
    const allNamesTypeOnly =
      braces?.[1] !== undefined && braces[1].split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '));
    refs.push({ specifier, typeOnly: Boolean(match[1]) || allNamesTypeOnly, line });
  }
  return refs;
}

function layerOf(relPath: string): Layer {
  const p = relPath.split(sep).join('/');
  if (p.startsWith('core/')) return 'core';
  if (p.startsWith('node/')) return 'node';
  if (p === 'electron/preload.ts' || p.startsWith('electron/preload/')) return 'electron-preload';
  if (p.startsWith('electron/')) return 'electron-main';
  if (p.startsWith('renderer/')) return 'renderer';
  return 'other';
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The rule `ref` breaks when imported from `fromRel` (root-relative), or null. */
export function checkImport(root: string, fromRel: string, ref: ImportRef): string | null {
  const layer = layerOf(fromRel);
  const spec = ref.specifier;
  const isRelative = spec.startsWith('.');
  const targetLayer = isRelative ? layerOf(relative(root, resolve(root, dirname(fromRel), spec))) : null;
  const isBuiltin = !isRelative && NODE_BUILTINS.has(spec);
  const isElectron = spec === 'electron' || spec.startsWith('electron/');

  switch (layer) {
    case 'core':
      if (isBuiltin) return 'core/ must not import Node built-ins';
      if (isElectron) return 'core/ must not import electron';
      if (isRelative && targetLayer !== 'core') return `core/ may import only core/ (this reaches ${targetLayer})`;
      if (!isRelative && !CORE_ALLOWED_PACKAGES.has(packageName(spec)))
        return `core/ may import only allow-listed pure packages (not "${packageName(spec)}")`;
      return null;
    case 'node':
      if (isElectron) return 'node/ services must not import electron';
      if (isRelative && targetLayer !== 'core' && targetLayer !== 'node' && targetLayer !== 'other')
        return `node/ may import core/ and node/ (this reaches ${targetLayer})`;
      return null;
    case 'electron-main':
      if (isRelative && (targetLayer === 'renderer' || targetLayer === 'electron-preload'))
        return `electron main must not import ${targetLayer}`;
      return null;
    case 'electron-preload':
      if (isElectron && spec === 'electron') return null;
      if (ref.typeOnly) return null;
      return 'the preload may import only `electron` and types';
    case 'renderer':
      if (isBuiltin) return 'renderer/ must not import Node built-ins';
      if (isElectron) return 'renderer/ must not import electron';
      if (isRelative && targetLayer !== 'core' && targetLayer !== 'renderer')
        return `renderer/ may import core/ and renderer/ (this reaches ${targetLayer})`;
      return null;
    default:
      return null;
  }
}

function listSources(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listSources(path, out);
    else if (/\.(?:ts|mts|cts|js|mjs|cjs|svelte)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Checks every source file under the layered folders of `root`. */
export function checkImportDirections(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const top of ['core', 'node', 'electron', 'renderer']) {
    const dir = join(root, top);
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const file of listSources(dir)) {
      const rel = relative(root, file);
      for (const ref of findImports(readFileSync(file, 'utf8'))) {
        const rule = checkImport(root, rel, ref);
        if (rule) violations.push({ file: rel.split(sep).join('/'), line: ref.line, specifier: ref.specifier, rule });
      }
    }
  }
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
  const violations = checkImportDirections(root);
  for (const v of violations) process.stderr.write(`${v.file}:${v.line}: import "${v.specifier}": ${v.rule}\n`);
  if (violations.length > 0) {
    process.stderr.write(`check-imports: ${violations.length} forbidden import(s)\n`);
    process.exit(1);
  }
  process.stdout.write('check-imports: every import follows the dependency direction\n');
}
