/** DOMPurify is the first pass over imported HTML, and it refuses to be skipped. */
import { describe, expect, it } from 'vitest';
import { isHtmlSanitizerReady, prepareHtmlSanitizer, sanitizeHtml } from '../../../node/import/purify.ts';
import { parseHtml } from '../../../node/import/html-parser.ts';
import { importDocumentBytes } from '../../../node/documents/open-document.ts';

describe('the HTML sanitizer', () => {
  it('refuses to run before it is prepared, so no path can skip it', () => {
    expect(isHtmlSanitizerReady()).toBe(false);
    expect(() => sanitizeHtml('<p>x</p>')).toThrow(/before prepareHtmlSanitizer/);
    expect(() => parseHtml('<p>x</p>')).toThrow(/before prepareHtmlSanitizer/);
  });

  it('the open path prepares it before importing HTML', async () => {
    const article = await importDocumentBytes(
      'a.html',
      new TextEncoder().encode('<h1>Заголовок</h1><p>Текст <img src=x onerror="window.pwned=1"></p>'),
    );
    expect(isHtmlSanitizerReady()).toBe(true);
    expect(article.headline).toBe('Заголовок');
  });

  it('removes handlers, scripts, unsafe links and embedded content, keeping the text', async () => {
    await prepareHtmlSanitizer();
    const clean = sanitizeHtml(
      '<p onclick="x()">Текст <a href="javascript:alert(1)">плохая</a> <a href="https://example.org/">хорошая</a></p>' +
        '<script>window.pwned=1</script><iframe srcdoc="<script>1</script>"></iframe><svg onload="x()"></svg>' +
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    );
    expect(clean).not.toMatch(/onclick|onerror|onload|<script|<iframe|<svg|<style|javascript:/i);
    expect(clean).toContain('href="https://example.org/"');
    expect(clean).toContain('Текст');
  });
});
