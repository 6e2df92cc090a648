/**
 * A zip-bomb and damage check for ZIP containers (Word .docx) before a library unpacks
 * them: reads the central directory, then inflates every entry with a hard output cap, so
 * neither a lying size field nor a high compression ratio can exhaust memory. Returns the
 * entry names; throws ImportError for a damaged, encrypted or oversized archive.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from '../../core/import/import-error.ts';

/** Limits for `checkZip`. */
export interface ZipLimits {
  /** The most bytes all entries may unpack to, together. */
  readonly maxTotalBytes: number;
  readonly maxEntries: number;
}

/** Default limits: 200 MB unpacked, 10,000 entries — far above any real Word document. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 200 * 1024 * 1024, maxEntries: 10_000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const damaged = (what: string) => new ImportError('malformed', `the file is damaged or incomplete (${what})`);

/** Checks the archive in `bytes`; returns its entry names. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes (after a comment).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no ZIP directory at the end');
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new ImportError('unsupported', 'the archive uses the ZIP64 layout, which Copydesk does not read');
  if (count > limits.maxEntries)
    throw new ImportError('too-large', `the archive holds ${count} files, over the limit of ${limits.maxEntries}`);
  if (directoryOffset + directorySize > eocd) throw damaged('the ZIP directory lies outside the file');

  const names: string[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged('a broken ZIP directory entry');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw new ImportError('unsupported', 'the document is encrypted (password-protected)');
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL)
      throw damaged(`a missing part "${name.slice(0, 80)}"`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > bytes.length) throw damaged(`a cut-off part "${name.slice(0, 80)}"`);
    const remaining = limits.maxTotalBytes - total;
    if (method === 0) total += compressedSize;
    else if (method === 8) {
      try {
        total += inflateRawSync(bytes.subarray(dataStart, dataEnd), { maxOutputLength: remaining + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) total = Infinity;
        else throw damaged(`a corrupt part "${name.slice(0, 80)}"`);
      }
    } else throw new ImportError('unsupported', `the archive uses compression method ${method}, which Copydesk does not read`);
    if (total > limits.maxTotalBytes) {
      throw new ImportError(
        'too-large',
        `the document unpacks to more than ${Math.round(limits.maxTotalBytes / (1024 * 1024))} MB (a ZIP bomb?)`,
      );
    }
    names.push(name);
  }
  return names;
}
