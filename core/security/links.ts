/**
 * Which link targets an article may carry: http, https and mailto only. Anything else
 * (javascript:, data:, file:, vbscript:, relative paths) is dropped wherever links are
 * rendered, imported or exported.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True when `href` is an absolute http(s) or mailto URL. */
export function isSafeLinkHref(href: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme ("java\tscript:").
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  try {
    return SAFE_PROTOCOLS.has(new URL(compact).protocol);
  } catch {
    return false;
  }
}
