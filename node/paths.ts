/** Where the project's own files are, for Node entry points run from the source tree. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository / app root (the folder with package.json). */
export const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The built renderer. */
export const RENDERER_DIST = join(APP_ROOT, 'dist', 'renderer');

/** The sample library shipped with the app. */
export const SAMPLE_DOCUMENTS_DIR = join(APP_ROOT, 'documents');
