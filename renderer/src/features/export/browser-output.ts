/**
 * Getting an export out of the browser in web mode: as a download, or into a print window.
 * The print window is a blank window of the app's own origin, so the app's CSP applies to it
 * (no inline style, no script): the export's body is copied in as inert nodes and its
 * stylesheet is applied through CSSOM (a constructed stylesheet), which the CSP allows. The
 * export's JSON-LD and CSP meta stay behind; nothing from the article can run.
 */

import { EXPORT_CSS } from '../../../../core/export/html-style.ts';

/** Saves `content` as a download named `fileName`. */
export function downloadText(fileName: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it alive briefly for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Why printing could not start. */
export class PrintBlockedError extends Error {
  override readonly name = 'PrintBlockedError';
}

/** Opens the HTML export `html` in a new window and asks the browser to print it. */
export function printHtmlExport(html: string, target: Window = window): Window {
  const popup = target.open('', '_blank');
  if (!popup) throw new PrintBlockedError('the browser blocked the print window');
  // Even an inert parsed <style> element is checked against (and blocked by) the app's CSP:
  // take the export's own stylesheet out first and apply it through CSSOM.
  const parsed = new DOMParser().parseFromString(html.replace(`<style>${EXPORT_CSS}</style>`, ''), 'text/html');
  const doc = popup.document;
  doc.documentElement.lang = parsed.documentElement.lang;
  doc.title = parsed.title;
  const sheet = new (popup as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(EXPORT_CSS);
  doc.adoptedStyleSheets = [sheet];
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
  popup.focus();
  popup.print();
  return popup;
}
