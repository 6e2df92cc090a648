/**
 * DOMPurify over a jsdom window: the first of two independent layers between imported HTML
 * (HTML files, Markdown and Word output, ninjs bodies) and the renderer. The second is
 * core's structural walker, which keeps only text, emphasis, structure and safe links.
 *
 * jsdom takes about half a second to load, so it is loaded on first need: every async open
 * path awaits `prepareHtmlSanitizer()` before importing, and `sanitizeHtml` refuses to run
 * unprepared rather than silently skip the pass.
 */

/** The allowed link schemes, mirrored from core/security/links.ts for DOMPurify's own check. */
const SAFE_URI = /^(?:https?|mailto):/i;

let purify: ((html: string) => string) | null = null;
let loading: Promise<void> | null = null;

/** Loads jsdom and DOMPurify once; later calls resolve immediately. */
export function prepareHtmlSanitizer(): Promise<void> {
  loading ??= (async () => {
    const [{ JSDOM }, dompurify] = await Promise.all([import('jsdom'), import('dompurify')]);
    const createDOMPurify = (dompurify as { default?: unknown }).default ?? dompurify;
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const instance = (createDOMPurify as (w: unknown) => { sanitize(html: string, config: Record<string, unknown>): string })(window);
    purify = (html) =>
      instance.sanitize(html, {
        WHOLE_DOCUMENT: true,
        ALLOWED_URI_REGEXP: SAFE_URI,
        FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template'],
        FORBID_ATTR: ['style', 'srcset'],
        // Removed elements keep their text (Word's <o:p> and unknown tags carry real copy),
        // except these, whose content is code, fallback or form state rather than article text.
        ADD_FORBID_CONTENTS: [
          'object',
          'embed',
          'iframe',
          'noscript',
          'noembed',
          'noframes',
          'textarea',
          'select',
          'button',
          'form',
          'svg',
          'math',
          'template',
          'xmp',
        ],
      });
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** True once `prepareHtmlSanitizer` has finished. */
export function isHtmlSanitizerReady(): boolean {
  return purify !== null;
}

/** Sanitizes an HTML document or fragment with DOMPurify; throws if not prepared. */
export function sanitizeHtml(html: string): string {
  if (!purify) throw new Error('the HTML sanitizer was used before prepareHtmlSanitizer() finished');
  return purify(html);
}
