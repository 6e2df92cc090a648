/**
 * The persisted library index as bytes. Layout (every section padded to 4 bytes, numbers
 * little-endian, as on every platform Copydesk ships for):
 *
 *   "CDLIBIDX"                     magic
 *   JSON section   header          format, version, stemming, signature, counts
 *   JSON section   records         [[id, record without text], …] in document order
 *   JSON section   terms           the index terms in code-unit order (term id = position)
 *   u32 × D        document lengths, then distinct-term counts per document
 *   u32 × P        term ids of every document, concatenated
 *   u16 × P        their weights
 *   text frames    [u32 byte length, UTF-16 texts of whole documents, pad] …, a zero length
 *   u32 × D        each document's text length in bytes
 *
 * Encoding is a generator of chunks, so the writer can yield to its event loop between them
 * and no step holds it for long. Decoding keeps the typed arrays as views of the file's
 * bytes and the texts as byte ranges, decoded only when a search shows or checks them: a
 * reopened library reads no text it does not need. Texts are UTF-16 because decoding that
 * is a copy, about ten times faster than decoding UTF-8 Cyrillic, and a page of results
 * decodes fifty of them; Cyrillic takes two bytes either way.
 */
import type { LibraryRecord } from './record.ts';
import type { DocTerms } from './term-index.ts';

/** Bumped when the layout changes; older snapshots are rebuilt, not read. */
export const INDEX_SNAPSHOT_VERSION = 2;
/** What the header's `format` says. */
export const SNAPSHOT_FORMAT = 'copydesk-library-index';

const MAGIC = 'CDLIBIDX';
const TEXT_FRAME_BYTES = 1 << 20;
const POSTING_CHUNK = 1 << 16;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A record as the index keeps it: everything but the text, which is held separately. */
export type LibraryRecordInfo = Omit<LibraryRecord, 'text'>;

/** Why a snapshot was not loaded. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/** The header of a snapshot. */
export interface SnapshotHeader {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: number;
  readonly stemming: number;
  /** What else the records depend on (the importers): a mismatch means rebuild. */
  readonly signature: string;
  readonly nextId: number;
  readonly documents: number;
  readonly terms: number;
  readonly postings: number;
  /** Typed arrays are stored in the writing machine's byte order. */
  readonly littleEndian: boolean;
}

/** One document to encode. */
export interface SnapshotDocumentInput {
  readonly id: number;
  readonly record: LibraryRecordInfo;
  readonly doc: DocTerms;
  /** The text as a string, or as UTF-16 bytes already at hand (from a loaded snapshot). */
  readonly text: string | Uint8Array;
}

/** What `encodeSnapshot` needs. */
export interface SnapshotInput {
  readonly stemming: number;
  readonly signature: string;
  readonly nextId: number;
  readonly documents: readonly SnapshotDocumentInput[];
  /** Every term by id, and the ids in code-unit order of the terms. */
  readonly terms: readonly string[];
  readonly sortedTermIds: readonly number[];
}

/** A decoded snapshot: texts are byte ranges of `bytes`. */
export interface DecodedSnapshot {
  readonly header: SnapshotHeader;
  readonly bytes: Uint8Array;
  readonly terms: string[];
  readonly documents: { id: number; record: LibraryRecordInfo; doc: DocTerms; textStart: number; textEnd: number }[];
}

/** The snapshot as a sequence of byte chunks; terms no document uses are left out. */
export function* encodeSnapshot(input: SnapshotInput): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const termCount = input.terms.length;
  const used = new Uint8Array(termCount);
  let postings = 0;
  for (const { doc } of input.documents) {
    for (const term of doc.termIds) used[term] = 1;
    postings += doc.termIds.length;
  }
  const renumber = new Int32Array(termCount).fill(-1);
  const terms: string[] = [];
  for (const term of input.sortedTermIds) {
    if (used[term] !== 1) continue;
    renumber[term] = terms.length;
    terms.push(input.terms[term] as string);
  }
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    version: INDEX_SNAPSHOT_VERSION,
    stemming: input.stemming,
    signature: input.signature,
    nextId: input.nextId,
    documents: input.documents.length,
    terms: terms.length,
    postings,
    littleEndian: LITTLE_ENDIAN,
  };
  yield encoder.encode(MAGIC);
  yield jsonSection(encoder, header);
  yield jsonSection(
    encoder,
    input.documents.map((d) => [d.id, d.record]),
  );
  yield jsonSection(encoder, terms);
  yield u32Section(input.documents.map((d) => d.doc.length));
  yield u32Section(input.documents.map((d) => d.doc.termIds.length));
  for (const group of chunksOf(input.documents, (d) => d.doc.termIds.length, POSTING_CHUNK)) {
    const ids = new Uint32Array(group.reduce((n, d) => n + d.doc.termIds.length, 0));
    let at = 0;
    for (const { doc } of group) for (const term of doc.termIds) ids[at++] = renumber[term] as number;
    yield new Uint8Array(ids.buffer);
  }
  for (const group of chunksOf(input.documents, (d) => d.doc.termIds.length, POSTING_CHUNK)) {
    const weights = new Uint16Array(group.reduce((n, d) => n + d.doc.weights.length, 0));
    let at = 0;
    for (const { doc } of group) {
      weights.set(doc.weights, at);
      at += doc.weights.length;
    }
    yield new Uint8Array(weights.buffer);
  }
  if (postings % 2 === 1) yield new Uint8Array(2);
  const textLengths = new Uint32Array(input.documents.length);
  let index = 0;
  for (const group of chunksOf(input.documents, (d) => d.text.length * 2, TEXT_FRAME_BYTES)) {
    const parts = group.map((d) => (typeof d.text === 'string' ? utf16(d.text) : d.text));
    const size = parts.reduce((n, p) => n + p.length, 0);
    if (size === 0) {
      // Only empty texts (unreadable files): a zero-length frame would end the list.
      for (const part of parts) textLengths[index++] = part.length;
      continue;
    }
    const frame = new Uint8Array(4 + size + pad(size));
    new DataView(frame.buffer).setUint32(0, size, true);
    let at = 4;
    for (const part of parts) {
      frame.set(part, at);
      at += part.length;
      textLengths[index++] = part.length;
    }
    yield frame;
  }
  yield new Uint8Array(4);
  yield new Uint8Array(textLengths.buffer);
}

/** Reads a snapshot; throws SnapshotError for bytes of another kind or that do not hold together. */
export function decodeSnapshot(input: Uint8Array, signature: string, stemming: number): DecodedSnapshot {
  // Typed-array views need 4-byte alignment; a file read into a shared pool may lack it.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const reader = new Reader(bytes);
  if (reader.ascii(MAGIC.length) !== MAGIC) throw new SnapshotError('not a library index');
  const header = reader.json() as Partial<SnapshotHeader> | null;
  if (header?.format !== SNAPSHOT_FORMAT) throw new SnapshotError('not a library index');
  if (header.version !== INDEX_SNAPSHOT_VERSION || header.stemming !== stemming) throw new SnapshotError('index from another version');
  if (header.littleEndian !== LITTLE_ENDIAN) throw new SnapshotError('index from a machine of other byte order');
  if (header.signature !== signature) throw new SnapshotError('index built with other importers');
  const { nextId, documents: count, terms: termCount, postings } = header;
  if (![nextId, count, termCount, postings].every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) {
    throw new SnapshotError('index header is damaged');
  }
  const records = reader.json();
  const terms = reader.json();
  if (!Array.isArray(records) || records.length !== count) throw new SnapshotError('index records are damaged');
  if (!Array.isArray(terms) || terms.length !== termCount || !isSortedStrings(terms)) throw new SnapshotError('index terms are damaged');
  const lengths = reader.u32(count as number);
  const termCounts = reader.u32(count as number);
  const termIds = reader.u32(postings as number);
  const weights = reader.u16(postings as number);
  for (let i = 0; i < termIds.length; i++)
    if ((termIds[i] as number) >= (termCount as number)) throw new SnapshotError('index terms are damaged');
  const frames: [number, number][] = [];
  for (let size = reader.frameSize(); size > 0; size = reader.frameSize()) {
    frames.push(reader.skip(size));
    reader.skip(pad(size));
  }
  const textLengths = reader.u32(count as number);
  if (!reader.atEnd()) throw new SnapshotError('index has trailing data');

  const seen = new Set<number>();
  const documents: DecodedSnapshot['documents'] = [];
  let posting = 0;
  let frame = 0;
  let textAt = frames[0]?.[0] ?? 0;
  for (let i = 0; i < (count as number); i++) {
    const entry = records[i] as unknown;
    const [id, record] = Array.isArray(entry) ? (entry as [unknown, unknown]) : [];
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= (nextId as number) || seen.has(id) || !isRecordInfo(record)) {
      throw new SnapshotError('index record is damaged');
    }
    seen.add(id);
    const distinct = termCounts[i] as number;
    if (posting + distinct > termIds.length) throw new SnapshotError('index postings are damaged');
    const doc: DocTerms = {
      termIds: termIds.subarray(posting, posting + distinct),
      weights: weights.subarray(posting, posting + distinct),
      length: lengths[i] as number,
    };
    posting += distinct;
    const textLength = textLengths[i] as number;
    if (textLength % 2 !== 0) throw new SnapshotError('index texts are damaged');
    // Texts never straddle frames: move to the next frame when this one is used up.
    while (frame < frames.length && textAt + textLength > (frames[frame] as [number, number])[1]) {
      frame++;
      textAt = frames[frame]?.[0] ?? textAt;
    }
    if (frame >= frames.length && textLength > 0) throw new SnapshotError('index texts are damaged');
    documents.push({ id, record, doc, textStart: textAt, textEnd: textAt + textLength });
    textAt += textLength;
  }
  if (posting !== termIds.length) throw new SnapshotError('index postings are damaged');
  const lastFrame = frames[frames.length - 1];
  if (lastFrame && (frame !== frames.length - 1 || textAt !== lastFrame[1])) throw new SnapshotError('index texts are damaged');
  return { header: header as SnapshotHeader, bytes, terms: terms as string[], documents };
}

/** The UTF-16 code units of `text` as bytes (machine order, little-endian in practice). */
function utf16(text: string): Uint8Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return new Uint8Array(units.buffer);
}

function pad(size: number): number {
  return (4 - (size % 4)) % 4;
}

function jsonSection(encoder: { encode(input: string): Uint8Array }, value: unknown): Uint8Array {
  const body = encoder.encode(JSON.stringify(value));
  const section = new Uint8Array(4 + body.length + pad(body.length));
  new DataView(section.buffer).setUint32(0, body.length, true);
  section.set(body, 4);
  return section;
}

function u32Section(values: readonly number[]): Uint8Array {
  return new Uint8Array(Uint32Array.from(values).buffer);
}

/** Consecutive runs of `items` whose summed `size` stays near `limit` (at least one item each). */
function* chunksOf<T>(items: readonly T[], size: (item: T) => number, limit: number): Generator<T[]> {
  let group: T[] = [];
  let total = 0;
  for (const item of items) {
    if (group.length > 0 && total + size(item) > limit) {
      yield group;
      group = [];
      total = 0;
    }
    group.push(item);
    total += size(item);
  }
  if (group.length > 0) yield group;
}

function isSortedStrings(values: unknown[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string' || (i > 0 && (values[i - 1] as string) >= value)) return false;
  }
  return true;
}

function isRecordInfo(value: unknown): value is LibraryRecordInfo {
  const r = value as Partial<LibraryRecordInfo> | null;
  return (
    typeof r?.path === 'string' &&
    typeof r.mtimeMs === 'number' &&
    typeof r.size === 'number' &&
    typeof r.headline === 'string' &&
    typeof r.day === 'string' &&
    typeof r.status === 'string' &&
    typeof r.language === 'string' &&
    Array.isArray(r.people) &&
    r.people.every((p) => typeof p?.name === 'string') &&
    Array.isArray(r.countries) &&
    r.countries.every((c) => typeof c?.code === 'string' && typeof c.name === 'string')
  );
}

/** Sequential reads over the snapshot bytes; every overrun is a SnapshotError. */
class Reader {
  private at = 0;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  ascii(length: number): string {
    const [start, end] = this.skip(length);
    return String.fromCharCode(...this.bytes.subarray(start, end));
  }

  json(): unknown {
    const [start, end] = this.skip(this.frameSize());
    this.at += pad(end - start);
    try {
      return JSON.parse(this.decoder.decode(this.bytes.subarray(start, end)));
    } catch {
      throw new SnapshotError('index section is damaged');
    }
  }

  u32(count: number): Uint32Array {
    const [start] = this.skip(count * 4);
    return new Uint32Array(this.bytes.buffer, this.bytes.byteOffset + start, count);
  }

  u16(count: number): Uint16Array {
    const [start] = this.skip(count * 2);
    this.at += pad(count * 2);
    return new Uint16Array(this.bytes.buffer, this.bytes.byteOffset + start, count);
  }

  frameSize(): number {
    const [start] = this.skip(4);
    return this.view.getUint32(start, true);
  }

  /** Claims `length` bytes (then the padding to 4) and returns their range. */
  skip(length: number): [number, number] {
    const start = this.at;
    if (start + length > this.bytes.length) throw new SnapshotError('index is truncated');
    this.at = start + length;
    return [start, start + length];
  }

  atEnd(): boolean {
    return this.at === this.bytes.length;
  }
}
