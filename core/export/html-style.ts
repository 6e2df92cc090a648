/**
 * The stylesheet embedded in every HTML export: readable on screen, black on white when
 * printed (margins that fit both A4 and Letter, no page breaks inside headings or quotes,
 * link targets printed after the link), and a dark palette under `prefers-color-scheme`.
 * Its SHA-256 is the only style source the export's CSP allows.
 */
import { sha256Base64 } from './sha256.ts';

/** The export stylesheet. */
export const EXPORT_CSS = `
:root { color-scheme: light dark; --bg: #fbfaf7; --text: #1b1d21; --muted: #5b6270; --accent: #1f3a5f; --rule: #d9d6cf; --mark: #fff2c2; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #17191d; --text: #e6e3dc; --muted: #a2a9b4; --accent: #9cc3f5; --rule: #343841; --mark: #3a3420; }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); }
body { margin: 0; padding: 2rem 1rem 4rem; font: 1.125rem/1.6 'PT Serif', Georgia, 'Times New Roman', serif; }
article { max-width: 40rem; margin: 0 auto; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; }
.standfirst { font-size: 1.25rem; color: var(--muted); margin: 0 0 1rem; }
.byline, .dateline { font-family: system-ui, sans-serif; font-size: 0.9rem; color: var(--muted); margin: 0 0 0.25rem; }
.dateline-place { font-weight: 600; color: var(--text); }
header { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; margin-bottom: 1.5rem; }
p { margin: 0 0 1rem; }
a { color: var(--accent); }
figure.quote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid var(--accent); }
blockquote { margin: 0; font-style: italic; }
figcaption { font-family: system-ui, sans-serif; font-size: 0.9rem; color: var(--muted); }
figcaption::before { content: "— "; }
.entity { background: var(--mark); border-radius: 2px; }
.tags { margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: 1rem; font-family: system-ui, sans-serif; font-size: 0.95rem; }
.tags h2 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.tags ul { margin: 0; padding-left: 1.25rem; }
.tags .code { color: var(--muted); }
@page { margin: 18mm 16mm; }
@media print {
  :root { --bg: #fff; --text: #000; --muted: #333; --accent: #000; --rule: #999; --mark: transparent; }
  body { padding: 0; font-size: 11pt; }
  article { max-width: none; }
  h1, h2, figure.quote { break-inside: avoid; }
  h1, h2 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  .tags { break-inside: avoid; }
}
`.trim();

let hash: string | undefined;

/** The CSP hash source of `EXPORT_CSS` ("'sha256-…'"). */
export function exportCssHashSource(): string {
  hash ??= `'sha256-${sha256Base64(EXPORT_CSS)}'`;
  return hash;
}
