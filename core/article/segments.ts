/**
 * Flattening an inline text's overlapping marks into consecutive segments, each with the
 * set of marks that covers it. Renderers and exporters walk segments instead of marks, so
 * overlapping bold/italic/link/entity ranges never produce mis-nested markup.
 */
import type { InlineText, MentionKind } from './model.ts';

/** A maximal run of text covered by the same marks. */
export interface InlineSegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly link?: string;
  readonly entityId?: string;
  readonly entityKind?: MentionKind;
}

/** Splits `inline` at every mark boundary; segments cover the whole text in order. */
export function segmentInlineText(inline: InlineText): InlineSegment[] {
  const { text, marks } = inline;
  if (text.length === 0) return [];
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.start)));
    cuts.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: InlineSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const link = covering.find((m) => m.type === 'link');
    const entity = covering.find((m) => m.type === 'entity');
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      bold: covering.some((m) => m.type === 'bold'),
      italic: covering.some((m) => m.type === 'italic'),
      ...(link?.type === 'link' ? { link: link.href } : {}),
      ...(entity?.type === 'entity' ? { entityId: entity.entityId, entityKind: entity.kind } : {}),
    });
  }
  return segments;
}
