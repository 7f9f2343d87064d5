/**
 * A synthetic corpus for load tests: `n` TranscriptGraph objects shaped like what the ETL makes
 * of the shared corpus (segments, utterances with speakers, mentions of a Zipf-distributed
 * vocabulary, claims), from a seeded PRNG so the same options always give the same graph.
 * Names are invented; sizes and mixes are the ones measured on the shared corpus (see SHAPE).
 * Transcript i depends only on (seed, i, scale), so a stopped load resumes with --from.
 *   node --import tsx api/bench/generate-corpus.ts [--transcripts 1287] [--seed 1]
 *        [--budget-min 10] [--from 0] [--dry-run]
 * It loads through replaceTranscript (one transaction per transcript) into the Neo4j of the
 * NEO4J_* environment, and stops starting new transcripts once the time budget is spent.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  Graph,
  migrate,
  replaceTranscript,
  type EntityProps,
  type EntityType,
  type MentionRow,
  type SegmentKind,
  type SpeakerRole,
  type Stance,
  type TranscriptGraph,
} from '@discourse/graph';

/**
 * What one transcript of the shared corpus looks like after extraction (13 transcripts:
 * 241 segments, 800 utterances, 0.83 M characters, 17 k mentions, 7.1 k claims, 2 k entities).
 */
export const SHAPE = {
  transcripts: 13,
  segmentsPerTranscript: [8, 30] as const,
  /** Segment kinds by count, and utterances per segment of each kind. */
  kinds: {
    panel: [119, 4.3],
    speech: [44, 4.2],
    promo: [32, 1],
    music: [16, 1],
    ceremony: [14, 1.5],
    interview: [12, 2.4],
    'host-monologue': [3, 1],
    report: [1, 2],
  } satisfies Record<SegmentKind, [number, number]>,
  /** Mean characters of an utterance by role, and each role's share of utterances. */
  roles: {
    host: [0.54, 860],
    guest: [0.4, 1270],
    narrator: [0.04, 460],
    music: [0.02, 460],
  } satisfies Record<'host' | 'guest' | 'narrator' | 'music', [number, number]>,
  /** Share of host / guest utterances attributed to a person (SPOKE). */
  identified: { host: 0.73, guest: 0.99 },
  charsPerLine: 45,
  mentionsPer1000Chars: 20.5,
  mentionTypes: { topic: 0.81, organization: 0.1, person: 0.07, model: 0.02 } satisfies Record<
    EntityType,
    number
  >,
  claimsPer1000Chars: 8.6,
  /** Claims with 0, 1, 2 … ABOUT edges. */
  claimTopics: [0.29, 0.49, 0.16, 0.05, 0.013, 0.007],
  claimOtherEntities: 0.12,
  claimMadeBy: 0.95,
  stances: {
    neutral: 0.69,
    prediction: 0.11,
    positive: 0.1,
    negative: 0.07,
    concern: 0.03,
  } satisfies Record<Stance, number>,
  /** Entities named in the shared corpus, per type. */
  vocabulary: { topic: 1166, organization: 377, model: 104, person: 370 } satisfies Record<
    EntityType,
    number
  >,
  guestsPerSegment: { panel: 7.4, speech: 1, interview: 0.8, ceremony: 4.6, report: 1 } as Partial<
    Record<SegmentKind, number>
  >,
  hostedSegments: 0.6,
  affiliationsPerTranscript: 9,
  transcriptsPerDay: [3, 6] as const,
  /** Zipf exponent: the top topic has ~12 % of topic mentions, as in the shared corpus. */
  zipf: 1,
  /**
   * Distinct topics, organisations and models grow as scale^heaps (Heaps' law); people grow
   * linearly.
   */
  heaps: 0.7,
};

/** mulberry32: a small, fast, seedable PRNG with 32-bit state. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(...parts: (string | number)[]): number {
  return createHash('sha256').update(parts.join('/')).digest().readUInt32LE(0);
}

type Rng = () => number;
const pickInt = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
/** A count with the given mean: floor plus a Bernoulli for the fraction. */
const countAround = (rng: Rng, mean: number) => Math.floor(mean) + (rng() < mean % 1 ? 1 : 0);

function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rng() * entries.reduce((n, [, w]) => n + w, 0);
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

/** Samples ranks 0…n-1 with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, s: number): (rng: Rng) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** s;
  return (rng) => {
    const r = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Characters with their toneless pinyin; homophones sit in one group (ASR variants swap them). */
const SYLLABLES: [string, string][] = [
  ['zhi', '智知志制治'],
  ['neng', '能'],
  ['mo', '模模魔'],
  ['xing', '型行星兴'],
  ['shu', '数书术树'],
  ['ju', '据具巨聚'],
  ['suan', '算'],
  ['fa', '法发'],
  ['li', '力理立利'],
  ['ke', '科可课'],
  ['ji', '技机计基'],
  ['chuang', '创'],
  ['xin', '新心信'],
  ['yun', '云运'],
  ['duan', '端断'],
  ['an', '安'],
  ['quan', '全权'],
  ['sheng', '生声'],
  ['cheng', '成城程'],
  ['tong', '通同'],
  ['yong', '用'],
  ['hua', '化华话'],
  ['gong', '工公共'],
  ['ye', '业叶'],
  ['chan', '产'],
  ['shi', '视识实时'],
  ['jue', '觉决'],
  ['yu', '语域'],
  ['yin', '音引'],
  ['wang', '网'],
  ['luo', '络'],
  ['xue', '学'],
  ['xi', '习系'],
  ['kai', '开'],
  ['yuan', '源元'],
  ['zhu', '主助'],
  ['dong', '动'],
  ['jia', '驾家'],
  ['qi', '器企'],
  ['ren', '人'],
  ['hai', '海'],
  ['tian', '天'],
  ['guang', '光'],
  ['lian', '联'],
  ['zhong', '中'],
];
const SURNAMES: [string, string][] = [
  ['李', 'li'],
  ['王', 'wang'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['赵', 'zhao'],
  ['黄', 'huang'],
  ['周', 'zhou'],
  ['吴', 'wu'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['胡', 'hu'],
  ['朱', 'zhu'],
  ['高', 'gao'],
  ['林', 'lin'],
  ['何', 'he'],
  ['郭', 'guo'],
  ['马', 'ma'],
  ['罗', 'luo'],
  ['梁', 'liang'],
  ['宋', 'song'],
  ['郑', 'zheng'],
  ['谢', 'xie'],
  ['韩', 'han'],
  ['唐', 'tang'],
  ['冯', 'feng'],
  ['于', 'yu'],
  ['董', 'dong'],
  ['萧', 'xiao'],
];
const ORG_SUFFIXES = ['科技', '大学', '研究院', '实验室', '集团', '智能', '资本', '基金会'];
const MODEL_SUFFIXES = ['', '-7B', '-70B', '-Pro', '-Turbo', '-V2', '-Vision', '-Max'];
const ROLES_OF_PEOPLE = [
  '教授',
  '研究员',
  '首席执行官',
  '创始人',
  '院长',
  '首席科学家',
  '副总裁',
  '主持人',
];
const FILLER =
  '那么我们今天想跟大家分享一下在这个过程当中的一些思考和实践其实大家都知道这个领域发展非常快' +
  '呃我觉得最重要的是怎么样让技术真正落地到产业里面去同时也要关注安全和治理的问题所以我们一直在' +
  '探索从基础研究到应用的路径包括数据算力还有人才的培养啊这些都是非常关键的因素谢谢大家';

/** A unique name of `len` syllables for index i (base-N digits, scrambled by a multiplier). */
function syllableName(i: number, len: number): { name: string; pinyin: string } {
  const n = SYLLABLES.length;
  let x = (i * 2_654_435_761) % n ** len;
  const chars: string[] = [];
  const keys: string[] = [];
  for (let k = 0; k < len; k++) {
    const [py, group] = SYLLABLES[x % n]!;
    chars.push(group[0]!);
    keys.push(py);
    x = Math.floor(x / n);
  }
  return { name: chars.join(''), pinyin: keys.join(' ') };
}

interface VocabEntity extends EntityProps {
  /** An ASR spelling: one character swapped for a homophone (equals name when there is none). */
  variant: string;
}

function variantOf(name: string): string {
  const chars = [...name];
  for (let k = chars.length - 1; k >= 0; k--) {
    const group = SYLLABLES.find(([, g]) => g.includes(chars[k]!))?.[1];
    if (group && group.length > 1) {
      chars[k] = group[(group.indexOf(chars[k]!) + 1) % group.length]!;
      return chars.join('');
    }
  }
  return name;
}

interface Vocabulary {
  byType: Record<EntityType, VocabEntity[]>;
  sample: Record<EntityType, (rng: Rng) => number>;
}

/** The entities of a corpus `scale` times the shared one, most frequent first. */
function vocabulary(scale: number): Vocabulary {
  const size = (t: EntityType) =>
    Math.max(10, Math.round(SHAPE.vocabulary[t] * (t === 'person' ? scale : scale ** SHAPE.heaps)));
  const make = (type: EntityType, i: number): VocabEntity => {
    let name: string;
    let pinyin: string;
    const rng = prng(seedOf('vocab', type, i));
    if (type === 'person') {
      const [surname, spy] = SURNAMES[i % SURNAMES.length]!;
      const given = syllableName(Math.floor(i / SURNAMES.length), i % 3 === 0 ? 1 : 2);
      name = surname + given.name;
      pinyin = `${spy} ${given.pinyin}`;
    } else if (type === 'organization') {
      const base = syllableName(i, 2 + (i % 2));
      name = base.name + ORG_SUFFIXES[i % ORG_SUFFIXES.length];
      pinyin = base.pinyin;
    } else if (type === 'model') {
      const base = syllableName(i, 2);
      const stem = base.pinyin.replace(/ /g, '').replace(/^./, (c) => c.toUpperCase());
      name = `${stem}${MODEL_SUFFIXES[i % MODEL_SUFFIXES.length]}`;
      pinyin = base.pinyin;
    } else {
      ({ name, pinyin } = syllableName(i, 2 + (i % 3)));
    }
    const prefix = type === 'organization' ? 'org' : type;
    return {
      id: `${prefix}:synth-${name}`,
      type,
      name,
      aliases: [],
      variants: [],
      pinyin,
      role: type === 'person' ? pick(rng, ROLES_OF_PEOPLE) : null,
      affiliation: null,
      variant: type === 'model' ? name : variantOf(name),
    };
  };
  const byType = {} as Record<EntityType, VocabEntity[]>;
  const sample = {} as Record<EntityType, (rng: Rng) => number>;
  for (const type of ['topic', 'organization', 'model', 'person'] as const) {
    byType[type] = Array.from({ length: size(type) }, (_, i) => make(type, i));
    sample[type] = zipf(byType[type].length, SHAPE.zipf);
  }
  for (const [i, p] of byType.person.entries()) {
    if (i % 3 === 0) p.affiliation = byType.organization[i % byType.organization.length]!.name;
  }
  return { byType, sample };
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 6, 4);

/** Transcript i of a synthetic corpus `scale` times the shared one. */
function syntheticTranscript(
  vocab: Vocabulary,
  seed: number,
  i: number,
  daysBefore: number,
): TranscriptGraph {
  const rng = prng(seedOf(seed, 'transcript', i));
  const id = `synth-${String(i).padStart(5, '0')}`;
  const people = vocab.byType.person;
  const entities = new Map<string, EntityProps>();
  const use = (e: VocabEntity): VocabEntity => {
    if (!entities.has(e.id)) {
      const { variant: _v, ...props } = e;
      entities.set(e.id, props);
    }
    return e;
  };

  // The cast: a host who often recurs across sessions, guests mostly new to this session.
  const host = use(people[vocab.sample.person(rng) % Math.max(1, Math.ceil(people.length / 50))]!);
  const castSize = pickInt(rng, 18, 36);
  const cast = Array.from({ length: castSize }, () =>
    use(
      rng() < 0.2 ? people[vocab.sample.person(rng)]! : people[Math.floor(rng() * people.length)]!,
    ),
  );
  // Each session dwells on some entities of its own besides the conference-wide favourites.
  const focus = Object.fromEntries(
    (['topic', 'organization', 'model'] as const).map((t) => [
      t,
      Array.from(
        { length: 12 },
        () => vocab.byType[t][Math.floor(rng() * vocab.byType[t].length)]!,
      ),
    ]),
  ) as Record<'topic' | 'organization' | 'model', VocabEntity[]>;
  const mentionOf = (type: EntityType): VocabEntity => {
    if (type === 'person') return rng() < 0.7 ? pick(rng, cast) : people[vocab.sample.person(rng)]!;
    return rng() < 0.5 ? pick(rng, focus[type]) : vocab.byType[type][vocab.sample[type](rng)]!;
  };

  const g: TranscriptGraph = {
    transcript: {
      id,
      title: '',
      sessionTitle: '',
      part: `S${i}`,
      date: new Date(FIRST_DAY + daysBefore * DAY_MS).toISOString().slice(0, 10),
      language: 'zh',
      source: `synthetic/${id}.md`,
      format: 'corpus-md',
      lineCount: 0,
      charCount: 0,
      contentHash: createHash('sha256').update(`${seed}/${i}`).digest('hex'),
      durationSec: 0,
      timeBasis: 'estimated',
      charsPerSecond: 4.5,
    },
    segments: [],
    utterances: [],
    entities: [],
    mentions: [],
    claims: [],
    segmentPeople: [],
    affiliations: [],
  };

  let line = 3;
  let sec = 0;
  const segmentCount = pickInt(rng, ...SHAPE.segmentsPerTranscript);
  const kindWeights = Object.fromEntries(
    Object.entries(SHAPE.kinds).map(([k, [n]]) => [k, n]),
  ) as Record<SegmentKind, number>;
  for (let s = 0; s < segmentCount; s++) {
    const kind = weighted(rng, kindWeights);
    const segmentId = `${id}:seg:${line}`;
    const guests = [
      ...new Set(
        Array.from({ length: countAround(rng, SHAPE.guestsPerSegment[kind] ?? 0) }, () =>
          pick(rng, cast),
        ),
      ),
    ];
    const hosted = kind !== 'promo' && kind !== 'music' && rng() < SHAPE.hostedSegments;
    if (hosted) g.segmentPeople.push({ segmentId, personId: host.id, role: 'host' });
    for (const p of guests) g.segmentPeople.push({ segmentId, personId: p.id, role: 'guest' });
    const segStartLine = line;
    const segStartSec = sec;
    let segChars = 0;
    const segTopics = new Map<string, number>();
    const utteranceCount = Math.max(1, countAround(rng, SHAPE.kinds[kind][1]));
    for (let u = 0; u < utteranceCount; u++) {
      const role: SpeakerRole =
        kind === 'music'
          ? 'music'
          : kind === 'promo'
            ? 'narrator'
            : u === 0 && hosted
              ? 'host'
              : guests.length && rng() < 0.55
                ? 'guest'
                : 'host';
      const meanChars = SHAPE.roles[role as keyof typeof SHAPE.roles][1];
      const chars = Math.max(20, Math.round(meanChars * -Math.log(1 - rng() * 0.999)));
      const speaker =
        role === 'host' && rng() < SHAPE.identified.host
          ? host
          : role === 'guest' && rng() < SHAPE.identified.guest
            ? pick(rng, guests)
            : null;
      const utteranceId = `${id}:utt:${line}:0`;
      const startLine = line;
      const lines: string[] = [];
      const spoken: { entity: VocabEntity; line: number }[] = [];
      // Chance that the next chunk of text is a mention (~3 chars) rather than filler (~4.5 chars).
      const rate = SHAPE.mentionsPer1000Chars / 1000;
      const mentionChance = (rate * 4.5) / (1 + 1.5 * rate);
      let written = 0;
      while (written < chars) {
        let text = '';
        const width = Math.min(
          chars - written,
          pickInt(rng, SHAPE.charsPerLine - 15, SHAPE.charsPerLine + 15),
        );
        while (text.length < width) {
          if (rng() < mentionChance) {
            const entity = mentionOf(weighted(rng, SHAPE.mentionTypes));
            const surface = rng() < 0.04 ? entity.variant : entity.name;
            g.mentions.push({
              utteranceId,
              entityId: use(entity).id,
              surface,
              line,
              column: text.length,
              ...methodOf(rng, entity.type, surface !== entity.name),
            });
            spoken.push({ entity, line });
            if (entity.type === 'topic')
              segTopics.set(entity.id, (segTopics.get(entity.id) ?? 0) + 1);
            text += surface;
          } else {
            const at = Math.floor(rng() * (FILLER.length - 6));
            text += FILLER.slice(at, at + pickInt(rng, 3, 6));
          }
        }
        lines.push(`${text}。`);
        written += text.length + 1;
        line += 1;
      }
      const text = lines.join('\n');
      const seconds = text.length / 4.5;
      g.utterances.push({
        id: utteranceId,
        transcriptId: id,
        segmentId,
        ordinal: u,
        line: startLine,
        column: 0,
        endLine: line - 1,
        endColumn: lines[lines.length - 1]!.length,
        text,
        role,
        speakerConfidence: speaker ? 0.8 : 0.3,
        startSec: round1(sec),
        endSec: round1(sec + seconds),
        charCount: text.length,
        speakerId: speaker?.id ?? null,
      });
      if (role === 'host' || role === 'guest') {
        const claims = countAround(rng, (text.length * SHAPE.claimsPer1000Chars) / 1000 / 0.94);
        const spots = new Map<string, [number, number]>();
        for (let c = 0; c < claims; c++) {
          const at: [number, number] = [pickInt(rng, startLine, line - 1), 15 * pickInt(rng, 0, 2)];
          spots.set(at.join(':'), at);
        }
        const ordered = [...spots.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        for (const [claimLine, claimColumn] of ordered) {
          const nearby = spoken.filter((m) => Math.abs(m.line - claimLine) <= 2);
          const topicIds = [
            ...new Set(nearby.filter((m) => m.entity.type === 'topic').map((m) => m.entity.id)),
          ].slice(0, indexOfWeight(rng, SHAPE.claimTopics));
          const others = nearby.filter((m) => m.entity.type !== 'topic');
          const entityIds =
            others.length && rng() < SHAPE.claimOtherEntities * 3
              ? [pick(rng, others).entity.id]
              : [];
          const lineText = lines[claimLine - startLine]!;
          g.claims.push({
            id: `${id}:claim:${claimLine}:${claimColumn}`,
            transcriptId: id,
            utteranceId,
            text: lineText.slice(claimColumn, claimColumn + 45),
            line: claimLine,
            column: claimColumn,
            stance: weighted(rng, SHAPE.stances),
            confidence: round1(0.4 + rng() * 0.5),
            startSec: round1(sec + ((claimLine - startLine) / Math.max(1, lines.length)) * seconds),
            speakerId: speaker && rng() < SHAPE.claimMadeBy ? speaker.id : null,
            topicIds,
            entityIds: [...new Set(entityIds)],
          });
        }
      }
      sec += seconds;
      segChars += text.length;
      line += 1; // blank line between paragraphs
    }
    const topTopics = [...segTopics.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    g.segments.push({
      id: segmentId,
      transcriptId: id,
      ordinal: s,
      kind,
      title: `${KIND_TITLES[kind]}：${
        guests
          .slice(0, 3)
          .map((p) => p.name)
          .join('、') || host.name
      } — ${topTopics.map(([t]) => entities.get(t)!.name).join('、')}`,
      startLine: segStartLine,
      endLine: line - 2,
      startSec: round1(segStartSec),
      endSec: round1(sec),
      charCount: segChars,
      confidence: 0.7,
    });
  }
  const affiliated = cast.filter((p) => p.affiliation).slice(0, SHAPE.affiliationsPerTranscript);
  for (const p of affiliated) {
    const org = vocab.byType.organization.find((o) => o.name === p.affiliation);
    if (org) g.affiliations.push({ personId: p.id, organizationId: use(org).id });
  }
  g.affiliations = [
    ...new Map(g.affiliations.map((a) => [`${a.personId}>${a.organizationId}`, a])).values(),
  ];
  g.entities = [...entities.values()];
  const title = `合成论坛 ${i}：${g.segments[0]?.title.split(' — ')[1] ?? ''}`;
  Object.assign(g.transcript, {
    title,
    sessionTitle: title,
    lineCount: line,
    charCount: g.utterances.reduce((n, u) => n + u.charCount, 0),
    durationSec: round1(sec),
  });
  return g;
}

const KIND_TITLES: Record<SegmentKind, string> = {
  interview: '访谈',
  panel: '圆桌',
  speech: '演讲',
  ceremony: '仪式',
  promo: '宣传片',
  music: '音乐',
  report: '报道',
  'host-monologue': '主持',
};

const round1 = (n: number) => Math.round(n * 10) / 10;

function indexOfWeight(rng: Rng, weights: number[]): number {
  let r = rng() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) if ((r -= w) < 0) return i;
  return weights.length - 1;
}

/** Resolution method and confidence as the extraction records them for each entity type. */
function methodOf(
  rng: Rng,
  type: EntityType,
  variant: boolean,
): Pick<MentionRow, 'method' | 'confidence'> {
  if (variant)
    return type === 'person'
      ? { method: 'person:homophone', confidence: 0.8 }
      : { method: 'lexicon:pinyin', confidence: 0.66 };
  switch (type) {
    case 'topic':
      return rng() < 0.55
        ? { method: 'lexicon:exact', confidence: 0.95 }
        : { method: 'keyphrase', confidence: 0.5 };
    case 'organization':
      return rng() < 0.85
        ? { method: 'lexicon:exact', confidence: 0.95 }
        : { method: 'organization:suffix', confidence: 0.6 };
    case 'model':
      return rng() < 0.75
        ? { method: 'lexicon:exact', confidence: 0.95 }
        : { method: 'model:name-suffix', confidence: 0.6 };
    case 'person':
      return rng() < 0.6
        ? { method: 'person:name', confidence: 0.9 }
        : { method: 'person:address-form', confidence: 0.6 };
  }
}

/**
 * Transcripts from..n-1 of a corpus of n transcripts; dates advance by one day every 3–6
 * transcripts, like the shared corpus (13 transcripts over 3 days).
 */
export function* syntheticCorpus(options: {
  transcripts: number;
  seed: number;
  from?: number;
}): Generator<TranscriptGraph> {
  const vocab = vocabulary(options.transcripts / SHAPE.transcripts);
  const days = prng(seedOf(options.seed, 'days'));
  let day = 0;
  let left = pickInt(days, ...SHAPE.transcriptsPerDay);
  for (let i = 0; i < options.transcripts; i++) {
    if (i >= (options.from ?? 0)) yield syntheticTranscript(vocab, options.seed, i, day);
    if (--left === 0) {
      day += 1;
      left = pickInt(days, ...SHAPE.transcriptsPerDay);
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      transcripts: { type: 'string', default: String(SHAPE.transcripts * 99) },
      seed: { type: 'string', default: '1' },
      from: { type: 'string', default: '0' },
      'budget-min': { type: 'string', default: '10' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const total = Number(values.transcripts);
  const from = Number(values.from);
  const budgetMs = Number(values['budget-min']) * 60_000;
  const graph = values['dry-run'] ? null : Graph.connect();
  if (graph) await migrate(graph);
  const sums = { transcripts: 0, segments: 0, utterances: 0, mentions: 0, claims: 0, chars: 0 };
  const seen = new Set<string>();
  const t0 = performance.now();
  let loadMs = 0;
  const line = () =>
    `${sums.transcripts} transcripts (${from}…${from + sums.transcripts - 1}), ${sums.segments} segments, ` +
    `${sums.utterances} utterances, ${(sums.chars / 1e6).toFixed(1)} M chars, ${sums.mentions} mentions, ` +
    `${sums.claims} claims, ${seen.size} distinct entities; ${((performance.now() - t0) / 1000).toFixed(0)} s ` +
    `(${(loadMs / 1000).toFixed(0)} s in replaceTranscript)`;
  try {
    for (const g of syntheticCorpus({ transcripts: total, seed: Number(values.seed), from })) {
      if (performance.now() - t0 > budgetMs) {
        process.stdout.write(
          `time budget of ${values['budget-min']} min spent: stopping before ${g.transcript.id}\n`,
        );
        break;
      }
      if (graph) {
        const l0 = performance.now();
        await replaceTranscript(graph, g);
        loadMs += performance.now() - l0;
      }
      sums.transcripts += 1;
      sums.segments += g.segments.length;
      sums.utterances += g.utterances.length;
      sums.mentions += g.mentions.length;
      sums.claims += g.claims.length;
      sums.chars += g.transcript.charCount;
      for (const e of g.entities) seen.add(e.id);
      if (sums.transcripts % 25 === 0) process.stdout.write(`  ${line()}\n`);
    }
    process.stdout.write(`${graph ? 'loaded' : 'generated (dry run)'}: ${line()}\n`);
  } finally {
    await graph?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    process.stderr.write(`generate-corpus: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
