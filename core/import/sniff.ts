/**
 * Content sniffing: recognises binary files by their magic numbers and byte statistics, so
 * that an image renamed `.txt` is refused with a message naming what it is.
 */

const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['an executable', [0x4d, 0x5a]],
  ['a legacy Word or Office document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a WebP or RIFF media file', [0x52, 0x49, 0x46, 0x46]],
];

/** Names the kind of binary file `bytes` starts like, or returns null. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const [label, magic] of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return label;
  }
  return null;
}

/** True when `bytes` start with a UTF-16 byte-order mark. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * True when `bytes` look like binary data rather than text in any 8-bit or UTF-8 encoding:
 * NUL bytes (outside UTF-16) or many control characters in the first 8 KiB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, 8_192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
