/**
 * Stage 4 — mentions of people, organisations, AI models and topics.
 * Input: document, units, speaker result. Output: surface mentions with positions, plus
 * what introductions say about people (title, affiliation).
 * Must not: merge spellings (stage 5 does) or use any list of person names: people come
 * from the name slots found by the speakers stage, then from every place their name (or a
 * same-sounding spelling, or their given name, or surname + title) recurs.
 */
import type { EntityType, Mention, PersonFacts, Pos, SourceDoc } from '../../types.ts';
import type { LexiconEntry } from '../../lexicon/types.ts';
import { MODELS, ORGANIZATIONS, TOPICS } from '../../lexicon/index.ts';
import { LexiconMatcher, syllablesAt, type LexiconHit } from '../../rules/lexicon-matcher.ts';
import { LatinFuzzyMatcher } from '../../rules/latin-fuzzy.ts';
import { findAddressForms, isPlausibleName } from '../../rules/zh-names.ts';
import { givenName, nameSimilarity } from '../../rules/name-similarity.ts';
import { dictionaryEntry, idfOf } from '../../nlp/jieba.ts';
import { syllable, syllableDistance } from '../../nlp/pinyin.ts';
import { englishNames } from '../../nlp/english.ts';
import { unitAddressForms, unitText, unitTokens, type SegmentDraft, type Unit } from '../02-segment/index.ts';
import type { SpeakerResult } from '../03-speakers/index.ts';
import { findAffiliationBeforeTitle, findModelsByPattern, findOrganizationsByPattern } from './patterns.ts';

export interface Extraction {
  mentions: Mention[];
  facts: PersonFacts[];
}

let matchers: { org: LexiconMatcher; model: LexiconMatcher; topic: LexiconMatcher } | null = null;

let fuzzyModels: LatinFuzzyMatcher | null = null;

function latinModels(): LatinFuzzyMatcher {
  fuzzyModels ??= new LatinFuzzyMatcher(MODELS);
  return fuzzyModels;
}

function lexicons() {
  matchers ??= {
    // three-character sound matches (华师大) hit ordinary speech too often; names of four or more are safe
    org: new LexiconMatcher(ORGANIZATIONS, { minPinyinChars: 4 }),
    model: new LexiconMatcher(MODELS, { minPinyinChars: 4 }),
    topic: new LexiconMatcher(TOPICS, { minPinyinChars: 4 }),
  };
  return matchers;
}

export function extract(doc: SourceDoc, units: Unit[], speakers: SpeakerResult, drafts: SegmentDraft[]): Extraction {
  const mentions: Mention[] = [];
  const names = confirmedNames(speakers);
  const nameIndex = new NameIndex(names);
  const facts = personFacts(doc, units, speakers);
  const lex = lexicons();
  const employers = employersByUnit(units, speakers);
  for (const u of units) {
    if (u.kind === 'image') continue;
    const block = doc.blocks[u.block]!;
    const text = block.norm.slice(u.start, u.end);
    const at = (offset: number): Pos => ({ line: block.line, index: block.index + u.start + offset });
    const push = (type: EntityType, surface: string, offset: number, source: string, canonical: string | null, confidence: number) =>
      mentions.push({ type, surface: block.text.slice(u.start + offset, u.start + offset + surface.length), key: surface, start: at(offset), length: surface.length, source, canonical, confidence });

    const sounds = syllablesAt(text);
    const taken: [number, number][] = [];
    const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
    const lexHits = (m: LexiconMatcher, type: EntityType) => {
      for (const h of m.find(text, (hit, weak) => !weak || weakAccepted(text, hit), sounds)) {
        if (!free(h.start, h.end)) continue;
        taken.push([h.start, h.end]);
        push(type, h.surface, h.start, `lexicon:${h.method}`, h.entry.canonical, h.method === 'exact' ? 0.95 : 0.7);
      }
    };
    lexHits(lex.model, 'model');
    lexHits(lex.org, 'organization');
    if (block.language === 'zh') {
      for (const h of latinModels().find(text, (a, b) => !free(a, b))) {
        taken.push([h.start, h.end]);
        push('model', h.surface, h.start, 'lexicon:latin-fuzzy', h.entry.canonical, 0.5);
      }
    }
    for (const h of findModelsByPattern(text)) {
      if (free(h.start, h.end)) {
        taken.push([h.start, h.end]);
        push('model', h.surface, h.start, h.rule, null, 0.6);
      }
    }
    for (const titleStart of employers.get(u) ?? []) {
      const h = findAffiliationBeforeTitle(text, titleStart);
      if (h && free(h.start, h.end)) {
        taken.push([h.start, h.end]);
        push('organization', h.surface, h.start, h.rule, null, 0.55);
      }
    }
    for (const h of findOrganizationsByPattern(text, unitTokens(doc, u))) {
      if (free(h.start, h.end)) {
        taken.push([h.start, h.end]);
        push('organization', h.surface, h.start, h.rule, null, 0.6);
      }
    }
    {
      for (const p of personMentions(text, unitTokens(doc, u), unitAddressForms(doc, u), names, nameIndex)) {
        if (free(p.start, p.end)) {
          taken.push([p.start, p.end]);
          push('person', p.surface, p.start, p.rule, null, p.confidence);
        }
      }
    }
    if (block.language === 'en') {
      const english = englishNames(text);
      for (const s of english.people) {
        // compromise also returns roles ("second guest"); a name is capitalised, titles dropped
        const title = /^(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+/.exec(s.text)?.[0] ?? '';
        const name = s.text.slice(title.length);
        if (!/^[A-Z]/.test(name) || !free(s.start + title.length, s.end)) continue;
        push('person', name, s.start + title.length, 'compromise', null, 0.6);
      }
      for (const s of english.organizations) if (free(s.start, s.end)) push('organization', s.text, s.start, 'compromise', null, 0.5);
    }
    for (const h of lex.topic.find(text, (hit, weak) => !weak || weakAccepted(text, hit), sounds)) {
      push('topic', h.surface, h.start, `lexicon:${h.method}`, h.entry.canonical, h.method === 'exact' ? 0.9 : 0.65);
    }
  }
  mentions.push(...keyPhraseMentions(doc, units, drafts, mentions, names));
  return { mentions, facts };
}

/** Key phrases per segment that become topics when no lexicon topic covers them. */
const KEYPHRASES_PER_SEGMENT = 8;
/** Too vague to be a topic on their own. */
const VAGUE = /^(?:时候|东西|事情|问题|方面|过程|情况|状态|角度|时间|地方|感觉|部分|内容|方式|能力|领域|行业|大家|老师|主持人|嘉宾|朋友|观众|现场|直播|节目|今天|未来|现在|机会|意义|方向|阶段|层面|程度|环节|话题|观点|概念|领导|同学|团队|公司|企业|产品|技术|人工智能|模型|大模型|数据|应用|场景|平台|世界|中国|上海|全球|大会|会议|论坛|视频|图片|文字|声音|人类|机器|智能|人形|AI|ai|PPT|OK)$/;

function keyPhraseMentions(doc: SourceDoc, units: Unit[], drafts: SegmentDraft[], found: Mention[], names: NameInfo[]): Mention[] {
  const out: Mention[] = [];
  const covered = new Set(found.map((m) => m.surface));
  const people = new Set(names.map((n) => n.name));
  for (const d of drafts) {
    if (d.kind === 'music') continue;
    const segUnits = units.slice(d.firstUnit, d.endUnit).filter((u) => u.kind !== 'image');
    if (segUnits.reduce((n, u) => n + u.end - u.start, 0) < 300) continue;
    const phrases: string[] = [];
    for (const p of rankPhrases(segUnits.map((u) => unitTokens(doc, u)))) {
      if (phrases.length >= KEYPHRASES_PER_SEGMENT) break;
      if (VAGUE.test(p) || covered.has(p) || people.has(p)) continue;
      // one phrase per idea: skip 电视台 once 广播电视台 is in, and the reverse
      if (phrases.some((q) => q.includes(p) || p.includes(q))) continue;
      phrases.push(p);
    }
    for (const phrase of phrases) {
      for (const u of segUnits) {
        const t = unitText(doc, u);
        const block = doc.blocks[u.block]!;
        for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + phrase.length)) {
          out.push({ type: 'topic', surface: block.text.slice(u.start + at, u.start + at + phrase.length), key: phrase, start: { line: block.line, index: block.index + u.start + at }, length: phrase.length, source: 'keyphrase', canonical: phrase, confidence: 0.5 });
        }
      }
    }
  }
  return out;
}

const contentWords = new Map<string, boolean>();

/** Content words: nouns, names, foreign words and words jieba does not know (memoised). */
function isContentWord(word: string): boolean {
  let yes = contentWords.get(word);
  if (yes === undefined) {
    yes = classifyContentWord(word);
    contentWords.set(word, yes);
  }
  return yes;
}

function classifyContentWord(word: string): boolean {
  if (word.length < 2 || /^[\d.%]+$/.test(word)) return false;
  // Latin words count when they look like names or acronyms (AIGC, GPU), not English prose
  if (/^[A-Za-z][A-Za-z0-9+-]*$/.test(word)) return /^[A-Z0-9+-]{2,}$/.test(word) && word !== 'OK';
  if (!/^\p{Script=Han}+$/u.test(word)) return false;
  const e = dictionaryEntry(word);
  return !e || /^(?:n|nz|vn|nt|nl|ng|eng)$/.test(e.tag);
}

/**
 * Phrases a stretch of talk keeps coming back to: runs of one to three content words said
 * at least twice, ranked by how often times how rare (jieba's IDF) their words are.
 */
function rankPhrases(unitsTokens: { word: string }[][]): string[] {
  const counts = new Map<string, { n: number; idf: number }>();
  for (const tokens of unitsTokens) {
    for (let i = 0; i < tokens.length; i++) {
      let phrase = '';
      let idfSum = 0;
      for (let k = 0; k < 3 && i + k < tokens.length; k++) {
        const w = tokens[i + k]!.word;
        if (!isContentWord(w)) break;
        phrase += w;
        idfSum += idfOf(w);
        if (phrase.length > 8) break;
        const c = counts.get(phrase) ?? { n: 0, idf: idfSum };
        c.n++;
        counts.set(phrase, c);
      }
    }
  }
  return [...counts]
    .filter(([p, c]) => c.n >= 2 && p.length >= 2)
    .map(([p, c]) => ({ p, score: Math.log2(1 + c.n) * c.idf }))
    .sort((a, b) => b.score - a.score)
    .map((x) => x.p);
}

/** Where titles introducing someone start, per unit (the employer stands right before). */
function employersByUnit(units: Unit[], speakers: SpeakerResult): Map<Unit, number[]> {
  const out = new Map<Unit, number[]>();
  for (const n of speakers.names) {
    for (const h of n.hits) {
      if (h.cue !== 'title' || !h.title) continue;
      const u = units[n.unit]!;
      out.set(u, [...(out.get(u) ?? []), h.start - h.title.length]);
    }
  }
  return out;
}

/** A weak alias (an ordinary word that is also a name) needs a naming context around it. */
function weakAccepted(text: string, hit: LexiconHit): boolean {
  const around = text.slice(Math.max(0, hit.start - 6), hit.end + 6);
  return /公司|集团|大模型|模型|平台|发布|推出|产品|app|APP|AI|科技/.test(around.replace(hit.surface, ''));
}

interface NameInfo {
  name: string;
  given: string | null;
  surname: string;
}

/** Names the text presents as people: participants and any name in an introduction slot. */
function confirmedNames(speakers: SpeakerResult): NameInfo[] {
  const counts = new Map<string, number>();
  const strong = new Set<string>();
  for (const s of speakers.segments) for (const p of [...s.hosts, ...s.guests]) strong.add(p.surface);
  for (const n of speakers.names) {
    for (const h of n.hits) {
      counts.set(h.name, (counts.get(h.name) ?? 0) + 1);
      if (h.cue !== 'address') strong.add(h.name);
    }
  }
  for (const [name, c] of counts) if (c >= 2) strong.add(name);
  // 秋生 beside 刘秋生 is the given name used as address, not another person
  const names = [...strong].filter((n) => ![...strong].some((m) => m.length === n.length + 1 && m.endsWith(n)));
  return names.map((name) => ({ name, given: givenName(name), surname: name[0]! }));
}

interface PersonHit {
  surface: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

const ADDRESS_PREFIX = /^[小老]/;
/** jieba also tags some places nr (…区, …路): a name does not end like a place. */
const PLACE_ENDING = /[区市县省镇村乡路街港湾岛桥塔站楼]$/;

/** Occurrences of known names, their homophones, given names and surname + title forms. */
function personMentions(
  text: string,
  tokens: { word: string; index: number }[],
  addressForms: ReturnType<typeof findAddressForms>,
  names: NameInfo[],
  index: NameIndex,
): PersonHit[] {
  if (!names.length) return [];
  const hits: PersonHit[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const one = tokens[t]!;
    const two = tokens[t + 1];
    const candidates = [one.word];
    if (two && one.word.length + two.word.length <= 3) candidates.push(one.word + two.word);
    for (const word of candidates) {
      if (word.length < 2 || word.length > 4 || !/^\p{Script=Han}+$/u.test(word)) continue;
      const hit = index.match(word);
      if (hit) {
        hits.push({ surface: word, start: one.index, end: one.index + word.length, ...hit });
        break;
      }
    }
  }
  // well-known people jieba's dictionary tags as names (well-known), three characters or more
  for (const t of tokens) {
    if (t.word.length !== 3 || hits.some((h) => h.start === t.index) || PLACE_ENDING.test(t.word)) continue;
    const e = dictionaryEntry(t.word);
    if (e && /^nr/.test(e.tag) && isPlausibleName(t.word, true)) {
      hits.push({ surface: t.word, start: t.index, end: t.index + t.word.length, rule: 'person:dictionary-name', confidence: 0.6 });
    }
  }
  for (const a of addressForms) {
    if (names.some((n) => n.surname === a.surname)) {
      hits.push({ surface: text.slice(a.start, a.end), start: a.start, end: a.end, rule: 'person:address-form', confidence: 0.6 });
    }
  }
  const small = /[小老]([\p{Script=Han}])(?![\p{Script=Han}])|[小老]([\p{Script=Han}])(?=[，,。？?！!啊呀吧呢嗯])/gu;
  for (let m = small.exec(text); m; m = small.exec(text)) {
    const s = (m[1] ?? m[2])!;
    if (ADDRESS_PREFIX.test(m[0]) && names.some((n) => n.surname === s)) {
      hits.push({ surface: m[0].slice(0, 2), start: m.index, end: m.index + 2, rule: 'person:address-form', confidence: 0.5 });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Known names indexed for the token scan: exact names, given names, and candidates by
 * length and first syllable, so each token is compared with a handful of names, not all.
 */
class NameIndex {
  private readonly exact = new Map<string, NameInfo>();
  private readonly given = new Map<string, NameInfo>();
  private readonly givenSound = new Map<string, NameInfo[]>();
  private readonly near = new Map<string, NameInfo[]>();

  constructor(private readonly names: NameInfo[]) {
    for (const n of names) {
      this.exact.set(n.name, n);
      if (n.given) {
        this.given.set(n.given, n);
        const key = soundKey(n.given);
        this.givenSound.set(key, [...(this.givenSound.get(key) ?? []), n]);
      }
    }
  }

  /** Names of this length whose surname sounds like the word's first syllable. */
  private candidates(word: string): NameInfo[] {
    const key = `${word.length}|${syllable(word[0]!)}`;
    let list = this.near.get(key);
    if (!list) {
      const first = syllable(word[0]!);
      list = this.names.filter((n) => n.name.length === word.length && syllableDistance(syllable(n.name[0]!), first) <= 0.5);
      this.near.set(key, list);
    }
    return list;
  }

  match(word: string): { rule: string; confidence: number } | null {
    if (this.exact.has(word)) return { rule: 'person:name', confidence: 0.9 };
    const entry = dictionaryEntry(word);
    if (entry && !entry.tag.startsWith('nr') && entry.freq > 20) return null;
    if (this.given.has(word)) return { rule: 'person:given-name', confidence: 0.7 };
    // a spelling that merely sounds like a name must still look like one (当中的 ≠ 单中德)
    if (isPlausibleName(word)) {
      for (const n of this.candidates(word)) {
        const sim = nameSimilarity(word, n.name);
        if (sim) return { rule: `person:${sim.method}`, confidence: sim.distance === 0 ? 0.8 : 0.6 };
      }
    }
    if (word.length === 2 && !entry && !/[的了是在我你他她们这那个一不也和就都很有]/.test(word) && this.givenSound.has(soundKey(word))) {
      return { rule: 'person:given-name-homophone', confidence: 0.55 };
    }
    return null;
  }
}

function soundKey(word: string): string {
  return [...word].map(syllable).join(' ');
}

/** Title and affiliation from introductions: 复旦大学的青年副研究员王明 → 副研究员, 复旦大学. */
function personFacts(doc: SourceDoc, units: Unit[], speakers: SpeakerResult): PersonFacts[] {
  const facts: PersonFacts[] = [];
  const roleOf = new Map<string, 'host' | 'guest'>();
  for (const s of speakers.segments) {
    for (const h of s.hosts) roleOf.set(h.surface, 'host');
    for (const g of s.guests) if (!roleOf.has(g.surface)) roleOf.set(g.surface, 'guest');
  }
  const lex = lexicons();
  for (const n of speakers.names) {
    const u = units[n.unit]!;
    const text = unitText(doc, u);
    const block = doc.blocks[u.block]!;
    for (const h of n.hits) {
      if (h.cue !== 'title' && h.cue !== 'self' && h.cue !== 'host') continue;
      const window = h.cue === 'self' ? text.slice(h.end, h.end + 30) : text.slice(Math.max(0, h.start - 30), h.start);
      const orgs = [...lex.org.find(window), ...findOrganizationsByPattern(window).map(toLexLike)];
      const org = h.cue === 'self' ? orgs[0] : orgs.at(-1);
      facts.push({
        surface: h.name,
        role: h.title,
        affiliation: org ? ('entry' in org && org.entry ? org.entry.canonical : org.surface) : null,
        kind: roleOf.get(h.name) ?? 'mentioned',
        pos: { line: block.line, index: block.index + u.start + h.start },
      });
    }
  }
  return facts;
}

function toLexLike(h: { surface: string; start: number; end: number }): { surface: string; entry?: LexiconEntry } {
  return { surface: h.surface };
}
