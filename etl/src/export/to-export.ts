/**
 * Writes a pipeline result as the `discourse-extraction/1` export. The only place UTF-16
 * offsets become code-point columns.
 */
import type { PipelineResult } from '../pipeline.ts';
import type { Pos } from '../types.ts';
import { toCodePointColumn } from '../positions.ts';
import { EXPORT_FORMAT, type ExtractionExport } from './format.ts';

export function toExport(r: PipelineResult): ExtractionExport {
  const { doc } = r;
  const column = (p: Pos) => toCodePointColumn(doc.lines[p.line - 1] ?? '', p.index);
  const mentioned = new Set(r.mentionEntity.filter((x): x is string => !!x));
  return {
    format: EXPORT_FORMAT,
    transcript: { id: doc.id, title: doc.title.sessionTitle, language: doc.language, lines: doc.lines.length },
    segments: r.segments.map((s) => ({
      id: s.id,
      kind: s.kind,
      startLine: s.startLine,
      endLine: s.endLine,
      title: s.title,
    })),
    entities: r.entities
      .filter((e) => mentioned.has(e.id) || r.turnEntity.includes(e.id))
      .map((e) => ({ id: e.id, type: e.type, name: e.name, variants: e.variants.map((v) => v.surface) })),
    turns: r.turns.map((t, i) => ({
      line: t.start.line,
      column: column(t.start),
      speaker: r.turnEntity[i] ?? null,
      role: t.role === 'unknown' ? null : t.role,
      confidence: t.confidence,
    })),
    mentions: r.mentions.flatMap((m, i) => {
      const entity = r.mentionEntity[i];
      return entity ? [{ entity, line: m.start.line, column: column(m.start), surface: m.surface }] : [];
    }),
    claims: r.claims.map((c) => ({
      id: c.id,
      speaker: c.speaker,
      topics: c.topicIds,
      entities: c.entityIds,
      stance: c.stance,
      text: c.text,
      line: c.start.line,
      column: column(c.start),
      confidence: c.confidence,
    })),
  };
}
