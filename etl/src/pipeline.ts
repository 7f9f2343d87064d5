/**
 * The extraction pipeline, top to bottom: parse → segment → speakers → extract → resolve →
 * claims. Pure functions of the input; loading into Neo4j is separate (stages/07-load).
 */
import { readFile } from 'node:fs/promises';
import type { Claim, Diagnostic, EntityType, Mention, ResolvedEntity, SegmentKind, SourceDoc, Turn } from './types.ts';
import { parseSource } from './stages/01-parse/index.ts';
import { segment, toUnits, unitText, type SegmentDraft, type Unit } from './stages/02-segment/index.ts';
import { attributeSpeakers, type SegmentSpeakers, type SpeakerResult } from './stages/03-speakers/index.ts';
import { extract } from './stages/04-extract/index.ts';
import { entityId, resolve, type Resolution } from './stages/05-resolve/index.ts';
import { claimConfidence, stanceOf } from './stages/06-claims/index.ts';
import { aliasesOf } from './lexicon/aliases.ts';
import { estimateTimes, type Timing } from './timing.ts';
import { toCodePointColumn } from './positions.ts';
import { toExport } from './export/to-export.ts';
import type { ExtractionExport } from './export/format.ts';

export interface FinalSegment {
  /** `<doc>:seg:<startLine>`; a later segment starting on the same line adds `:<column>`. */
  id: string;
  ordinal: number;
  kind: SegmentKind;
  title: string;
  startLine: number;
  endLine: number;
  firstUnit: number;
  endUnit: number;
  reason: string;
  hosts: string[];
  guests: string[];
  topics: string[];
}

export interface PipelineResult {
  doc: SourceDoc;
  units: Unit[];
  segments: FinalSegment[];
  turns: Turn[];
  turnEntity: (string | null)[];
  mentions: Mention[];
  mentionEntity: (string | null)[];
  entities: ResolvedEntity[];
  claims: Claim[];
  timing: Timing;
  diagnostics: Diagnostic[];
}

export function runPipeline(doc: SourceDoc, diagnostics: Diagnostic[] = []): PipelineResult {
  const units = toUnits(doc);
  const drafts = segment(doc, units);
  const speakers = attributeSpeakers(doc, units, drafts);
  const extraction = extract(doc, units, speakers, drafts);
  const lineToSegment = segmentIndex(doc, units, drafts);
  const resolution = resolve(extraction.mentions, extraction.facts, speakers.turns, lineToSegment, aliasesOf);
  const segments = finalSegments(doc, units, drafts, speakers, extraction.mentions, resolution);
  const claims = findClaims(doc, units, speakers.turns, resolution, extraction.mentions);
  return {
    doc,
    units,
    segments,
    turns: speakers.turns,
    turnEntity: resolution.turnEntity,
    mentions: extraction.mentions,
    mentionEntity: resolution.mentionEntity,
    entities: resolution.entities.filter((e) => e.variants.length > 0 || resolution.turnEntity.includes(e.id)),
    claims,
    timing: estimateTimes(doc, units),
    diagnostics,
  };
}

/** Reads, parses and runs the pipeline on one file. */
export async function runFile(path: string): Promise<PipelineResult> {
  const bytes = await readFile(path);
  const { doc, diagnostics } = parseSource(bytes, path);
  return runPipeline(doc, diagnostics);
}

function segmentIndex(doc: SourceDoc, units: Unit[], drafts: SegmentDraft[]): (line: number) => number {
  const starts = drafts.map((d) => doc.blocks[units[d.firstUnit]!.block]!.line);
  return (line: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= line) k++;
    return k;
  };
}

const KIND_TITLE: Record<SegmentKind, string> = {
  interview: '访谈',
  panel: '圆桌',
  speech: '演讲',
  ceremony: '仪式',
  promo: '宣传片',
  music: '音乐',
  report: '记者连线',
  'host-monologue': '主持串场',
};

function finalSegments(
  doc: SourceDoc,
  units: Unit[],
  drafts: SegmentDraft[],
  speakers: SpeakerResult,
  mentions: Mention[],
  resolution: Resolution,
): FinalSegment[] {
  const byId = new Map(resolution.entities.map((e) => [e.id, e]));
  const nameOf = (surface: string) => byId.get(entityId('person', surface))?.name ?? resolvedName(surface, speakers, resolution, byId);
  const startLines = drafts.map((d) => doc.blocks[units[d.firstUnit]!.block]!.line);
  return drafts.map((d, ordinal) => {
    const first = units[d.firstUnit]!;
    const last = units[d.endUnit - 1]!;
    const startLine = startLines[ordinal]!;
    // one line can end a programme and start the next (🎼 mid-paragraph, long ASR paragraphs):
    // the line alone would give both the same id
    const column = toCodePointColumn(doc.lines[startLine - 1] ?? '', doc.blocks[first.block]!.index + first.start);
    const id = startLines[ordinal - 1] === startLine ? `${doc.id}:seg:${startLine}:${column}` : `${doc.id}:seg:${startLine}`;
    const endLine = doc.blocks[last.block]!.line;
    const s: SegmentSpeakers = speakers.segments[ordinal]!;
    const topicCounts = new Map<string, number>();
    mentions.forEach((m, i) => {
      if (m.type !== 'topic' || m.start.line < startLine || m.start.line > endLine) return;
      const id = resolution.mentionEntity[i];
      if (id) topicCounts.set(id, (topicCounts.get(id) ?? 0) + 1);
    });
    const topics = [...topicCounts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id]) => byId.get(id)!.name);
    const hosts = s.hosts.map((h) => nameOf(h.surface));
    const guests = s.guests.map((g) => nameOf(g.surface));
    const who = guests.length ? `：${guests.join('、')}` : hosts.length ? `：${hosts.join('、')}` : '';
    const about = topics.length ? ` — ${topics.slice(0, 3).join('、')}` : '';
    return {
      id,
      ordinal,
      kind: s.kind,
      title: `${KIND_TITLE[s.kind]}${who}${about}`,
      startLine,
      endLine,
      firstUnit: d.firstUnit,
      endUnit: d.endUnit,
      reason: d.reason,
      hosts,
      guests,
      topics,
    };
  });
}

function resolvedName(
  surface: string,
  speakers: SpeakerResult,
  resolution: Resolution,
  byId: Map<string, ResolvedEntity>,
): string {
  for (const e of byId.values()) if (e.type === 'person' && e.variants.some((v) => v.surface === surface)) return e.name;
  const i = speakers.turns.findIndex((t) => t.speakerSurface === surface);
  const id = i >= 0 ? resolution.turnEntity[i] : null;
  return (id && byId.get(id)?.name) || surface;
}

/** The turn in force at a position (turns are in document order). */
export function turnAt(turns: Turn[], line: number, index: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid]!.start;
    if (t.line < line || (t.line === line && t.index <= index)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function findClaims(doc: SourceDoc, units: Unit[], turns: Turn[], resolution: Resolution, mentions: Mention[]): Claim[] {
  const claims: Claim[] = [];
  const byLine = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    const list = byLine.get(m.start.line) ?? [];
    list.push(i);
    byLine.set(m.start.line, list);
  });
  const typeOf = new Map(resolution.entities.map((e) => [e.id, e.type as EntityType]));
  for (const u of units) {
    if (u.kind !== 'speech') continue;
    const block = doc.blocks[u.block]!;
    const from = block.index + u.start;
    const to = block.index + u.end;
    const t = turnAt(turns, block.line, from);
    const turn = t >= 0 ? turns[t]! : null;
    const inside = (byLine.get(block.line) ?? []).filter((i) => mentions[i]!.start.index >= from && mentions[i]!.start.index < to);
    const ids = [...new Set(inside.map((i) => resolution.mentionEntity[i]).filter((x): x is string => !!x))];
    const topicIds = ids.filter((id) => typeOf.get(id) === 'topic');
    const entityIds = ids.filter((id) => typeOf.get(id) !== 'topic');
    const text = unitText(doc, u);
    const confidence = claimConfidence(text, topicIds.length, turn?.role ?? 'unknown');
    if (confidence < 0.4) continue;
    const quote = block.text.slice(u.start, u.end).trim();
    const lead = block.text.slice(u.start, u.end).indexOf(quote);
    claims.push({
      id: `${doc.id}:claim:${block.line}:${from + lead}`,
      start: { line: block.line, index: from + lead },
      text: quote,
      speaker: t >= 0 ? resolution.turnEntity[t] ?? null : null,
      topicIds,
      entityIds,
      stance: stanceOf(text),
      confidence: Math.round(confidence * (turn ? turn.confidence : 0.5) * 100) / 100 || 0.01,
    });
  }
  return claims;
}

/** The `discourse-extraction/1` export of one file (no database). */
export async function extractFile(path: string): Promise<ExtractionExport> {
  return toExport(await runFile(path));
}
