/** `copydesk parse FILE --json` opens every supported format (the real CLI, as a process). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeNativeDocument } from '../../../core/article/native.ts';
import { parseWireStory } from '../../../core/parse/wire-story.ts';
import { REPO_ROOT } from '../../support/web-app.ts';
import { SAMPLE_TEXT, runCopydesk, sampleDocx, sampleIn } from '../../support/fixtures-import.ts';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-formats-'));
const sample = parseWireStory(SAMPLE_TEXT);
const [headline, ...paragraphs] = SAMPLE_TEXT.split(/\n\s*\n/).map((p) => p.trim());

const files: Array<[string, string | Buffer, string]> = [
  ['sample-cp1251.txt', sampleIn('windows-1251'), 'text'],
  ['sample-koi8.txt', sampleIn('koi8-r'), 'text'],
  ['sample-utf16.txt', sampleIn('utf-16le'), 'text'],
  ['sample.md', `# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'markdown'],
  ['sample.html', `<h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`, 'html'],
  ['sample.docx', sampleDocx(), 'docx'],
  ['sample.copydesk.json', serializeNativeDocument(sample), 'text'],
  [
    'sample.ninjs.json',
    JSON.stringify({
      uri: 'urn:x',
      type: 'text',
      headlines: [{ role: 'main', value: headline }],
      bodies: [{ role: 'main', contentType: 'text/plain', value: paragraphs.join('\n\n') }],
    }),
    'ninjs',
  ],
  ['ninjs-example.json', readFileSync(join(REPO_ROOT, '../shared/schemas/ninjs/005_complex_text_article.json')), 'ninjs'],
];

describe('copydesk parse --json for every format', () => {
  for (const [name, data, format] of files) {
    it(name, async () => {
      writeFileSync(join(dir, name), data);
      const { code, stdout, stderr } = await runCopydesk(['parse', join(dir, name), '--json']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const article = JSON.parse(stdout);
      expect(article.meta.source.format).toBe(format);
      if (name === 'ninjs-example.json') return expect(article.headline).toMatch(/^Captain/);
      expect(article.headline).toBe(sample.headline);
      expect(article.dateline).toMatchObject({ place: 'Астана', date: '28 февраля', agency: 'КазТАГ' });
      expect(article.blocks).toHaveLength(7);
      if (name !== 'sample-koi8.txt') expect(article.quotations.length).toBeGreaterThan(0); // KOI8-R has no «» to quote with
    });
  }
});
