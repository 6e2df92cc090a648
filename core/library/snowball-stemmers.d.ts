/**
 * Types for `snowball-stemmers`, which ships none: the factory and the one method of a
 * stemmer Copydesk uses.
 */
declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language. */
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  /** Builds the stemmer of a Snowball algorithm ("russian", "english", ...). */
  export function newStemmer(algorithm: string): SnowballStemmer;
  /** The names of the available algorithms. */
  export function algorithms(): string[];
  const factory: { newStemmer: typeof newStemmer; algorithms: typeof algorithms };
  export default factory;
}
