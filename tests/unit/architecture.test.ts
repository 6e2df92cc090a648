/** The dependency direction between layers is enforced: a wrong import fails this test. */
import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImportDirections, findImports } from '../../scripts/check-imports.ts';
import { REPO_ROOT } from '../support/web-app.ts';

function treeWith(file: string, source: string): string {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-arch-'));
  for (const dir of ['core', 'node', 'electron', 'renderer'])
    cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true, filter: (p) => !p.includes('node_modules') });
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), source);
  return root;
}

describe('import directions', () => {
  it('the project follows them', () => {
    expect(checkImportDirections(REPO_ROOT)).toEqual([]);
  });

  const planted: Array<[string, string, string, RegExp]> = [
    ['core importing electron', 'core/bad.ts', "import { app } from 'electron';\n", /core\/ must not import electron/],
    ['core importing a Node built-in', 'core/bad.ts', "import { readFileSync } from 'node:fs';\n", /Node built-ins/],
    ['core importing fs without the prefix', 'core/parse/bad.ts', "const fs = require('fs');\n", /Node built-ins/],
    ['core importing node services', 'core/bad.ts', "export * from '../node/paths.ts';\n", /core\/ may import only core\//],
    ['core importing a DOM package', 'core/bad.ts', "import DOMPurify from 'dompurify';\n", /allow-listed pure packages/],
    ['node services importing electron', 'node/bad.ts', "import { app } from 'electron';\n", /node\/ services must not import electron/],
    ['node services importing the renderer', 'node/bad.ts', "import x from '../renderer/src/main.ts';\n", /reaches renderer/],
    ['the renderer importing node services', 'renderer/src/bad.ts', "import { APP_ROOT } from '../../node/paths.ts';\n", /reaches node/],
    [
      'the renderer importing electron',
      'renderer/src/Bad.svelte',
      '<script lang="ts">\n  import { ipcRenderer } from \'electron\';\n</script>\n',
      /renderer\/ must not import electron/,
    ],
    [
      'the preload importing a value from core',
      'electron/preload.ts',
      "import { contextBridge } from 'electron';\nimport { CALL_NAMES } from '../core/api/contract.ts';\n",
      /only `electron` and types/,
    ],
    [
      'electron main importing the renderer',
      'electron/main/bad.ts',
      "import '../../renderer/src/main.ts';\n",
      /electron main must not import renderer/,
    ],
  ];
  for (const [what, file, source, rule] of planted) {
    it(`fails on ${what}`, () => {
      const violations = checkImportDirections(treeWith(file, source));
      expect(violations.map((v) => `${v.file}: ${v.rule}`).join('\n')).toMatch(rule);
    });
  }

  it('allows type-only imports in the preload', () => {
    const root = treeWith(
      'electron/preload.ts',
      "import { contextBridge } from 'electron';\nimport type { CallName } from '../core/api/contract.ts';\nimport { type ApiResult } from '../core/api/result.ts';\n",
    );
    expect(checkImportDirections(root)).toEqual([]);
  });

  it('finds static, dynamic, re-export and require forms, ignoring comments', () => {
    const refs = findImports(
      "import a from 'a';\nexport { b } from 'b';\nconst c = await import('c');\nconst d = require('d');\n// import e from 'e';\n/* import f from 'f' */\n",
    );
    expect(refs.map((r) => r.specifier)).toEqual(['a', 'b', 'c', 'd']);
  });
});
