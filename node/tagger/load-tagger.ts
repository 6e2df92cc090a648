/**
 * Building the tagger in Node: loads the dictionary from node_modules and hands it to
 * core. One tagger per process; later calls reuse it.
 */

import { createTagger, type Tagger } from '../../core/tagger/tagger.ts';
import { loadAzMorphology } from './az-morphology.ts';

let shared: Promise<Tagger> | undefined;

/** The process-wide tagger, loaded on first call. */
export function loadTagger(): Promise<Tagger> {
  shared ??= loadAzMorphology().then((morphology) => createTagger({ morphology }));
  return shared;
}
