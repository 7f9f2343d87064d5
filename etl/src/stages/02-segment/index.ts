/**
 * Stage 2 — program segments.
 * Input: the parsed document and its sentence units. Output: contiguous segments covering
 * every unit, with a provisional kind (music / promo / speech); the speakers stage refines
 * speech into interview, panel, report, speech or host-monologue once it knows who talks.
 * Must not: look at names (that is the speakers stage's job) or drop any unit.
 *
 * Boundaries come from what a broadcast does between programs: jingles and promos (🎼 runs),
 * a host opening (欢迎收看…, 我是主持人…), closing (我们马上回来, 下期再见) or handing
 * over to a reporter (连线前方记者…).
 */
import type { SegmentKind, SourceDoc } from '../../types.ts';
import { toUnits, unitText, type Unit } from './units.ts';

export { toUnits, unitAddressForms, unitText, unitTokens, type Unit } from './units.ts';

export interface SegmentDraft {
  /** Units [firstUnit, endUnit). */
  firstUnit: number;
  endUnit: number;
  kind: SegmentKind;
  reason: string;
}

/** A host opens a program. */
const OPENING =
  /欢迎(?:您|大家)?(?:继续)?(?:收看|关注|回到|来到)|继续来到|(?:观众朋友们|各位)[,，]?(?:大家|各位)?(?:早上|上午|中午|下午|晚上)?好|大家(?:早上|上午|中午|下午|晚上)好|我是(?:[^，,。]{0,12})主持人|welcome (?:back )?to|good (?:morning|afternoon|evening),? (?:everyone|and welcome)/i;
/** A host closes a program. */
const CLOSING =
  /(?:马上|稍后|待会儿?|一会儿?|广告之后)(?:再|就)?(?:回来|见|继续)|休息一下|下期再见|再见[。!！]?$|感谢(?:您的)?收看|(?:讨论|直播|节目|环节)(?:就)?(?:到这|先到这|结束)|暂告一个段落|thank you for watching|we'?ll be right back/i;
/** A host hands over to a reporter or another venue. */
const HANDOVER =
  /连线(?:正在)?(?:前方|现场)|前方(?:的)?记者|(?:接下来|下面)(?:我们)?(?:继续)?(?:来)?(?:关注|看一下|来看)|到演播室|(?:有请|请出)[^，,。]{0,30}(?:上台|致辞|演讲|发言|分享|[\u4e00-\u9fff]{2,3}(?:[，,。]|$))/;

/** Things said to people in a studio, never in a song or a promo. */
const CONVERSATION = /嘉宾|你好|您好|主持人好|(?:谢谢|感谢)主持人|欢迎[^来]{1,4}[，,。]|我叫|谢谢各位/;

/** Minimum jingle sentences for a run to be a music or promo segment. */
const MIN_JINGLES = 3;

export function segment(doc: SourceDoc, units: Unit[] = toUnits(doc)): SegmentDraft[] {
  const regions = jingleRegions(doc, units);
  const drafts: SegmentDraft[] = [];
  let cursor = 0;
  for (const r of regions) {
    if (r.first > cursor) drafts.push(...splitSpeech(doc, units, cursor, r.first));
    drafts.push({ firstUnit: r.first, endUnit: r.end, kind: r.kind, reason: 'jingle-run' });
    cursor = r.end;
  }
  if (cursor < units.length) drafts.push(...splitSpeech(doc, units, cursor, units.length));
  return absorbFragments(doc, units, drafts);
}

/** A few words of speech between two breaks (ASR of the jingle itself) join the next break. */
function absorbFragments(doc: SourceDoc, units: Unit[], drafts: SegmentDraft[]): SegmentDraft[] {
  const out: SegmentDraft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const next = drafts[k + 1];
    const chars = units.slice(d.firstUnit, d.endUnit).reduce((n, u) => n + unitText(doc, u).length, 0);
    if (d.kind === 'host-monologue' && chars < MIN_SEGMENT_CHARS && next) {
      next.firstUnit = d.firstUnit;
      continue;
    }
    out.push(d);
  }
  return out;
}

interface Region {
  first: number;
  end: number;
  kind: SegmentKind;
}

/** Runs of jingle and image units, allowing short spoken fragments inside. */
function jingleRegions(doc: SourceDoc, units: Unit[]): Region[] {
  const regions: Region[] = [];
  let i = 0;
  while (i < units.length) {
    if (units[i]!.kind === 'speech') {
      i++;
      continue;
    }
    let end = i + 1;
    let lastMarked = i;
    let jingles = units[i]!.kind === 'jingle' ? 1 : 0;
    // extend while the next non-speech unit is near (narration between jingles belongs to it)
    for (let j = i + 1; j < units.length; j++) {
      const u = units[j]!;
      if (u.kind !== 'speech') {
        lastMarked = j;
        if (u.kind === 'jingle') jingles++;
        continue;
      }
      const gapChars = units.slice(lastMarked + 1, j + 1).reduce((n, x) => n + (x.end - x.start), 0);
      if (gapChars > 160) break;
    }
    end = lastMarked + 1;
    const hasImage = units.slice(i, end).some((u) => u.kind === 'image');
    // music under a conversation (guests welcomed over a jingle) is not a break
    const conversational = units.slice(i, end).some((u) => CONVERSATION.test(unitText(doc, u)));
    if (conversational) {
      i = end;
      continue;
    }
    if (jingles >= MIN_JINGLES || (hasImage && jingles >= 1) || (hasImage && end - i === 1 && isolated(units, i))) {
      regions.push({ first: i, end, kind: classify(doc, units.slice(i, end)) });
    }
    i = end;
  }
  return mergeAdjacent(regions, units);
}

/** An image between two jingle-free stretches is still a break only if next to other breaks. */
function isolated(units: Unit[], i: number): boolean {
  return units[i - 1]?.kind !== 'speech' || units[i + 1]?.kind !== 'speech';
}

/** Regions separated by a few short spoken units are one break. */
function mergeAdjacent(regions: Region[], units: Unit[]): Region[] {
  const out: Region[] = [];
  for (const r of regions) {
    const prev = out.at(-1);
    if (prev && units.slice(prev.end, r.first).reduce((n, u) => n + u.end - u.start, 0) < 40) {
      prev.end = r.end;
      if (r.kind === 'promo') prev.kind = 'promo';
    } else out.push({ ...r });
  }
  return out;
}

/** Sung lyrics are short lines; a narrated promo has long sentences over the music. */
function classify(doc: SourceDoc, run: Unit[]): SegmentKind {
  const spoken = run.filter((u) => u.kind !== 'image');
  if (!spoken.length) return 'music';
  const chars = spoken.reduce((n, u) => n + unitText(doc, u).replace(/\s/g, '').length, 0);
  const mean = chars / spoken.length;
  return mean >= 16 ? 'promo' : 'music';
}

/** A new program needs this much speech (characters) before another opening can cut. */
const MIN_PROGRAM_CHARS = 400;
/** Shorter stretches of speech are merged into a neighbour rather than standing alone. */
const MIN_SEGMENT_CHARS = 60;

/** Splits a stretch of speech at host openings, closings and hand-overs. */
function splitSpeech(doc: SourceDoc, units: Unit[], from: number, to: number): SegmentDraft[] {
  const cuts: { at: number; reason: string }[] = [{ at: from, reason: 'after-break' }];
  let chars = 0; // speech since the last cut
  for (let i = from; i < to; i++) {
    const text = unitText(doc, units[i]!);
    if (chars >= MIN_PROGRAM_CHARS && OPENING.test(text)) {
      cuts.push({ at: i, reason: 'host-opening' });
      chars = 0;
    } else if (chars >= MIN_PROGRAM_CHARS / 2 && HANDOVER.test(text)) {
      cuts.push({ at: i, reason: 'hand-over' });
      chars = 0;
    } else if (chars >= MIN_PROGRAM_CHARS && CLOSING.test(text) && i + 1 < to) {
      // the programme ends after this sentence; what follows is something else
      cuts.push({ at: i + 1, reason: 'host-closing' });
      chars = -(text.length); // the closing sentence itself belongs to the ended programme
    }
    chars += text.length;
  }
  const drafts = cuts.map((c, k) => ({
    firstUnit: c.at,
    endUnit: cuts[k + 1]?.at ?? to,
    kind: 'host-monologue' as SegmentKind,
    reason: c.reason,
  }));
  return mergeShort(doc, units, drafts);
}

/** A stretch too short to be a program joins the one before it (or after, at the start). */
function mergeShort(doc: SourceDoc, units: Unit[], drafts: SegmentDraft[]): SegmentDraft[] {
  const size = (d: SegmentDraft) =>
    units.slice(d.firstUnit, d.endUnit).reduce((n, u) => n + unitText(doc, u).length, 0);
  const out: SegmentDraft[] = [];
  for (const d of drafts) {
    const prev = out.at(-1);
    if (prev && size(d) < MIN_SEGMENT_CHARS) prev.endUnit = d.endUnit;
    else if (prev && size(prev) < MIN_SEGMENT_CHARS) out[out.length - 1] = { ...d, firstUnit: prev.firstUnit };
    else out.push({ ...d });
  }
  return out;
}
