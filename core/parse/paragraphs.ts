/**
 * Paragraph splitting for plain text, in the three layouts agencies send:
 *
 * - paragraphs separated by blank lines (lines inside one are joined with a space);
 * - one paragraph per line, with no blank lines;
 * - hard-wrapped text with no blank lines: every line filled to a fixed width, so a
 *   paragraph ends where a line stops short of that width — where the next line's first
 *   word would have fitted — or where the next line is indented.
 */

/** The line ending used most in `text`; LF when there is none. */
export function detectLineEnding(text: string): 'lf' | 'crlf' | 'cr' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  if (crlf >= lf && crlf >= cr && crlf > 0) return 'crlf';
  if (cr > lf) return 'cr';
  return 'lf';
}

const BLANK_LINE = /\n[ \t\u00a0]*\n/;

/** The widest line length most lines come close to, or null when the lines are not hard-wrapped. */
export function hardWrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((line) => line.trimEnd().length).filter((length) => length > 0);
  if (lengths.length < 3) return null;
  const width = Math.max(...lengths);
  // Wrapped text is set to a terminal-like width; longer lines are paragraphs, one per line.
  if (width < 30 || width > 132) return null;
  const nearWidth = lengths.filter((length) => length >= width * 0.75).length;
  return nearWidth / lengths.length >= 0.5 ? width : null;
}

/** Joins hard-wrapped `lines` into paragraphs: a line ends its paragraph when the next word would have fitted on it. */
function reflow(lines: readonly string[], width: number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    current.push(line.trim());
    const next = lines[i + 1];
    if (next === undefined) return;
    const nextWord = next.trim().split(/\s+/u)[0] ?? '';
    const indented = /^[ \t\u00a0]/u.test(next) && !/^[ \t\u00a0]/u.test(line);
    const shortLine = line.trimEnd().length + 1 + nextWord.length <= width;
    if (indented || shortLine) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  });
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

/**
 * Splits text into paragraphs (see the module comment for the layouts). Line endings may
 * be LF, CRLF or CR; paragraphs come out trimmed and never empty.
 */
export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (BLANK_LINE.test(normalized.trim())) {
    return normalized
      .split(BLANK_LINE)
      .map((chunk) =>
        chunk
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0)
          .join(' '),
      )
      .filter((p) => p.length > 0);
  }
  const lines = normalized.split('\n').filter((line) => line.trim().length > 0);
  const width = hardWrapWidth(lines);
  if (width !== null) return reflow(lines, width);
  return lines.map((line) => line.trim()).filter((line) => line.length > 0);
}
