/**
 * The tagger's public surface: build a tagger from a morphology, tag texts and articles,
 * keep a registry. Everything here is pure; the node layer loads the dictionary.
 */

export { createTagger, type Tagger, type TaggerResources, type TagOptions } from './tagger.ts';
export { applyTagResults, articleInlineTexts, tagArticle } from './apply.ts';
export * from './registry.ts';
export { detectLanguage } from './text.ts';
export type * from './types.ts';
