/**
 * Stage 3 — who speaks when.
 * Input: document, sentence units and segment drafts. Output: speaker turns (a turn lasts
 * until the next one), the hosts and guests of each segment, and each segment's refined kind.
 * Must not: invent a name. When the text gives no evidence, a turn's speaker is unknown.
 *
 * With labels or voice tags, the source says who speaks. Without them the conversation does:
 *   我是主持人王明                 → 王明 hosts this segment
 *   …副研究员李华你好             → 李华 is a guest (introduced by title, greeted)
 *   好嗯我叫李华，…               → 李华's turn starts here (self-introduction)
 *   来，李华，给我们介绍一下吧。  → the next answer is 李华's (hand-over)
 *   谢谢李华。                     → back to the host (thanks)
 */
import type { SegmentKind, SourceDoc, SpeakerRole, Turn } from '../../types.ts';
import { findNames, isPlausibleName, type NameHit } from '../../rules/zh-names.ts';
import { nearSyllables, syllable } from '../../nlp/pinyin.ts';
import { dictionaryEntry } from '../../nlp/jieba.ts';
import { findEnglishNames } from '../../rules/en-names.ts';
import { isRoleLabel } from '../01-parse/index.ts';
import { nameSimilarity } from '../../rules/name-similarity.ts';
import { unitAddressForms, unitText, unitTokens, type SegmentDraft, type Unit } from '../02-segment/index.ts';

export interface Participant {
  surface: string;
  role: 'host' | 'guest';
  title: string | null;
  /** The unit where the text first presents this person. */
  unit: number;
  evidence: string;
}

export interface SegmentSpeakers {
  kind: SegmentKind;
  hosts: Participant[];
  guests: Participant[];
}

export interface SpeakerResult {
  turns: Turn[];
  segments: SegmentSpeakers[];
  /** Names found in introduction and address slots, per unit (reused by extraction). */
  names: UnitNames[];
}

export interface UnitNames {
  unit: number;
  hits: NameHit[];
}

/** After a name: the host turns to that person (王明，我想问问你 / 王明先跟大家聊聊). */
const HAND_OVER_AFTER = /^(?:老师|教授|总|博士)?(?:[，,]\s*)?(?:[呃嗯那我也再]{0,3})(?:(?:您|你)(?!好)|想|先|来|给我们|跟大家|说说|谈谈|聊聊|分享|问)|^,\s*(?:what|how|do|could|can|would|let's|tell|why|is|are)\b/i;

/** A sentence that is nothing but a greeting. */
const GREETING_ONLY = /^(?:[嗯哎呃啊哈\s，,]*(?:主持人|大家|各位|你|您|观众朋友们?|[^，,。]{1,6}观众)好[啊呀]?[，,。！!\s]*)+$/;

/** Inviting someone to the stage: they speak next, without being asked a question. */
const INVITATION = /有请|请出|请上|掌声欢迎/;

/** Host-side phrases: a guest rarely says these. */
const HOST_PHRASES = /观众朋友|网友|我们(?:再)?来(?:问问|听听|看看)|接下来|下一个问题|想请(?:教|问)|请问|我们的嘉宾|(?:两|三|四|几)位(?:嘉宾|老师)|our (?:guests?|viewers|listeners|audience)|next question|let me ask/i;
/** How answers start (the host's own sentences rarely do). */
const ANSWER_OPENER = /^(?:[嗯呃啊哎]{0,2}[，,]?\s*)(?:对|是的|没错|其实|我觉得|我认为|我个人|我想|说实话|坦率(?:地)?(?:讲|说)|首先|(?:非常)?(?:谢谢|感谢)(?:这个)?主持人|主持人好|好的?[，,]?谢谢主持人|当然|这个问题|OK|ok)|^好的?[，,]?\s*[嗯呃啊]?[，,]?\s*(?:从我|我(?:觉得|认为|个人|想)|其实)|^(?:well|yes|yeah|sure|absolutely|great question|in short|partly|right|thank you|thanks|i think|i believe|so,)\b/i;
/** Openers only an answerer uses (a host's 对 after its own question is not one). */
const STRONG_ANSWER = /^(?:[嗯呃啊哎]{0,2}[，,]?\s*)(?:对[，,]?\s*)?(?:其实|我觉得|我认为|我个人|首先|说实话|(?:非常)?(?:谢谢|感谢)(?:这个)?主持人)/;

/** How the host takes the floor back after an answer. */
const HOST_RETURN = /^(?:嗯[，,]?\s*(?:好|确实|是的?|对|就是)|好[，,]?\s*谢谢|好的[，,]|是[，,]\s*确实|非常感谢(?!(?:这个)?主持人)|谢谢(?!(?:这个)?主持人))|^(?:that's (?:fascinating|interesting|a sobering)|interesting|fascinating)\b/i;
const THANKS = /(?:谢谢|感谢)(?!主持人|大家|各位|您的提问|你的提问)|thank you(?: for joining us)?,?\s*|thanks,?\s*/gi;
const HAND_OVER = /(?:来[，,]?|问问看?|请|听听看?|有请|请教|那|先|再|好[，,]?)(?:一下)?(?:我们的?|咱们的?)?(?:年轻的)?$/;

export function attributeSpeakers(doc: SourceDoc, units: Unit[], drafts: SegmentDraft[]): SpeakerResult {
  const turns: Turn[] = [];
  const segments: SegmentSpeakers[] = [];
  const allNames: UnitNames[] = [];
  let carriedHost: Participant | null = null;
  let invited: string | null = null;
  /** Guests introduced so far: a later segment may go on talking with them. */
  const registry: Participant[] = [];
  for (const d of drafts) {
    if (d.kind === 'music' || d.kind === 'promo') {
      // 有请某某 said over the music: that person speaks first in what follows
      invited = invitationIn(doc, units, d) ?? invited;
      turns.push(turnAt(doc, units[d.firstUnit]!, null, d.kind === 'music' ? 'music' : 'narrator', 0.8, d.kind));
      segments.push({ kind: d.kind, hosts: [], guests: [] });
      continue;
    }
    const labelled = units.slice(d.firstUnit, d.endUnit).some((u) => doc.blocks[u.block]!.label);
    const result: ConversationResult = labelled
      ? fromLabels(doc, units, d)
      : fromConversation(doc, units, d, carriedHost, registry, invited);
    invited = null;
    allNames.push(...result.names);
    turns.push(...result.turns);
    segments.push(result.segment);
    carriedHost = result.segment.hosts[0] ?? carriedHost;
    for (const g of result.segment.guests) if (!registry.some((r) => r.surface === g.surface)) registry.push(g);
  }
  return { turns: mergeRuns(turns), segments, names: allNames };
}

function invitationIn(doc: SourceDoc, units: Unit[], d: SegmentDraft): string | null {
  let name: string | null = null;
  for (let i = d.firstUnit; i < d.endUnit; i++) {
    const text = unitText(doc, units[i]!);
    if (!INVITATION.test(text)) continue;
    const hit = findNames(text).filter((h) => h.cue === 'title' || h.cue === 'address').at(-1);
    if (hit) name = hit.name;
  }
  return name;
}

function turnAt(doc: SourceDoc, u: Unit, surface: string | null, role: SpeakerRole, confidence: number, method: string, offset = 0): Turn {
  const b = doc.blocks[u.block]!;
  return { start: { line: b.line, index: b.index + u.start + offset }, speakerSurface: surface, role, confidence, method };
}

/** Consecutive turns by the same speaker are one turn. */
function mergeRuns(turns: Turn[]): Turn[] {
  const out: Turn[] = [];
  for (const t of turns) {
    const prev = out.at(-1);
    if (prev && prev.speakerSurface === t.speakerSurface && prev.role === t.role) continue;
    out.push(t);
  }
  return out;
}

const HOST_LABEL = /^(?:主持人|主持|记者|host|moderator|interviewer|anchor|q)$/i;

/** Labels name the speaker; host-like labels give the host role. */
function fromLabels(doc: SourceDoc, units: Unit[], d: SegmentDraft): ConversationResult {
  const turns: Turn[] = [];
  const hosts = new Map<string, Participant>();
  const guests = new Map<string, Participant>();
  let hostName: string | null = null;
  for (let i = d.firstUnit; i < d.endUnit; i++) {
    const u = units[i]!;
    const label = doc.blocks[u.block]!.label;
    if (!label) continue;
    const isHost = HOST_LABEL.test(label.trim());
    if (!isHost && isRoleLabel(label)) {
      // 观众 / Audience Member: a role, not a name
      turns.push(turnAt(doc, u, null, 'guest', 0.9, 'role-label'));
      continue;
    }
    if (isHost && !hostName) hostName = hostSelfIntro(unitText(doc, u));
    // Dr. Jane Doe: → Jane Doe; an unnamed host stays unnamed
    const surface = isHost ? hostName : label.trim().replace(/^(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+/, '');
    const map = isHost ? hosts : guests;
    if (surface && !map.has(surface)) map.set(surface, { surface, role: isHost ? 'host' : 'guest', title: null, unit: i, evidence: 'label' });
    turns.push(turnAt(doc, u, surface, isHost ? 'host' : 'guest', 0.98, 'label'));
  }
  const guestList = [...guests.values()];
  return {
    names: namesIn(doc, units, d),
    turns,
    segment: { kind: kindFor(guestList.length, doc, units, d), hosts: [...hosts.values()], guests: guestList },
  };
}

function hostSelfIntro(text: string): string | null {
  const hit = findNames(text).find((h) => h.cue === 'self' || h.cue === 'host');
  return hit?.name ?? null;
}

function kindFor(guests: number, doc: SourceDoc, units: Unit[], d: SegmentDraft): SegmentKind {
  const head = units
    .slice(d.firstUnit, Math.min(d.endUnit, d.firstUnit + 6))
    .map((u) => unitText(doc, u))
    .join('');
  if (/连线|前方(?:的)?记者|reporter/i.test(head) && guests <= 1) return 'report';
  if (/发布仪式|启动仪式|颁奖|签约|揭牌/.test(head)) return 'ceremony';
  if ((/演讲|主旨报告|致辞|keynote/i.test(head) || INVITATION.test(head)) && guests <= 1) return 'speech';
  if (guests === 0) return 'host-monologue';
  return guests === 1 ? 'interview' : 'panel';
}

/** Turns inferred from introductions, hand-overs and thanks. */
function fromConversation(
  doc: SourceDoc,
  units: Unit[],
  d: SegmentDraft,
  carriedHost: Participant | null,
  registry: Participant[],
  invitedBefore: string | null,
): ConversationResult {
  const names = namesIn(doc, units, d);
  const host = findHost(names, d, carriedHost);
  const guests = findGuests(names, host, d);
  // a segment that introduces nobody continues an earlier conversation: guests introduced
  // before who are named or addressed here are still taking part
  const earlier = guests.length ? [] : registry.filter((r) => !guests.some((g) => nameSimilarity(g.surface, r.surface)) && !(host && nameSimilarity(host.surface, r.surface)));
  const returning = earlier.length ? variantsOf(earlier, doc, units, d, host, true) : new Map<string, string>();
  for (const r of earlier) if ([...returning.values()].includes(r.surface)) guests.push(r);
  if (invitedBefore && !guests.some((g) => nameSimilarity(g.surface, invitedBefore))) {
    guests.push({ surface: invitedBefore, role: 'guest', title: null, unit: d.firstUnit, evidence: 'invitation' });
  }
  const guestNames = variantsOf(guests, doc, units, d, host);
  const turns: Turn[] = [];
  const hostSurface = host?.surface ?? null;
  let current: string | null = hostSurface; // null with role host = unnamed host
  let currentRole: SpeakerRole = 'host';
  let pending: { name: string; since: number; addressed: boolean; invited?: boolean } | null = invitedBefore
    ? { name: invitedBefore, since: d.firstUnit - 1, addressed: true, invited: true }
    : null;
  let lastTurnUnit = d.firstUnit;
  let unnamedTurn: number | null = null;
  const byUnit = new Map(names.map((n) => [n.unit, n.hits]));
  turns.push(turnAt(doc, units[d.firstUnit]!, current, currentRole, host ? 0.8 : 0.5, host ? 'host-intro' : 'segment-start'));

  for (let i = d.firstUnit; i < d.endUnit; i++) {
    const u = units[i]!;
    const text = unitText(doc, u);
    const hits = byUnit.get(i) ?? [];
    const self = hits.find((h) => h.cue === 'self' && guestNames.has(h.name) && !(hostSurface && nameSimilarity(h.name, hostSurface)));
    const selfName = self ? guestNames.get(self.name)! : null;
    if (self) {
      // a self-introduction starts the speaker's turn at the start of its sentence
      turns.push(turnAt(doc, u, selfName, 'guest', 0.9, 'self-intro'));
      lastTurnUnit = i;
      current = selfName;
      currentRole = 'guest';
      pending = null;
      continue;
    }
    if (currentRole === 'host') {
      // the host hands over to the guest it named last, once an answer begins
      if (pending && i > pending.since && (pending.invited || ANSWER_OPENER.test(text) || endsWithQuestion(doc, units[i - 1]!))) {
        turns.push(turnAt(doc, u, pending.name, 'guest', pending.addressed ? 0.7 : 0.55, 'hand-over'));
        lastTurnUnit = i;
        current = pending.name;
        currentRole = 'guest';
        pending = null;
        continue;
      }
      // a question to nobody in particular, then an answer: a guest speaks, but which one the
      // text does not say (yet: thanks that follow may name them)
      if (!pending && guestNames.size && i > d.firstUnit && isHostQuestion(unitText(doc, units[i - 1]!)) && STRONG_ANSWER.test(text)) {
        turns.push(turnAt(doc, u, null, 'guest', 0.3, 'answer-unnamed'));
        unnamedTurn = turns.length - 1;
        lastTurnUnit = i;
        current = null;
        currentRole = 'guest';
        continue;
      }
      const addressed = handOverTarget(text, guestNames);
      const named = guestOccurrences(text, guestNames).at(-1)?.name ?? null;
      if (addressed) pending = { name: addressed, since: i, addressed: true, invited: INVITATION.test(text) };
      else if (named && !pending?.addressed) pending = { name: named, since: i, addressed: false };
      continue;
    }
    // a guest who only said hello (主持人好，大家好) hands straight back to the host
    if (i === lastTurnUnit + 1 && GREETING_ONLY.test(unitText(doc, units[lastTurnUnit]!)) && !ANSWER_OPENER.test(text)) {
      turns.push(turnAt(doc, u, hostSurface, 'host', 0.5, 'after-greeting'));
      lastTurnUnit = i;
      current = hostSurface;
      currentRole = 'host';
      continue;
    }
    // a guest is speaking: the host takes over when someone is thanked, or another guest addressed
    const thanked = thanksTarget(text, guestNames);
    if (thanked && current === null && unnamedTurn !== null) {
      // 谢谢王明 at the end of an unnamed answer: that answer was 王明's
      turns[unnamedTurn] = { ...turns[unnamedTurn]!, speakerSurface: thanked.name, confidence: 0.55, method: 'thanked-after' };
    }
    const addressed = handOverTarget(text, guestNames);
    const hostish = HOST_PHRASES.test(text) && (addressed || thanked || /？|\?/.test(text));
    const english = doc.blocks[u.block]!.language === 'en';
    const question = isHostQuestion(text) || (english && /\?\s*$/.test(text) && text.length < 120);
    // naming the person who is speaking, at the start or in a question, is the host talking to them
    const vocative = addressed !== null && (addressed !== current || question || guestOccurrences(text, guestNames)[0]?.start === 0);
    if (thanked || vocative || hostish || question || HOST_RETURN.test(text)) {
      const at = thanked ? thanked.offset : 0;
      // a host's question usually follows a short summary: start the turn at its opener
      let from = i;
      if (question && !thanked) {
        for (let k = i - 1; k >= Math.max(d.firstUnit, i - 2, lastTurnUnit + 1); k--) {
          if (SOFT_HOST_OPENER.test(unitText(doc, units[k]!))) from = k;
        }
      }
      turns.push(turnAt(doc, units[from]!, hostSurface, 'host', question ? 0.5 : 0.6, thanked ? 'thanks' : question ? 'host-question' : 'host-address', from === i ? at : 0));
      lastTurnUnit = i;
      unnamedTurn = null;
      // in an interview the one guest is the one expected to answer, unless someone else is addressed
      const previous = currentRole === 'guest' && new Set(guestNames.values()).size === 1 ? current : null;
      current = hostSurface;
      currentRole = 'host';
      pending = addressed ? { name: addressed, since: i, addressed: true } : previous ? { name: previous, since: i, addressed: false } : null;
    }
  }
  return {
    names,
    turns,
    segment: { kind: kindFor(guests.length, doc, units, d), hosts: host ? [host] : [], guests },
  };
}

interface ConversationResult {
  names: UnitNames[];
  turns: Turn[];
  segment: SegmentSpeakers;
}

function namesIn(doc: SourceDoc, units: Unit[], d: SegmentDraft): UnitNames[] {
  const names: UnitNames[] = [];
  for (let i = d.firstUnit; i < d.endUnit; i++) {
    const text = unitText(doc, units[i]!);
    const lang = doc.blocks[units[i]!.block]!.language;
    const hits = lang === 'en' ? findEnglishNames(text) : findNames(text);
    if (hits.length) names.push({ unit: i, hits });
  }
  return names;
}

/** Openers of the host's short summaries before a question (嗯，所以… / 是，确实…). */
const SOFT_HOST_OPENER = /^(?:嗯|好|是[，,]|确实|所以说|就是说|那么|那其实)/;
/** Tag questions a speaker asks themselves; they don't hand the floor over. */
const RHETORICAL = /(?:对吧|是吧|对不对|是不是|为什么呢|怎么办呢|什么呢|吗)[？?]\s*$/;

/** A question put to someone else: ends with ？ and speaks to them. */
function isHostQuestion(text: string): boolean {
  const t = text.trimEnd();
  if (!/[？?]$/.test(t) || RHETORICAL.test(t)) return false;
  return /你|您|大家|各位|三位|两位|二位|怎么看|如何看待|\byou\b/i.test(t);
}

function endsWithQuestion(doc: SourceDoc, u: Unit): boolean {
  const text = unitText(doc, u).trimEnd();
  return /[？?](?:\s|[嗯啊呢])*$/.test(text) && !RHETORICAL.test(text);
}

/** Where each guest name occurs in `text`. */
function guestOccurrences(text: string, guests: Map<string, string>): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const [surface, name] of guests) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      out.push({ name, start: at, end: at + surface.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The guest the host turns to in this sentence (来，王明 / 王明，你怎么看), if any. */
function handOverTarget(text: string, guests: Map<string, string>): string | null {
  let target: string | null = null;
  for (const h of guestOccurrences(text, guests)) {
    const before = text.slice(Math.max(0, h.start - 10), h.start);
    const after = text.slice(h.end, h.end + 8);
    // the last guest addressed in the sentence is the one expected to answer
    if (HAND_OVER.test(before) || HAND_OVER_AFTER.test(after)) target = h.name;
  }
  return target;
}

/** A guest thanked in this sentence (谢谢王明), with the offset where the thanks start. */
function thanksTarget(text: string, guests: Map<string, string>): { name: string; offset: number } | null {
  THANKS.lastIndex = 0;
  const occurrences = guestOccurrences(text, guests);
  for (let m = THANKS.exec(text); m; m = THANKS.exec(text)) {
    const end = m.index + m[0].length;
    const h = occurrences.find((x) => x.start >= end && x.start <= end + 3);
    if (h) return { name: h.name, offset: m.index };
  }
  return null;
}

/**
 * Every way the segment refers to a guest: their name, words that sound like it (ASR
 * spellings), and surname + title address forms (王总, 李教授) when only one guest has
 * that surname. Maps each surface to the guest it means.
 */
function variantsOf(
  guests: Participant[],
  doc: SourceDoc,
  units: Unit[],
  d: SegmentDraft,
  host: Participant | null,
  occurringOnly = false,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!occurringOnly) for (const g of guests) out.set(g.surface, g.surface);
  const text = occurringOnly ? units.slice(d.firstUnit, d.endUnit).map((u) => unitText(doc, u)).join('') : '';
  if (occurringOnly) for (const g of guests) if (text.includes(g.surface)) out.set(g.surface, g.surface);
  if (!guests.length) return out;
  // 文博 for 孙文博: a three-character name's given name, when no other guest shares it
  for (const g of guests) {
    const given = g.surface.length === 3 ? g.surface.slice(1) : null;
    if (given && guests.filter((x) => x.surface.endsWith(given)).length === 1) out.set(given, g.surface);
    // Maria for Maria Chen
    const first = /^[A-Z][a-z]+\s/.test(g.surface) ? g.surface.split(/\s+/)[0]! : null;
    if (first && guests.filter((x) => x.surface.startsWith(`${first} `)).length === 1) out.set(first, g.surface);
  }
  const lengths = new Set(guests.map((g) => g.surface.length));
  // quick filter: a spelling of a guest's name starts with a syllable close to their surname
  const surnameSounds = new Set(guests.flatMap((g) => nearSyllables(syllable(g.surface[0]!))));
  const givens = guests.flatMap((g) => (g.surface.length === 3 ? [{ given: g.surface.slice(1), guest: g.surface }] : []));
  const bySurname = (ch: string) => guests.filter((g) => syllable(g.surface[0]!) === syllable(ch));
  for (let i = d.firstUnit; i < d.endUnit; i++) {
    const tokens = unitTokens(doc, units[i]!);
    for (let t = 0; t < tokens.length; t++) {
      const words = [tokens[t]!.word];
      if (tokens[t + 1]) words.push(tokens[t]!.word + tokens[t + 1]!.word);
      for (const w of words) {
        if (!lengths.has(w.length) || out.has(w) || !surnameSounds.has(syllable(w[0]!))) continue;
        const g = guests.find((x) => nameSimilarity(w, x.surface));
        if (!g || !isPlausibleName(w) || (host && nameSimilarity(w, host.surface))) continue;
        out.set(w, g.surface);
      }
      // 嘉蕊 for 佳蕊: a homophone of a guest's given name
      const w = tokens[t]!.word;
      if (w.length === 2 && !out.has(w) && !dictionaryEntry(w)) {
        const matches = givens.filter((x) => nameSimilarity(w, x.given)?.distance === 0);
        if (matches.length === 1) out.set(w, matches[0]!.guest);
      }
    }
    for (const a of unitAddressForms(doc, units[i]!)) {
      const form = a.surname + a.title;
      const matches = bySurname(a.surname);
      if (!out.has(form) && matches.length === 1) out.set(form, matches[0]!.surface);
    }
  }
  return out;
}

/** The host: who calls themselves 主持人, or whoever hosted the previous stretch. */
function findHost(names: UnitNames[], d: SegmentDraft, carried: Participant | null): Participant | null {
  for (const n of names) {
    const h = n.hits.find((x) => x.cue === 'host');
    if (h && n.unit - d.firstUnit < 12) return { surface: h.name, role: 'host', title: h.title, unit: n.unit, evidence: 'host-intro' };
  }
  for (const n of names) {
    if (n.unit - d.firstUnit > 4) break;
    const h = n.hits.find((x) => x.cue === 'self');
    if (h) return { surface: h.name, role: 'host', title: null, unit: n.unit, evidence: 'opening-self-intro' };
  }
  // no introduction: the last host named in this transcript is the best guess
  return carried;
}

/**
 * Guests: people the host introduces by title or greets, and people who introduce
 * themselves. A name only mentioned in passing (a famous person) is not a guest.
 */
function findGuests(names: UnitNames[], host: Participant | null, d: SegmentDraft): Participant[] {
  const score = new Map<string, { p: Participant; s: number }>();
  for (const n of names) {
    for (const h of n.hits) {
      if (host && nameSimilarity(h.name, host.surface)) continue;
      const w = h.cue === 'self' || h.cue === 'greeting' || h.cue === 'title' ? 2 : h.cue === 'address' ? 1 : 0;
      if (!w) continue;
      // spellings that sound alike count for the same guest
      const key = [...score.keys()].find((k) => nameSimilarity(k, h.name)) ?? h.name;
      const cur = score.get(key) ?? { p: { surface: h.name, role: 'guest', title: h.title, unit: n.unit, evidence: h.cue }, s: 0 };
      cur.s += w;
      if (!cur.p.title && h.title) cur.p.title = h.title;
      score.set(key, cur);
    }
  }
  return [...score.values()].filter((x) => x.s >= 2).map((x) => x.p).sort((a, b) => a.unit - b.unit || d.firstUnit);
}
