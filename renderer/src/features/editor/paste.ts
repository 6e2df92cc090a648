/**
 * Cleaning pasted HTML (Word, Google Docs, web pages) before the schema parses it. DOMPurify
 * removes everything executable (scripts, event handlers, javascript: URLs, SVG/MathML
 * tricks) and keeps only the tags the story schema has parse rules for; the schema's
 * parser then keeps only what the article model can hold. Word's conditional comments,
 * `<o:p>` and `mso-` styles disappear with the tags that carry them.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'footer',
  'cite',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'a',
  'span',
  'div',
];

/** Sanitised HTML holding only tags and attributes the story schema understands. */
export function cleanPastedHtml(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    // `style` survives only so bold/italic spans from Google Docs and Word keep their formatting;
    // the schema reads font-weight and font-style and nothing else.
    ALLOWED_ATTR: ['href', 'style'],
    ALLOW_DATA_ATTR: false,
    KEEP_CONTENT: true,
  });
  return typeof clean === 'string' ? clean : String(clean);
}
