/**
 * Turns off zod's compiled validators in the renderer. zod probes for `new Function` when
 * schemas are built; under the renderer's CSP (no 'unsafe-eval') that probe is a CSP
 * violation on every start. Imported first by main.ts so it runs before any schema exists.
 */
import { config } from 'zod';

config({ jitless: true });
