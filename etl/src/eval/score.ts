/**
 * The extraction metrics, a faithful port of the reference scorer ../shared/eval/score.py: same
 * matching, same iteration order where it matters, same rounding. Where Python and JavaScript
 * differ it follows Python: string positions and lengths are in code points (not UTF-16
 * units), `\s` is Python's whitespace set, round() is Python's round-half-even on the exact
 * binary value. Everything is restricted to the gold's line ranges.
 */
import type { ExportEntity, ExtractionExport } from '../export/format.ts';
import type { MergedGold } from './gold.ts';

/** Precision, recall and F1 (rounded to 3 decimals) and the sizes they were computed on. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  system: number;
  gold: number;
}

export interface SpeakerMetrics {
  /** Share of gold-attributed characters whose system speaker is right. */
  accuracy: number;
  chars: number;
}

export interface ClaimMetrics {
  recall: number;
  // snake_case: the key score.py prints, so both outputs can be diffed.
  recall_with_speaker: number;
  gold: number;
  system: number;
}

export interface Metrics {
  segments: Prf;
  person: Prf;
  organization: Prf;
  model: Prf;
  topic: Prf;
  variants: Prf;
  speakers: SpeakerMetrics;
  claims: ClaimMetrics;
}

const ENTITY_METRICS = ['person', 'organization', 'model', 'topic'] as const;

/**
 * Python's `\s` and str.isspace(): unlike JavaScript's `\s` it includes U+001C–U+001F and
 * U+0085, and it excludes U+FEFF.
 */
const PY_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const NORM_DROP = new RegExp(`[${PY_SPACE}·•\\-_.。，,、]`, 'gu');
const PY_BLANK = new RegExp(`^[${PY_SPACE}]*$`, 'u');

/**
 * The matching key of a name: NFKC, lower case, without whitespace and the punctuation that
 * ASR output scatters inside names. Example: `Open AI` and `ｏｐｅｎ－ＡＩ` both give `openai`.
 */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').toLowerCase().replace(NORM_DROP, '');
}

/** Length in code points, as Python's len(). */
export function cpLength(s: string): number {
  return [...s].length;
}

/** Python's str.find: the code-point index of the first occurrence of `sub`, or -1. */
export function cpFind(text: string, sub: string): number {
  const i = text.indexOf(sub);
  return i < 0 ? -1 : cpLength(text.slice(0, i));
}

/**
 * Python's round(x, digits): correct rounding of the exact binary value (as toFixed does), but
 * an exact tie goes to the even digit where toFixed goes away from zero. An exact tie at
 * `digits` decimals is a multiple of 2^-(digits+1) that is not one of 2^-digits, e.g.
 * round(0.0625, 3) is 0.062 in Python while (0.0625).toFixed(3) is '0.063'.
 */
export function pyRound(x: number, digits: number): number {
  const half = x * 2 ** (digits + 1);
  if (Number.isInteger(half) && Math.abs(half % 2) === 1) {
    const scale = 10 ** digits;
    const below = Math.floor(x * scale);
    return (below % 2 === 0 ? below : below + 1) / scale;
  }
  return Number(x.toFixed(digits));
}

/** Splits a decoded source as Python's text-mode read().split('\n') does (universal newlines). */
export function splitSourceLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function inRanges(line: number, ranges: [number, number][]): boolean {
  return ranges.some(([a, b]) => a <= line && line <= b);
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function prf(tpP: number, nP: number, tpR: number, nR: number): Prf {
  const p = nP ? tpP / nP : 0;
  const r = nR ? tpR / nR : 0;
  return { p: pyRound(p, 3), r: pyRound(r, 3), f1: pyRound(f1(p, r), 3), system: nP, gold: nR };
}

function sortedUnique(xs: number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

interface Point<T> {
  line: number;
  col: number;
  turn: T;
}

/** The turn in effect at (line, col): the last one starting at or before it. */
function labelAt<T>(pts: Point<T>[], line: number, col: number): T | null {
  let label: T | null = null;
  for (const p of pts) {
    if (p.line < line || (p.line === line && p.col <= col)) label = p.turn;
    else break;
  }
  return label;
}

/** Scores one export against merged gold; `sourceLines` are the transcript's decoded lines. */
export function score(sourceLines: string[], exp: ExtractionExport, gold: MergedGold): Metrics {
  const inR = (line: number) => inRanges(line, gold.ranges);
  const lineText = (line: number): string => {
    const text = sourceLines[line - 1];
    if (text === undefined) throw new Error(`line ${line} is beyond the source`);
    return text;
  };

  // --- segments: greedy one-to-one, each gold start (ascending) takes the nearest free start
  const gb = sortedUnique(
    gold.segments.filter((s) => !s.continuesFromBefore && inR(s.startLine)).map((s) => s.startLine),
  );
  const sb = sortedUnique(exp.segments.filter((s) => inR(s.startLine)).map((s) => s.startLine));
  const used = new Set<number>();
  let segTp = 0;
  for (const b of gb) {
    let best: number | null = null;
    for (const x of sb) {
      if (Math.abs(x - b) > 4 || used.has(x)) continue;
      if (best === null || Math.abs(x - b) < Math.abs(best - b)) best = x;
    }
    if (best !== null) {
      used.add(best);
      segTp += 1;
    }
  }
  const segments = prf(segTp, sb.length, segTp, gb.length);

  // --- entities: a system entity counts when it has a mention in range
  const ents = new Map<string, ExportEntity>();
  for (const e of exp.entities) ents.set(e.id, e);
  const mentioned = new Map<string, Set<string>>();
  for (const m of exp.mentions) {
    if (!inR(m.line)) continue;
    let surfaces = mentioned.get(m.entity);
    if (!surfaces) mentioned.set(m.entity, (surfaces = new Set()));
    surfaces.add(m.surface);
  }
  const keyCache = new Map<ExportEntity, Set<string>>();
  const keysOf = (e: ExportEntity): Set<string> => {
    let ks = keyCache.get(e);
    if (!ks) {
      ks = new Set([e.name, ...e.variants, ...(mentioned.get(e.id) ?? [])].map(norm));
      ks.delete('');
      keyCache.set(e, ks);
    }
    return ks;
  };
  const goldKeys = (t: (typeof ENTITY_METRICS)[number]) =>
    gold[t].map((ge) => new Set(ge.variants.map(norm)));
  const entityPrf = (t: (typeof ENTITY_METRICS)[number]): Prf => {
    const sysE = [...ents.values()].filter((e) => e.type === t && mentioned.has(e.id));
    const gkeys = goldKeys(t);
    const hitSys = sysE.filter((e) => gkeys.some((gk) => intersects(keysOf(e), gk))).length;
    const hitGold = gkeys.filter((gk) => sysE.some((e) => intersects(keysOf(e), gk))).length;
    return prf(hitSys, sysE.length, hitGold, gkeys.length);
  };

  // --- variant grouping: pairwise over the gold variants seen as mention surfaces in range
  const surf2ent = new Map<string, Set<string>>();
  for (const [eid, surfaces] of mentioned) {
    for (const s of surfaces) {
      const k = norm(s);
      let ids = surf2ent.get(k);
      if (!ids) surf2ent.set(k, (ids = new Set()));
      ids.add(eid);
    }
  }
  let varTp = 0;
  let varFp = 0;
  let varFn = 0;
  for (const t of ENTITY_METRICS) {
    const gv = gold[t].flatMap((ge, gi) =>
      ge.variants.map((v) => ({ gi, key: norm(v) })).filter((x) => surf2ent.has(x.key)),
    );
    for (let i = 0; i < gv.length; i++) {
      for (let j = i + 1; j < gv.length; j++) {
        const a = gv[i]!;
        const b = gv[j]!;
        if (a.key === b.key) continue;
        const sameSys = intersects(surf2ent.get(a.key)!, surf2ent.get(b.key)!);
        if (a.gi === b.gi) {
          if (sameSys) varTp += 1;
          else varFn += 1;
        } else if (sameSys) {
          varFp += 1;
        }
      }
    }
  }

  // --- speakers: character level, cut at every gold and system turn start
  const personKeys = goldKeys('person');
  const personOf = (eid: string | null): string | null => {
    const e = eid === null ? undefined : ents.get(eid);
    if (!e) return null;
    const ks = keysOf(e);
    const i = personKeys.findIndex((gk) => intersects(ks, gk));
    return i >= 0 ? gold.person[i]!.canonical : '?' + e.name;
  };
  const positions = <T extends { line: number }>(
    turns: T[],
    colOf: (t: T, text: string) => number | null,
  ): Point<T>[] => {
    const pts: Point<T>[] = [];
    for (const t of turns) {
      if (!(t.line >= 1 && t.line <= sourceLines.length)) continue;
      const col = colOf(t, lineText(t.line));
      if (col !== null) pts.push({ line: t.line, col, turn: t });
    }
    return pts.sort((a, b) => a.line - b.line || a.col - b.col);
  };
  const gpts = positions(gold.turns, (t, text) => {
    const i = cpFind(text, t.anchor);
    return i >= 0 ? i : null;
  });
  const spts = positions(exp.turns, (t) => t.column);
  let total = 0;
  let correct = 0;
  for (let ln = 1; ln <= sourceLines.length; ln++) {
    if (!inR(ln)) continue;
    const text = lineText(ln);
    if (PY_BLANK.test(text) || text.startsWith('![')) continue;
    const cuts = sortedUnique([
      0,
      cpLength(text),
      ...gpts.filter((p) => p.line === ln).map((p) => p.col),
      ...spts.filter((p) => p.line === ln).map((p) => p.col),
    ]);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i]!;
      const b = cuts[i + 1]!;
      const gt = labelAt(gpts, ln, a);
      if (!gt) continue;
      const gs = gt.speaker;
      if (gs === 'unknown' || gs === 'music' || gs === 'narrator') continue;
      const st = labelAt(spts, ln, a);
      let ok = false;
      if (st) {
        if (gs.startsWith('host:')) {
          const name = gs.slice(5);
          ok =
            name.startsWith('unnamed') || name.startsWith('未具名')
              ? st.role === 'host'
              : personOf(st.speaker) === name;
        } else {
          ok = personOf(st.speaker) === gs;
        }
      }
      total += b - a;
      if (ok) correct += b - a;
    }
  }

  // --- claims: a system claim on the same line overlapping the gold text
  const sc = exp.claims.filter((c) => inR(c.line));
  let hit = 0;
  let hitSpk = 0;
  let nGold = 0;
  for (const gc of gold.claims) {
    if (!inR(gc.line)) continue;
    nGold += 1;
    const text = lineText(gc.line);
    const a = cpFind(text, gc.text);
    if (a < 0) continue;
    const b = a + cpLength(gc.text);
    let best: (typeof sc)[number] | null = null;
    for (const c of sc) {
      if (c.line !== gc.line) continue;
      const ca = c.column;
      const cb = ca + cpLength(c.text);
      if (ca < b && a < cb) {
        best = c;
        if (personOf(c.speaker) === gc.speaker) break;
      }
    }
    if (best) {
      hit += 1;
      if (personOf(best.speaker) === gc.speaker) hitSpk += 1;
    }
  }

  return {
    segments,
    person: entityPrf('person'),
    organization: entityPrf('organization'),
    model: entityPrf('model'),
    topic: entityPrf('topic'),
    variants: prf(varTp, varTp + varFp, varTp, varTp + varFn),
    speakers: { accuracy: total ? pyRound(correct / total, 3) : 0, chars: total },
    claims: {
      recall: nGold ? pyRound(hit / nGold, 3) : 0,
      recall_with_speaker: nGold ? pyRound(hitSpk / nGold, 3) : 0,
      gold: nGold,
      system: sc.length,
    },
  };
}
