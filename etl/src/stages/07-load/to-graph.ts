/**
 * Maps a pipeline result onto the graph's load shape: utterances are speaker turns cut at
 * segment boundaries; every mention and claim hangs off the utterance it sits in.
 */
import type {
  EntityProps,
  MentionRow,
  SegmentProps,
  TranscriptGraph,
  UtteranceProps,
} from '@discourse/graph';
import type { PipelineResult } from '../../pipeline.ts';
import { turnAt } from '../../pipeline.ts';
import type { Pos } from '../../types.ts';
import { pinyinKey } from '../../nlp/pinyin.ts';
import { toCodePointColumn } from '../../positions.ts';

export function toTranscriptGraph(r: PipelineResult): TranscriptGraph {
  const { doc, units, timing } = r;
  const tid = doc.id;
  const column = (p: Pos) => toCodePointColumn(doc.lines[p.line - 1] ?? '', p.index);
  const unitPos = (i: number): Pos => {
    const u = units[i]!;
    const b = doc.blocks[u.block]!;
    return { line: b.line, index: b.index + u.start };
  };
  const timeAtUnit = (i: number) => round(timing.unitStart[i] ?? timing.durationSec);

  const segments: SegmentProps[] = r.segments.map((s) => ({
    id: s.id,
    transcriptId: tid,
    ordinal: s.ordinal,
    kind: s.kind,
    title: s.title,
    startLine: s.startLine,
    endLine: s.endLine,
    startSec: timeAtUnit(s.firstUnit),
    endSec: timeAtUnit(s.endUnit),
    charCount: charsOf(r, s.firstUnit, s.endUnit),
    confidence: 0.7,
  }));

  // one utterance per (turn ∩ segment), built by walking units in order
  const utterances: (UtteranceProps & { speakerId: string | null })[] = [];
  const unitUtterance: number[] = new Array(units.length).fill(-1);
  r.segments.forEach((s, k) => {
    let current: (UtteranceProps & { speakerId: string | null }) | null = null;
    let currentTurn = -2;
    for (let i = s.firstUnit; i < s.endUnit; i++) {
      const p = unitPos(i);
      const t = turnAt(r.turns, p.line, p.index);
      if (!current || t !== currentTurn) {
        const turn = t >= 0 ? r.turns[t]! : null;
        const start = turn && t !== currentTurn && comparePos(turn.start, p) > 0 ? turn.start : p;
        current = {
          id: `${tid}:utt:${p.line}:${column(start)}`,
          transcriptId: tid,
          segmentId: segments[k]!.id,
          ordinal: utterances.length,
          line: p.line,
          column: column(p),
          endLine: p.line,
          endColumn: column(p),
          text: '',
          role: turn?.role ?? 'unknown',
          speakerConfidence: turn?.confidence ?? 0,
          startSec: timeAtUnit(i),
          endSec: timeAtUnit(i),
          charCount: 0,
          speakerId: t >= 0 ? r.turnEntity[t] ?? null : null,
        };
        utterances.push(current);
        currentTurn = t;
      }
      const u = units[i]!;
      const b = doc.blocks[u.block]!;
      const piece = b.text.slice(u.start, u.end);
      // one '\n' per source line advanced (blank lines stay empty lines), so that line i of
      // `text` is source line `line + i` and a reader can put every piece back on its line
      current.text += '\n'.repeat(b.line - current.endLine) + piece;
      current.endLine = b.line;
      current.endColumn = toCodePointColumn(doc.lines[b.line - 1] ?? '', b.index + u.end);
      current.endSec = timeAtUnit(i + 1);
      current.charCount += piece.replace(/\s/g, '').length;
      unitUtterance[i] = utterances.length - 1;
    }
  });

  /** The last unit starting at or before p (the one containing it), or -1. */
  const unitAt = (p: Pos): number => {
    let best = -1;
    for (let lo = 0, hi = units.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (comparePos(unitPos(mid), p) <= 0) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  const utteranceAt = (p: Pos): string | null => {
    const best = unitAt(p);
    const k = best >= 0 ? unitUtterance[best]! : -1;
    return k >= 0 ? utterances[k]!.id : null;
  };

  const mentions: MentionRow[] = [];
  r.mentions.forEach((m, i) => {
    const entityId = r.mentionEntity[i];
    const utteranceId = entityId ? utteranceAt(m.start) : null;
    if (!entityId || !utteranceId) return;
    mentions.push({ utteranceId, entityId, surface: m.surface, line: m.start.line, column: column(m.start), method: m.source, confidence: m.confidence });
  });
  const used = new Set([...mentions.map((m) => m.entityId), ...utterances.map((u) => u.speakerId).filter(Boolean)]);
  for (const c of r.claims) for (const id of [c.speaker, ...c.topicIds, ...c.entityIds]) if (id) used.add(id);

  const entities: EntityProps[] = r.entities
    .filter((e) => used.has(e.id))
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      variants: e.variants.map((v) => v.surface),
      pinyin: [...new Set([e.name, ...e.aliases, ...e.variants.map((v) => v.surface)].map(pinyinKey))].join(' | '),
      role: e.role,
      affiliation: e.affiliation,
    }));

  const claims = r.claims.flatMap((c) => {
    const utteranceId = utteranceAt(c.start);
    if (!utteranceId) return [];
    return [{
      id: c.id,
      transcriptId: tid,
      utteranceId,
      text: c.text,
      line: c.start.line,
      column: column(c.start),
      stance: c.stance,
      confidence: c.confidence,
      startSec: timeAtUnit(Math.max(0, unitAt(c.start))),
      speakerId: c.speaker,
      topicIds: c.topicIds,
      entityIds: c.entityIds,
    }];
  });

  const personIds = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  const byName = new Map(entities.filter((e) => e.type === 'person').map((e) => [e.name, e.id]));
  const segmentPeople = r.segments.flatMap((s, k) => [
    ...s.hosts.map((h) => ({ segmentId: segments[k]!.id, personId: byName.get(h) ?? '', role: 'host' as const })),
    ...s.guests.map((g) => ({ segmentId: segments[k]!.id, personId: byName.get(g) ?? '', role: 'guest' as const })),
  ]).filter((x) => personIds.has(x.personId));
  const orgByName = new Map(entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.id]));
  const affiliations = entities
    .filter((e) => e.type === 'person' && e.affiliation && orgByName.has(e.affiliation))
    .map((e) => ({ personId: e.id, organizationId: orgByName.get(e.affiliation!)! }));

  return {
    transcript: {
      id: tid,
      title: doc.title.raw ?? doc.title.sessionTitle,
      sessionTitle: doc.title.sessionTitle,
      part: doc.title.part,
      date: doc.title.date,
      language: doc.language,
      source: doc.path.split('/').pop() ?? doc.path,
      format: doc.format,
      lineCount: doc.lines.length,
      charCount: charsOf(r, 0, units.length),
      contentHash: doc.contentHash,
      durationSec: round(timing.durationSec),
      timeBasis: timing.basis,
      charsPerSecond: timing.charsPerSecond,
    },
    segments,
    utterances,
    entities,
    mentions,
    claims,
    segmentPeople: dedupe(segmentPeople),
    affiliations,
  };
}

function charsOf(r: PipelineResult, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const u = r.units[i]!;
    if (u.kind === 'image') continue;
    n += r.doc.blocks[u.block]!.text.slice(u.start, u.end).replace(/\s/g, '').length;
  }
  return n;
}

function comparePos(a: Pos, b: Pos): number {
  return a.line - b.line || a.index - b.index;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function dedupe<T extends { segmentId: string; personId: string; role: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${r.segmentId}|${r.personId}|${r.role}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
