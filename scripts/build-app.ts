/** Builds the renderer (when stale) and the Electron bundles: what `npm start` and `npm run dist` need. */
import { buildElectron } from './build-electron.ts';
import { buildRenderer, rendererNeedsBuild } from '../node/web/build-renderer.ts';

const force = process.argv.includes('--force');
if (force || rendererNeedsBuild()) await buildRenderer();
await buildElectron();
