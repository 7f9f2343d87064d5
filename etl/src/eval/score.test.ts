import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSchema, type ExtractionExport } from '../export/format.ts';
import { goldFileSchema, loadGold, mergeGold, type GoldFile } from './gold.ts';
import { formatMetrics, formatMetricsJson } from './report.ts';
import { cpFind, cpLength, norm, pyRound, score, splitSourceLines, type Metrics } from './score.ts';

// ---------------------------------------------------------------- builders (synthetic data)

type Gold = Partial<GoldFile> & { range: [number, number] };
type ExportParts = Partial<Omit<ExtractionExport, 'format' | 'transcript'>>;

function goldFile(g: Gold): GoldFile {
  return {
    segments: [],
    people: [],
    organizations: [],
    models: [],
    topics: [],
    turns: [],
    claims: [],
    asrErrors: [],
    notes: '',
    ...g,
  };
}

const seg = (startLine: number, continuesFromBefore = false): GoldFile['segments'][number] => ({
  id: `s${startLine}`,
  startLine,
  endLine: startLine + 1,
  kind: 'panel',
  continuesFromBefore,
  continuesAfter: false,
  title: '',
  hosts: [],
  guests: [],
  mainTopics: [],
});
const person = (canonical: string, variants: string[] = []) => ({
  canonical,
  variants,
  affiliation: null,
  role: null,
  kind: 'guest' as const,
  firstLine: 1,
});
const org = (canonical: string, variants: string[] = []) => ({
  canonical,
  variants,
  type: 'company',
  firstLine: 1,
});
const named = (canonical: string, variants: string[] = []) => ({
  canonical,
  variants,
  firstLine: 1,
});
const gturn = (line: number, anchor: string, speaker: string) => ({ line, anchor, speaker });
const gclaim = (line: number, text: string, speaker: string) => ({
  line,
  text,
  speaker,
  topics: [],
  stance: 'neutral' as const,
});

function exportOf(parts: ExportParts): ExtractionExport {
  return {
    format: 'discourse-extraction/1',
    transcript: { id: 'synthetic', title: 'synthetic', language: 'zh', lines: 0 },
    segments: [],
    entities: [],
    turns: [],
    mentions: [],
    claims: [],
    ...parts,
  };
}

const sseg = (startLine: number) => ({
  id: `seg${startLine}`,
  kind: 'panel' as const,
  startLine,
  endLine: startLine,
  title: '',
});
const ent = (
  id: string,
  type: 'person' | 'organization' | 'model' | 'topic',
  name: string,
  variants: string[] = [],
) => ({ id, type, name, variants });
const mention = (entity: string, line: number, surface: string, column = 0) => ({
  entity,
  line,
  column,
  surface,
});
const sturn = (
  line: number,
  column: number,
  speaker: string | null,
  role: 'host' | 'guest' | 'narrator' | 'music' | null = null,
) => ({ line, column, speaker, role, confidence: 1 });
const sclaim = (line: number, column: number, text: string, speaker: string | null = null) => ({
  id: `c${line}-${column}-${text.length}`,
  speaker,
  topics: [],
  entities: [],
  stance: 'neutral' as const,
  text,
  line,
  column,
  confidence: 0.5,
});

/** A source of n filler lines. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}行的内容。`);

/** Only the parts of the metrics a case is about. */
type Expected = { [K in keyof Metrics]?: Partial<Metrics[K]> };

interface Case {
  name: string;
  source: string[];
  gold: Gold[];
  exp: ExportParts;
  expected: Expected;
}

// ------------------------------------------------------------------------------------ cases

const EMOJI_LINE = '🎵🎵 主持人张三：欢迎大家。李四：谢谢主持人。';
const CLAIM_LINE = 'AI会改变教育😀，但是也会带来风险。我们要重视安全。';
const speakerEntities = {
  entities: [ent('p-zhang', 'person', '张三'), ent('p-li', 'person', '李四')],
  mentions: [mention('p-zhang', 1, '张三', 6), mention('p-li', 1, '李四', 14)],
};
const speakerGold: Gold = {
  range: [1, 1],
  people: [person('张三'), person('李四')],
  turns: [gturn(1, '主持人张三', 'host:张三'), gturn(1, '李四：谢谢', '李四')],
};

const cases: Case[] = [
  {
    name: 'segments: one-to-one, greedy in gold order (13 loses 12 to 10)',
    source: filler(30),
    gold: [{ range: [1, 30], segments: [seg(10), seg(13), seg(20, true)] }],
    exp: { segments: [sseg(12), sseg(25), sseg(25)] },
    expected: { segments: { p: 0.5, r: 0.5, f1: 0.5, system: 2, gold: 2 } },
  },
  {
    name: 'segments: ±4 inclusive, a tie goes to the earlier start (14 stays for 17), 5 is too far',
    source: filler(40),
    gold: [{ range: [1, 36], segments: [seg(10), seg(17), seg(30)] }],
    exp: { segments: [sseg(6), sseg(14), sseg(35), sseg(38)] },
    expected: { segments: { p: 0.667, r: 0.667, f1: 0.667, system: 3, gold: 3 } },
  },
  {
    name: 'segments: nothing found, nothing proposed',
    source: filler(5),
    gold: [{ range: [1, 5] }],
    exp: {},
    expected: { segments: { p: 0, r: 0, f1: 0, system: 0, gold: 0 } },
  },
  {
    name: 'entities: by name, variant or in-range mention surface, after norm',
    source: filler(20),
    gold: [
      {
        range: [1, 10],
        people: [person('李飞飞', ['李飞非']), person('Sam Altman', ['山姆奥特曼'])],
        organizations: [org('OpenAI', ['Open AI', 'open-ai'])],
        models: [named('GPT-4o', ['GPT4O'])],
        topics: [named('AI治理', ['治理']), named('具身智能')],
      },
    ],
    exp: {
      entities: [
        ent('p1', 'person', 'Li Feifei'),
        ent('p2', 'person', '萨姆', ['SAM ALTMAN']),
        ent('p3', 'person', '王五'),
        ent('p4', 'person', '李飞飞'),
        ent('o1', 'organization', 'ＯｐｅｎＡＩ'),
        ent('o2', 'organization', 'OpenAI Inc'),
        ent('t0', 'topic', 'GPT-4o'),
        ent('t1', 'topic', '治理'),
      ],
      mentions: [
        mention('p1', 2, '李飞非'),
        mention('p2', 3, '萨姆'),
        mention('p3', 4, '王五'),
        mention('p4', 20, '李飞飞'),
        mention('o1', 5, 'open ai'),
        mention('o2', 5, 'OpenAI', 8),
        mention('t0', 6, 'GPT-4o'),
        mention('t1', 7, '治理'),
      ],
    },
    expected: {
      person: { p: 0.667, r: 1, f1: 0.8, system: 3, gold: 2 },
      organization: { p: 1, r: 1, f1: 1, system: 2, gold: 1 },
      model: { p: 0, r: 0, f1: 0, system: 0, gold: 1 },
      topic: { p: 0.5, r: 0.5, f1: 0.5, system: 2, gold: 2 },
    },
  },
  {
    name: 'gold chunks: one entity per normalised canonical, variants unioned',
    source: filler(10),
    gold: [
      { range: [1, 5], people: [person('张三', ['张叁'])] },
      { range: [6, 10], people: [person('张·三', ['章三'])] },
    ],
    exp: {
      entities: [ent('p1', 'person', '某人')],
      mentions: [mention('p1', 2, '张叁'), mention('p1', 8, '章三')],
    },
    expected: {
      person: { p: 1, r: 1, f1: 1, system: 1, gold: 1 },
      variants: { p: 1, r: 1, f1: 1, system: 1, gold: 1 },
    },
  },
  {
    name: 'variants: pairs split (fn) and pairs of two gold entities merged (fp)',
    source: filler(5),
    gold: [{ range: [1, 5], people: [person('刘强', ['刘墙', '留强']), person('王芳', ['王方'])] }],
    exp: {
      entities: [ent('e1', 'person', '刘墙'), ent('e2', 'person', '刘强')],
      mentions: [
        mention('e1', 1, '刘墙'),
        mention('e1', 2, '留强'),
        mention('e1', 3, '王方'),
        mention('e2', 4, '刘强'),
      ],
    },
    expected: { variants: { p: 0.333, r: 0.333, f1: 0.333, system: 3, gold: 3 } },
  },
  {
    name: 'variants: two gold spellings with one key form two pairs each',
    source: filler(3),
    gold: [{ range: [1, 3], people: [person('Ann Lee', ['ann-lee', 'Annie'])] }],
    exp: {
      entities: [ent('e1', 'person', 'Ann Lee')],
      mentions: [mention('e1', 1, 'annlee'), mention('e1', 2, 'Annie')],
    },
    expected: { variants: { p: 1, r: 1, f1: 1, system: 2, gold: 2 } },
  },
  {
    name: 'speakers: emoji before the anchor, columns in code points',
    source: [EMOJI_LINE],
    gold: [speakerGold],
    exp: { ...speakerEntities, turns: [sturn(1, 3, 'p-zhang', 'host'), sturn(1, 14, 'p-li')] },
    expected: { speakers: { accuracy: 1, chars: 20 } },
  },
  {
    name: 'speakers: UTF-16 columns are two characters late on an emoji line',
    source: [EMOJI_LINE],
    gold: [speakerGold],
    exp: { ...speakerEntities, turns: [sturn(1, 5, 'p-zhang', 'host'), sturn(1, 16, 'p-li')] },
    expected: { speakers: { accuracy: 0.8, chars: 20 } },
  },
  {
    name: 'speakers: unnamed host needs role host; music/narrator, blank and image lines excluded',
    source: [
      '# 标题',
      '🎵音乐🎵',
      '各位观众好，我们开始今天的节目。',
      '',
      '![图](x.png)',
      '王老师您好。大家好，我是王明。',
      '\x1c\u3000',
      '旁白：这是一段旁白。',
      '王明：这一行不在范围内。',
    ],
    gold: [
      {
        range: [2, 8],
        people: [person('王明')],
        turns: [
          gturn(2, '🎵音乐', 'music'),
          gturn(3, '各位观众', 'host:unnamed-1'),
          gturn(6, '大家好', '王明'),
          gturn(8, '旁白', 'narrator'),
          gturn(6, '这句话不在原文里', '王明'),
        ],
      },
    ],
    exp: {
      entities: [ent('p-wang', 'person', '王明')],
      mentions: [mention('p-wang', 6, '王明', 12)],
      turns: [
        sturn(3, 0, null, 'host'),
        sturn(6, 6, 'p-wang', 'guest'),
        sturn(8, 0, null, 'narrator'),
      ],
    },
    expected: { speakers: { accuracy: 1, chars: 31 } },
  },
  {
    name: 'speakers: unnamed host with the wrong role, unknown system speaker',
    source: ['各位观众好，我们开始今天的节目。', '王老师您好。大家好，我是王明。'],
    gold: [
      {
        range: [1, 2],
        people: [person('王明')],
        turns: [gturn(1, '各位观众', 'host:未具名主持人'), gturn(2, '大家好', '王明')],
      },
    ],
    exp: {
      entities: [ent('p-x', 'person', '王鸣')],
      mentions: [mention('p-x', 2, '王鸣', 12)],
      turns: [sturn(1, 0, null, 'guest'), sturn(2, 6, 'p-x', 'guest')],
    },
    expected: { speakers: { accuracy: 0, chars: 31 } },
  },
  {
    name: 'speakers: a named host is matched through the person, a late system turn misses',
    source: ['主持人张三：欢迎。', '李四：谢谢。'],
    gold: [
      {
        range: [1, 2],
        people: [person('张三'), person('李四')],
        turns: [gturn(1, '主持人张三', 'host:张三'), gturn(2, '李四', '李四')],
      },
    ],
    exp: {
      entities: [ent('p1', 'person', '张三'), ent('p2', 'person', '李四')],
      mentions: [mention('p1', 1, '张三', 3), mention('p2', 2, '李四')],
      turns: [sturn(1, 0, 'p1', 'guest'), sturn(2, 3, 'p2')],
    },
    expected: { speakers: { accuracy: 0.8, chars: 15 } },
  },
  {
    name: 'claims: overlap on the same line, the right speaker wins, touching is no overlap',
    source: [
      '开场。',
      CLAIM_LINE,
      '第三行。',
      '未来十年机器人会普及。',
      '未来十年机器人会普及。',
      '范围外。',
    ],
    gold: [
      {
        range: [1, 5],
        people: [person('李四'), person('张三')],
        claims: [
          gclaim(2, '但是也会带来风险', '李四'),
          gclaim(2, '我们要重视安全', '李四'),
          gclaim(3, '不存在的句子', '王五'),
          gclaim(4, '未来十年机器人会普及', '张三'),
          gclaim(6, '范围外', '张三'),
        ],
      },
    ],
    exp: {
      entities: [ent('p-zhang', 'person', '张三'), ent('p-li', 'person', '李四')],
      mentions: [mention('p-zhang', 4, '张三'), mention('p-li', 2, '李四')],
      claims: [
        sclaim(2, 0, 'AI会改变教育😀，但', 'p-zhang'),
        sclaim(2, 9, '但是也会', 'p-li'),
        sclaim(2, 10, '是也会带来风险。', 'p-zhang'),
        sclaim(2, 13, '带来风险。', 'p-li'),
        sclaim(2, 20, '要重视', null),
        sclaim(5, 0, '未来十年机器人会普及', 'p-zhang'),
        sclaim(6, 0, '范围外', 'p-zhang'),
      ],
    },
    expected: { claims: { recall: 0.5, recall_with_speaker: 0.25, gold: 4, system: 6 } },
  },
  {
    name: 'claims: a later overlapping claim with the right speaker is preferred',
    source: [CLAIM_LINE],
    gold: [
      { range: [1, 1], people: [person('李四')], claims: [gclaim(1, '我们要重视安全', '李四')] },
    ],
    exp: {
      entities: [ent('p-li', 'person', '李四'), ent('p-zhang', 'person', '张三')],
      claims: [sclaim(1, 18, '我们', 'p-zhang'), sclaim(1, 17, '。我', 'p-li')],
    },
    expected: { claims: { recall: 1, recall_with_speaker: 1, gold: 1, system: 2 } },
  },
];

function run(c: Case): Metrics {
  return score(c.source, exportOf(c.exp), mergeGold(c.gold.map(goldFile)));
}

// ------------------------------------------------------------------------------- unit tests

describe('norm', () => {
  it.each([
    ['Open AI', 'openai'],
    ['ｏｐｅｎ－ＡＩ', 'openai'],
    ['GPT-4o', 'gpt4o'],
    ['李·飞飞', '李飞飞'],
    ['A_B•C。D，E,F、G.H', 'abcdefgh'],
    ['a\u3000b\u00a0c\u2009d', 'abcd'],
    ['a\x1cb\x85c', 'abc'],
    ['a\ufeffb', 'a\ufeffb'],
    ['', ''],
    [null, ''],
  ])('%j → %j', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });
});

describe('code points', () => {
  it.each([
    ['😀ab', 'a', 1, 3],
    ['🎵🎵 主持人', '主持人', 3, 6],
    ['abc', 'x', -1, 3],
    ['abc', '', 0, 3],
  ])('find(%j, %j) = %i, len = %i', (text, sub, index, length) => {
    expect(cpFind(text, sub)).toBe(index);
    expect(cpLength(text)).toBe(length);
  });
});

describe('pyRound', () => {
  it.each([
    [0.0625, 0.062],
    [0.1875, 0.188],
    [0.3125, 0.312],
    [0.4375, 0.438],
    [0.5625, 0.562],
    [0.6875, 0.688],
    [0.8125, 0.812],
    [0.9375, 0.938],
    [0.125, 0.125],
    [0.0005, 0.001],
    [1.0005, 1],
    [1 / 3, 0.333],
    [2 / 3, 0.667],
    [0.8, 0.8],
    [1, 1],
    [0, 0],
  ])('round(%s, 3) = %s', (x, expected) => {
    expect(pyRound(x, 3)).toBe(expected);
  });
});

describe('splitSourceLines', () => {
  it.each([
    ['a\nb', ['a', 'b']],
    ['a\r\nb\rc\n', ['a', 'b', 'c', '']],
    ['a\u2028b\x85c', ['a\u2028b\x85c']],
  ])('%j', (text, expected) => {
    expect(splitSourceLines(text)).toEqual(expected);
  });
});

describe('score', () => {
  it.each(cases)('$name', (c) => {
    expect(run(c)).toMatchObject(c.expected);
  });

  it('only builds valid exports and gold files', () => {
    for (const c of cases) {
      expect(exportSchema.safeParse(exportOf(c.exp)).success, c.name).toBe(true);
      for (const g of c.gold) {
        expect(goldFileSchema.safeParse(goldFile(g)).success, c.name).toBe(true);
      }
    }
  });
});

describe('goldFileSchema', () => {
  // The shape only: the dev gold is read by path, its content is not used by any test.
  const dir = fileURLToPath(new URL('../../../../shared/eval/gold/', import.meta.url));
  it.each(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [])(
    'accepts the shared gold file %s',
    (file) => {
      const parsed = goldFileSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      expect(parsed.error).toBeUndefined();
    },
  );
});

describe('exportSchema', () => {
  it.each([
    ['an unknown speaker id', { turns: [sturn(1, 0, 'nobody')] }],
    ['a duplicate entity id', { entities: [ent('e', 'topic', 'a'), ent('e', 'topic', 'b')] }],
    ['a mention of no entity', { mentions: [mention('nobody', 1, 'x')] }],
    ['a column below 0', { turns: [sturn(1, -1, null)] }],
    ['a segment ending before it starts', { segments: [{ ...sseg(5), endLine: 4 }] }],
  ])('rejects %s', (_, parts) => {
    expect(exportSchema.safeParse(exportOf(parts as ExportParts)).success).toBe(false);
  });
});

describe('formatMetrics', () => {
  const m = run(cases[0]!);
  it('prints Python floats and ints', () => {
    expect(formatMetrics(m).split('\n')[0]).toBe(
      'segments      p=0.5  r=0.5  f1=0.5  system=2  gold=2',
    );
    expect(formatMetrics(m).split('\n')[1]).toBe(
      'person        p=0.0  r=0.0  f1=0.0  system=0  gold=0',
    );
    expect(formatMetricsJson(m)).toMatch(/^\{"segments": \{"p": 0\.5, "r": 0\.5, "f1": 0\.5, /);
  });
});

// ---------------------------------------------------- cross-check with the reference scorer

const SCORE_PY = fileURLToPath(new URL('../../../../shared/eval/score.py', import.meta.url));
const hasPython = !spawnSync('python3', ['--version']).error;
const tmp = mkdtempSync(join(tmpdir(), 'eval-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function python(args: string[], input?: string): string {
  const r = spawnSync('python3', args, { encoding: 'utf8', input });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

interface Written {
  name: string;
  /** score.py's arguments: SOURCE EXPORT GOLD... */
  args: string[];
  /** Our metrics for the same files, read back through splitSourceLines and loadGold. */
  ours: Metrics;
}

/** Writes a scenario to files and scores them with the TypeScript scorer. */
function write(
  name: string,
  sourceText: string,
  exp: ExtractionExport,
  golds: GoldFile[],
): Written {
  const dir = mkdtempSync(join(tmp, 'case-'));
  const src = join(dir, 'source.md');
  const expPath = join(dir, 'export.json');
  const goldPaths = golds.map((_, i) => join(dir, `gold-${i}.json`));
  writeFileSync(src, sourceText);
  writeFileSync(expPath, JSON.stringify(exp));
  golds.forEach((g, i) => writeFileSync(goldPaths[i]!, JSON.stringify(g)));
  const ours = score(splitSourceLines(readFileSync(src, 'utf8')), exp, loadGold(goldPaths));
  return { name, args: [src, expPath, ...goldPaths], ours };
}

/**
 * score.py's text and --json output for each argument list, from one Python process (one
 * process per run would make this suite slow): it calls score.main as the script's entry does.
 */
function referenceOutputs(runs: string[][]): { text: string; json: string }[] {
  const program = [
    'import contextlib, io, json, sys',
    `sys.path.insert(0, ${JSON.stringify(dirname(SCORE_PY))})`,
    'import score',
    'out = []',
    'for args in json.load(sys.stdin):',
    '    res = {}',
    '    for mode, extra in (("text", []), ("json", ["--json"])):',
    '        buf = io.StringIO()',
    '        with contextlib.redirect_stdout(buf):',
    '            score.main(args + extra)',
    '        res[mode] = buf.getvalue()',
    '    out.append(res)',
    'print(json.dumps(out))',
  ].join('\n');
  // -B: importing score.py must not leave a __pycache__ in the shared folder
  return JSON.parse(python(['-B', '-c', program], JSON.stringify(runs))) as {
    text: string;
    json: string;
  }[];
}

function expectSame(w: Written, ref: { text: string; json: string }): void {
  expect(w.ours, w.name).toEqual(JSON.parse(ref.json));
  expect(formatMetricsJson(w.ours), w.name).toBe(ref.json.trimEnd());
  expect(formatMetrics(w.ours), w.name).toBe(ref.text.trimEnd());
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing scenario can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A messy synthetic transcript with a gold and an export that half agree with it. */
function scenario(seed: number): { source: string; exp: ExtractionExport; golds: GoldFile[] } {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const pieces = ['甲乙', '丙丁', '😀', '🎵', '，', '。', 'AI', ' ', '戊己庚', '辛壬癸', 'Open AI'];
  const lines = Array.from({ length: 40 }, (_, i) => {
    if (i % 11 === 5) return pick(['', '  ', '![img](a.png)', '\u3000']);
    return Array.from({ length: 3 + int(12) }, () => pick(pieces)).join('');
  });
  const names = ['张三', '张叁', '李四', 'Li Si', '王五', 'OpenAI', 'open-ai', 'GPT-4o', '治理'];
  const speakers = ['张三', '李四', 'host:王五', 'host:unnamed-1', 'unknown', 'music', '赵六'];
  const substr = (text: string) => {
    const cps = [...text];
    const a = int(cps.length);
    return { col: a, text: cps.slice(a, a + 1 + int(6)).join('') };
  };
  const ranges: [number, number][] = [
    [1, 15 + int(5)],
    [25 + int(5), 40],
  ];
  const golds = ranges.map((range) => {
    const inRange = () => range[0] + int(range[1] - range[0] + 1);
    const lineOf = (ln: number) => lines[ln - 1]!;
    return goldFile({
      range,
      segments: Array.from({ length: 1 + int(4) }, () => seg(inRange(), rnd() < 0.2)),
      people: [person('张三', ['张叁']), person('李四', ['Li Si']), person('王五')],
      organizations: [org('OpenAI', ['open-ai'])],
      models: [named('GPT-4o')],
      topics: [named('AI治理', ['治理'])],
      turns: Array.from({ length: 8 }, () => {
        const ln = inRange();
        return gturn(ln, rnd() < 0.9 ? substr(lineOf(ln)).text : '不在', pick(speakers));
      }),
      claims: Array.from({ length: 6 }, () => {
        const ln = inRange();
        const s = rnd() < 0.9 ? substr(lineOf(ln)).text : '不在';
        return gclaim(ln, s, pick(speakers.slice(0, 3)));
      }),
    });
  });
  const types = ['person', 'person', 'person', 'organization', 'model', 'topic'] as const;
  const entities = Array.from({ length: 8 }, (_, i) =>
    ent(`e${i}`, pick(types), pick(names), rnd() < 0.5 ? [pick(names)] : []),
  );
  const line = () => 1 + int(lines.length);
  const exp = exportOf({
    segments: Array.from({ length: 1 + int(8) }, () => sseg(line())),
    entities,
    mentions: Array.from({ length: 20 }, () => mention(pick(entities).id, line(), pick(names))),
    turns: Array.from({ length: 12 }, () => {
      const ln = line();
      const role = pick(['host', 'guest', null] as const);
      return sturn(ln, substr(lines[ln - 1]!).col, rnd() < 0.8 ? pick(entities).id : null, role);
    }),
    claims: Array.from({ length: 12 }, () => {
      const ln = line();
      const s = substr(lines[ln - 1]!);
      return sclaim(ln, s.col, s.text, rnd() < 0.8 ? pick(entities).id : null);
    }),
  });
  return { source: lines.join(pick(['\n', '\r\n'])), exp, golds };
}

describe.skipIf(!hasPython)('cross-check with score.py', () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  let written: Written[] = [];
  let reference: { text: string; json: string }[] = [];
  beforeAll(() => {
    written = [
      ...cases.map((c) =>
        write(c.name, c.source.join('\n'), exportOf(c.exp), c.gold.map(goldFile)),
      ),
      ...seeds.map((seed) => {
        const { source, exp, golds } = scenario(seed);
        return write(`random scenario ${seed}`, source, exp, golds);
      }),
    ];
    reference = referenceOutputs(written.map((w) => w.args));
  });

  it.each(cases.map((c, i) => ({ ...c, i })))('$name', ({ i }) => {
    expectSame(written[i]!, reference[i]!);
  });

  it.each(seeds.map((seed, i) => ({ seed, i: cases.length + i })))(
    'random scenario $seed',
    ({ i }) => {
      expectSame(written[i]!, reference[i]!);
    },
  );

  it('agrees when score.py runs as a command', () => {
    const w = written[0]!;
    const text = python([SCORE_PY, ...w.args]);
    const json = python([SCORE_PY, ...w.args, '--json']);
    expectSame(w, { text, json });
  });

  it('rounds like Python for every k/n up to n = 400 and for F1 values', () => {
    const xs: number[] = [];
    for (let n = 1; n <= 400; n++) for (let k = 0; k <= n; k++) xs.push(k / n);
    for (let i = 0; i < 2000; i++) {
      const p = xs[(i * 7919) % xs.length]!;
      const r = xs[(i * 104729) % xs.length]!;
      if (p + r > 0) xs.push((2 * p * r) / (p + r));
    }
    const program =
      'import json, sys; print(json.dumps([round(x, 3) for x in json.load(sys.stdin)]))';
    const expected = JSON.parse(python(['-c', program], JSON.stringify(xs))) as number[];
    expect(xs.map((x) => pyRound(x, 3))).toEqual(expected);
  });

  it('normalises like Python', () => {
    const samples = [
      'ＡＢＣ－１２３',
      'Ⅻ ㍻ ﬁ',
      'İstanbul ΣΑΣ',
      '\x1c\x1d\x1e\x1f\x85\ufeff\u200b\u180e',
      '「引号」・中点·间隔•',
      '한국어 テスト ｶﾀｶﾅ',
      '😀🎵 e\u0301',
    ];
    // -B: importing score.py must not leave a __pycache__ in the shared folder
    const program = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(dirname(SCORE_PY))})`,
      'from score import norm',
      'print(json.dumps([norm(s) for s in json.load(sys.stdin)]))',
    ].join('\n');
    const expected = JSON.parse(python(['-B', '-c', program], JSON.stringify(samples))) as string[];
    expect(samples.map(norm)).toEqual(expected);
  });
});
