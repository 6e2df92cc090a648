/**
 * The backend's HTML parser: parse5, which implements the WHATWG HTML parsing algorithm
 * browsers use, so markup is read exactly as Chromium would read it (the root cause of
 * mutation-XSS tricks is a sanitizer parsing differently from the browser). The tree is
 * exposed lazily as core's `StructuralNode`, for the sanitizing walker `htmlToArticle`.
 */
import { parse } from 'parse5';
import type { StructuralNode } from '../../core/import/html-to-article.ts';
import { sanitizeHtml } from './purify.ts';

/** The fields of a parse5 default-tree-adapter node that the view reads. */
interface Parse5Node {
  readonly nodeName: string;
  readonly childNodes?: readonly Parse5Node[];
  readonly value?: string;
  readonly attrs?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

const NODE_TYPES: Readonly<Record<string, number>> = {
  '#text': 3,
  '#comment': 8,
  '#document': 9,
  '#documentType': 10,
  '#document-fragment': 11,
};

/** A read-only StructuralNode view of a parse5 node; children are wrapped on first access. */
class Parse5View implements StructuralNode {
  private children: StructuralNode[] | undefined;

  constructor(private readonly node: Parse5Node) {}

  get nodeType(): number {
    return NODE_TYPES[this.node.nodeName] ?? 1;
  }

  get nodeName(): string {
    return this.node.nodeName;
  }

  get childNodes(): ArrayLike<StructuralNode> {
    this.children ??= (this.node.childNodes ?? []).map((child) => new Parse5View(child));
    return this.children;
  }

  get textContent(): string | null {
    return this.node.nodeName === '#text' ? (this.node.value ?? '') : null;
  }

  getAttribute(name: string): string | null {
    return this.node.attrs?.find((a) => a.name === name)?.value ?? null;
  }
}

/**
 * Sanitizes HTML with DOMPurify, then parses the result the way a browser would. Needs
 * `prepareHtmlSanitizer()` to have finished (the open paths await it).
 */
export function parseHtml(html: string): StructuralNode {
  // Scripting "enabled" makes <noscript> raw text, as in the renderer; the walker drops it either way.
  return new Parse5View(parse(sanitizeHtml(html), { scriptingEnabled: true }) as unknown as Parse5Node);
}
