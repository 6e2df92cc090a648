/**
 * Import fixtures generated at test time (nothing binary is committed): the sample story
 * in other encodings, a tiny ZIP writer and Word documents built with it, zip bombs,
 * truncated files, and the attack corpus used by unit and end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { REPO_ROOT } from './web-app.ts';

/** The sample wire story as UTF-8 text. */
export const SAMPLE_TEXT = readFileSync(join(REPO_ROOT, 'documents/kaztag-blinken-kazakhstan.txt'), 'utf8');

/** The sample as a KOI8-R system would hold it: KOI8-R has no «», – or —, so quotes are " and dashes -. */
export const SAMPLE_TEXT_KOI8 = SAMPLE_TEXT.replace(/[«»]/g, '"').replace(/[–—]/g, '-');

/** The sample in `encoding`, encoded independently of Copydesk (iconv-lite); KOI8-R holds `SAMPLE_TEXT_KOI8`. */
export function sampleIn(encoding: 'windows-1251' | 'koi8-r' | 'utf-16le' | 'utf-16be' | 'utf-8-bom'): Buffer {
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE_TEXT)]);
  if (encoding === 'koi8-r') return iconv.encode(SAMPLE_TEXT_KOI8, encoding);
  return iconv.encode(SAMPLE_TEXT, encoding, { addBOM: encoding.startsWith('utf-16') });
}

/** `text` as it survives a round trip through an 8-bit `encoding` (unmappable characters become "?"). */
export function representable(text: string, encoding: string): string {
  return iconv.decode(iconv.encode(text, encoding), encoding);
}

/** One file of a ZIP archive. `storedSize` lets a test lie about the uncompressed size. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer | string;
  readonly store?: boolean;
}

/** A minimal ZIP writer (deflate or store, no ZIP64): enough for .docx fixtures and bombs. */
export function makeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const body = entry.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.store ? 0 : 8;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run of a Word paragraph: text with optional bold/italic, or a hyperlink. */
export type DocxRun = string | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean; readonly href?: string };

/** A Word paragraph: its style ("Title", "Heading1", "Quote", or none) and runs. */
export interface DocxParagraph {
  readonly style?: string;
  readonly runs: readonly DocxRun[];
}

/** A .docx file holding `paragraphs`, built from scratch (WordprocessingML, no template). */
export function makeDocx(paragraphs: readonly DocxParagraph[]): Buffer {
  const rels: string[] = [];
  const runXml = (run: DocxRun): string => {
    const r = typeof run === 'string' ? { text: run } : run;
    const props = `${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}`;
    const xml = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
    if (!r.href) return xml;
    const id = `rId${rels.length + 10}`;
    rels.push(
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(r.href)}" TargetMode="External"/>`,
    );
    return `<w:hyperlink r:id="${id}">${xml}</w:hyperlink>`;
  };
  const body = paragraphs
    .map((p) => `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''}${p.runs.map(runXml).join('')}</w:p>`)
    .join('');
  const styles = ['Title', 'Heading1', 'Heading2', 'Quote']
    .map(
      (id) =>
        `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id === 'Heading1' ? 'heading 1' : id === 'Heading2' ? 'heading 2' : id}"/></w:style>`,
    )
    .join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return makeZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/_rels/document.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        `${rels.join('')}</Relationships>`,
    },
    { name: 'word/styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${styles}</w:styles>` },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
    },
  ]);
}

/** The sample story as a Word document: Title headline, dateline paragraph with bold agency, body. */
export function sampleDocx(): Buffer {
  const [headline = '', ...paragraphs] = SAMPLE_TEXT.split(/\n\s*\n/).map((p) => p.trim());
  return makeDocx([{ style: 'Title', runs: [headline] }, ...paragraphs.map((p) => ({ runs: [p] }))]);
}

/** A .docx whose document part unpacks to `megabytes` MB of zeros from a few kilobytes. */
export function zipBombDocx(megabytes: number): Buffer {
  const zeros = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
  return makeZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'word/document.xml', data: zeros },
  ]);
}

/**
 * Known attacks on editors that render imported HTML. Every payload sets `window.pwned`
 * if it ever runs; the marker `PWNED_TEXT` sits where script-only content would be shown.
 */
export const HTML_ATTACKS: readonly string[] = [
  '<img src=x onerror="window.pwned=1">',
  '<a href="javascript:window.pwned=1">click</a>',
  '<a href="JaVaScRiPt:window.pwned=1">mixed case</a>',
  '<a href="java&#x09;script:window.pwned=1">tab in scheme</a>',
  '<a href="data:text/html,<script>window.pwned=1</script>">data link</a>',
  '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  '<embed src="javascript:window.pwned=1">',
  '<object data="javascript:window.pwned=1"></object>',
  '<svg onload="window.pwned=1"><script>window.pwned=1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=1">',
  '<form action="javascript:window.pwned=1"><button>go</button><input onfocus="window.pwned=1" autofocus></form>',
  '<div style="background:url(javascript:window.pwned=1);width:expression(window.pwned=1)">styled</div>',
  '<script>window.pwned=1</script>',
  '<noscript><p title="</noscript><img src=x onerror=window.pwned=1>"></noscript>',
  '<details open ontoggle="window.pwned=1">toggle</details>',
  '<body onload="window.pwned=1">',
  '<template><img src=x onerror="window.pwned=1"></template>',
  '<p><a href="https://example.com" onclick="window.pwned=1">safe link, bad handler</a></p>',
];

/** Markdown attacks: raw HTML, a code fence whose language is markup, and unsafe link targets. */
export const MARKDOWN_ATTACKS: readonly string[] = [
  '```<style/onload=window.pwned=1>\ncode\n```',
  '```"><img src=x onerror=window.pwned=1>\ncode\n```',
  '<img src=x onerror="window.pwned=1">',
  '[click](javascript:window.pwned=1)',
  '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==)',
  '![img](x" onerror="window.pwned=1)',
  '<script>window.pwned=1</script>',
];

/** One HTML page holding every HTML attack, with a headline so it opens as a story. */
export function attackHtmlPage(): string {
  // The unclosed mutation-XSS payload swallows what follows it (in browsers too), so it goes last.
  const ordered = [
    ...HTML_ATTACKS.filter((a) => !a.startsWith('<math')),
    '<p>Last paragraph.</p>',
    ...HTML_ATTACKS.filter((a) => a.startsWith('<math')),
  ];
  return `<!doctype html><html><head><title>Attack corpus</title></head><body><h1>Attack corpus</h1>${ordered.map((a) => (a.startsWith('<p>') ? a : `<p>${a}</p>`)).join('\n')}</body></html>`;
}

/** One Markdown file holding every Markdown attack. */
export function attackMarkdown(): string {
  return `# Attack corpus\n\n${MARKDOWN_ATTACKS.join('\n\n')}\n\nLast paragraph.\n`;
}

/** A Word document with attack content: a javascript: hyperlink and markup typed as text. */
export function attackDocx(): Buffer {
  return makeDocx([
    { style: 'Title', runs: ['Attack corpus'] },
    { runs: [{ text: 'javascript link', href: 'javascript:window.pwned=1' }] },
    { runs: [{ text: 'data link', href: 'data:text/html,<script>window.pwned=1</script>' }] },
    { runs: ['<img src=x onerror="window.pwned=1">'] },
    { runs: ['<script>window.pwned=1</script>'] },
    { runs: ['Last paragraph.'] },
  ]);
}

/** A ninjs item whose HTML body carries the HTML attacks. */
export function attackNinjs(): string {
  return JSON.stringify({
    uri: 'urn:test:attack',
    type: 'text',
    headlines: [{ role: 'main', value: 'Attack corpus' }],
    bodies: [{ role: 'main', contentType: 'text/html', value: attackHtmlPage() }],
  });
}

/** Runs the real CLI (bin/copydesk.mjs) as a process; resolves with code, stdout and stderr whatever the exit code. */
export async function runCopydesk(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, 'bin/copydesk.mjs'), ...args],
      { cwd: REPO_ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
