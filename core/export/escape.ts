/**
 * Escaping for the two contexts exporters write article text into: HTML text and attribute
 * values, and JSON embedded in a `<script>` element. Every article string goes through one
 * of these, so no article text can ever become markup.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values (both quote kinds). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * Serializes `value` as JSON that is safe inside a `<script>` element: `<`, `>` and `&` become
 * `\u003c`, `\u003e`, `\u0026`, so no string can close the element or open a comment, and
 * U+2028/U+2029 are escaped for old JavaScript parsers. The result is still the same JSON value.
 */
export function jsonForScript(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
