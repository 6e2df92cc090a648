/**
 * Russian morphology for the tagger, backed by Az.js and its OpenCorpora dictionary
 * (read from node_modules with fs, which core may not do). Readings are cached per word
 * form: the tagger asks about the same words again and again.
 */

import { createRequire } from 'node:module';
import path from 'node:path';
import type { Morphology, WordForm, WordReading } from '../../core/tagger/types.ts';

/**
 * A `require` that finds `az` both when this file runs as an ES module (tsx, vitest: no
 * `__filename`, the project folder resolves it) and when it is bundled into the Electron
 * main as CommonJS, where `az` stays external and resolves from the bundle's location.
 * No `import.meta`: esbuild cannot keep it in a CommonJS bundle.
 */
function moduleRequire(): NodeJS.Require {
  const bases = [typeof __filename === 'string' ? __filename : undefined, process.argv[1], path.join(process.cwd(), 'index.js')];
  for (const base of bases) {
    if (!base) continue;
    const candidate = createRequire(path.resolve(base));
    try {
      candidate.resolve('az/package.json');
      return candidate;
    } catch {
      // Not resolvable from there; try the next base.
    }
  }
  throw new Error('the Russian dictionary package "az" is not installed (run npm install)');
}

const require = moduleRequire();

interface AzTag {
  readonly stat: readonly string[];
  readonly flex: readonly string[];
  readonly [grammeme: string]: unknown;
}
interface AzParse {
  readonly word: string;
  readonly tag: AzTag;
  readonly parser: string;
  readonly score: number;
  readonly formCnt?: number;
  normalize(keepPos?: boolean): AzParse;
  inflect(grammemes: readonly string[] | number): AzParse | false;
}
interface AzModule {
  Morph: ((word: string, options?: Record<string, unknown>) => AzParse[]) & {
    init(dictsPath: string, callback: (error: Error | null) => void): void;
  };
}

let loading: Promise<AzModule> | undefined;

/** The folder of Az's dictionaries inside node_modules. */
export function azDictionaryPath(): string {
  return path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
}

/** Loads Az and its dictionary once per process. */
function loadAz(): Promise<AzModule> {
  loading ??= new Promise<AzModule>((resolve, reject) => {
    const az = require('az') as AzModule;
    az.Morph.init(azDictionaryPath(), (error) => (error ? reject(error) : resolve(az)));
  });
  return loading;
}

function tagsOf(tag: AzTag): Set<string> {
  return new Set([...tag.stat, ...tag.flex]);
}

const GENDERS = ['masc', 'femn', 'neut'];

/**
 * Words are read as written: Az's default "stutter" repair reads "Аарон" as the name
 * "Арон", which would rename the person.
 */
const AS_WRITTEN = { stutter: 0 };

/** Creates the Az-backed morphology (loading the dictionary on first use, ~150 ms). */
export async function loadAzMorphology(): Promise<Morphology> {
  const az = await loadAz();
  const readings = new Map<string, readonly WordReading[]>();
  const paradigms = new Map<string, readonly WordForm[]>();
  const nominativeOf = (parse: AzParse, tags: Set<string>): string => {
    const gender = GENDERS.find((g) => tags.has(g));
    const wanted = ['nomn', tags.has('plur') && !tags.has('Pltm') ? 'plur' : 'sing', ...(gender ? [gender] : [])];
    const form = parse.inflect(wanted) || parse.inflect(['nomn']);
    return String((form ? form.word : parse.normalize()?.word) ?? parse.word);
  };
  return {
    analyse(word) {
      let cached = readings.get(word);
      if (cached) return cached;
      cached = az.Morph(word, AS_WRITTEN).map((parse) => {
        const tags = tagsOf(parse.tag);
        return {
          lemma: String(parse.normalize(true)?.word ?? parse.word ?? word),
          nominative: nominativeOf(parse, tags),
          tags,
          known: parse.parser === 'Dictionary',
          score: parse.score,
        } satisfies WordReading;
      });
      readings.set(word, cached);
      return cached;
    },
    paradigm(nominative) {
      let cached = paradigms.get(nominative);
      if (cached) return cached;
      const parses = az
        .Morph(nominative.charAt(0).toUpperCase() + nominative.slice(1))
        .filter((p) => p.parser === 'Dictionary' && tagsOf(p.tag).has('nomn'));
      const ranked = [...parses].sort((a, b) => rank(b) - rank(a));
      const best = ranked[0];
      const forms: WordForm[] = [];
      if (best && typeof best.formCnt === 'number') {
        for (let i = 0; i < best.formCnt; i++) {
          const form = best.inflect(i);
          if (form) forms.push({ form: form.word, tags: tagsOf(form.tag) });
        }
      }
      cached = forms;
      paradigms.set(nominative, cached);
      return cached;
    },
  };
}

function rank(parse: AzParse): number {
  const tags = tagsOf(parse.tag);
  return (tags.has('Geox') ? 4 : 0) + (tags.has('NOUN') ? 2 : 0) + (tags.has('ADJF') ? 1 : 0) + parse.score;
}
