/**
 * The renderer's Content Security Policy, one definition for every way the renderer is
 * served (Electron's custom protocol, the web-mode server, the built index.html's meta tag).
 * No inline or remote script can run under it; styles come only from the app's own files.
 */

/** The CSP directives, in order. */
export const RENDERER_CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The policy as a header value. `frame-ancestors` is dropped for a meta tag, where it is ignored. */
export function rendererCsp(forMetaTag = false): string {
  return RENDERER_CSP_DIRECTIVES.filter(([name]) => !(forMetaTag && name === 'frame-ancestors'))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
