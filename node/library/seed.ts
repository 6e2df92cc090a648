/**
 * First start of the desktop app: the documents folder is created and given the sample
 * library, so the library screen has something to show. A folder that already exists is
 * never touched, even when empty: the editor may have emptied it on purpose.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Creates `documentsDir` with copies of the files of `sampleDir` when it does not exist yet;
 * returns true when it seeded. Reads and writes whole files (no `cp`), which also works when
 * the samples are inside the packaged app's asar archive.
 */
export function seedLibraryFolder(documentsDir: string, sampleDir: string): boolean {
  if (existsSync(documentsDir)) return false;
  mkdirSync(documentsDir, { recursive: true });
  let names: string[];
  try {
    names = readdirSync(sampleDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch {
    return true; // No samples shipped: an empty library is still a library.
  }
  for (const name of names) {
    try {
      writeFileSync(join(documentsDir, name), readFileSync(join(sampleDir, name)), { flag: 'wx' });
    } catch {
      // One sample that cannot be copied must not keep the app from starting.
    }
  }
  return true;
}
