/**
 * Organisation and model names the lexicon does not know, found by their shape.
 *
 *   上海某某科技有限公司 / 某某大学 / 某某实验室   → organisation (suffix + the words before it)
 *   某某大模型 (a name, not 行业/通用/开源…)       → model
 *   Llama-3 / Qwen2.5 style tokens                 → model (letters then digits)
 */
import { dictionaryEntry, tokenize } from '../../nlp/jieba.ts';
import { MODELS } from '../../lexicon/index.ts';

export interface PatternHit {
  surface: string;
  start: number;
  end: number;
  rule: string;
}

const ORG_SUFFIX = /(?:股份有限公司|有限责任公司|有限公司|集团|公司|大学|学院|研究院|研究所|研究中心|实验室|银行|医院|基金会|协会|学会|委员会|专委会|电视台|交易所|论坛|峰会|大会|会议|宣传部|网信办)$/;
/** Words that end an organisation name when reading backwards. */
const STOP = /^(?:的|是|在|了|和|与|及|或|跟|给|我|我们|你们|他们|这个|那个|这家|一家|一个|来自|就是|包括|比如|像|还有|以及|也|都|很|非常|其实|作为|对于|整个|所有|各个|很多|一些|这些|那些|做|说|讲|去|到|从|把|被|让|为|呢|啊|嗯|呃|哈|吧|对|好|还是|就|又|再|更|最|并|而|但|会|能|可以|要|有|没有|每|各|某|本|该|其|哪|谁|什么|怎么|如何|成立|加入|创办|毕业|工作|任职|发布|推出|合作|投资|欢迎|来到|本次|这次|本届|今天|昨天|明天|今年|去年|或者|而且|目前|参加|举办|召开|觉得|认为|唉)$/;
/** Suffix words that carry a name themselves (复旦大学 as one jieba word). */
const ORG_SUFFIX_IS_NAME = /^\p{Script=Han}{2,}(?:大学|学院|研究院|实验室|集团|银行|医院)$/u;
const GENERIC_ORG = /^(?:大学|公司|集团|学院|研究院|实验室|银行|医院|委员会|协会|有限公司|科技公司|互联网公司|上市公司|大公司|小公司|企业|这家公司|我们公司|一家公司|初创公司|创业公司|头部公司|国内公司|国外公司|美国公司|中国公司|科技有限公司|基金会)$/;

export function findOrganizationsByPattern(text: string, tokens = tokenize(text)): PatternHit[] {
  const hits: PatternHit[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (!ORG_SUFFIX.test(tok.word) || tok.word.length > 12) continue;
    let first = t;
    // take up to four name words before the suffix word
    while (first > 0 && t - first < 6) {
      const prev = tokens[first - 1]!.word;
      if (STOP.test(prev) || !/^\p{Script=Han}+$/u.test(prev)) break;
      first--;
    }
    // 内容平台公司, 大模型论坛: without a proper name among its words it is a description
    const words = tokens.slice(first, t).map((x) => x.word);
    if (!words.some(isProperName) && !ORG_SUFFIX_IS_NAME.test(tok.word)) continue;
    // 小谢无锡巨蟹…有限公司: a registered company name starts at its place name
    const place = words.findIndex((w) => dictionaryEntry(w)?.tag === 'ns');
    if (place > 0) first += place;
    const start = tokens[first]!.index;
    const end = tok.index + tok.word.length;
    const surface = text.slice(start, end);
    if (GENERIC_ORG.test(surface) || surface.length < 4) continue;
    hits.push({ surface, start, end, rule: 'organization:suffix' });
  }
  return hits;
}

const GENERIC_MODEL_PREFIX = /^(?:大|的|个|这|那|一|行业|通用|垂直|开源|闭源|多模态|语言|基座|基础|医疗|金融|教育|工业|城市|媒体|财经|自己|我们|国内|国外|中国|美国|国产|端侧|领域|专业|各种|很多|所有|整个|这种|那种|一些|新的|新一代|超大|自研|视觉|文本|语音|图像|视频|代码|科学|安全|主流|头部|企业|产业|政务|交通|能源|法律|电力|气象|通讯|通信|模型|训练|推理|应用|好的|小|小的|百|千|万|亿|上百|几个|各个|每个|哪个|任何|现在|未来|传统|整体|核心|下一代|底层|不同)/;

/** Latin family names of known models (GPT, Llama, Qwen…), from the lexicon. */
const MODEL_FAMILIES = new Set(
  MODELS.flatMap((m) => [m.canonical, ...m.aliases])
    .map((f) => /^([A-Za-z]{2,12})(?:[-\s]?[\d.]+[A-Za-z]{0,3})?$/.exec(f)?.[1]?.toLowerCase())
    .filter((f): f is string => !!f),
);

/** Out-of-vocabulary words and words jieba tags as names are names; 希望/认知/运动 are not. */
function isProperName(word: string): boolean {
  const entry = dictionaryEntry(word);
  return !entry || /^(?:nz|nr|nrt|nrfg|ns|nt|eng)$/.test(entry.tag);
}

export function findModelsByPattern(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  const re = /([\p{Script=Han}]{2,4})(?=大模型)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // use jieba's last word before 大模型 as the name
    const tokens = tokenize(m[1]!);
    const name = tokens.at(-1)?.word ?? '';
    if (name.length < 2 || GENERIC_MODEL_PREFIX.test(name) || !isProperName(name)) continue;
    const start = m.index + m[1]!.length - name.length;
    hits.push({ surface: `${name}大模型`, start, end: start + name.length + 3, rule: 'model:name-suffix' });
  }
  // a new version of a known family: GLM-5, Qwen3.5 (DAU10 or AGI1 are not models)
  const latin = /(?<![A-Za-z0-9])([A-Za-z]{2,12})-?(\d+(?:\.\d+)?[A-Za-z]{0,3})(?![A-Za-z0-9])/g;
  for (let m = latin.exec(text); m; m = latin.exec(text)) {
    if (!MODEL_FAMILIES.has(m[1]!.toLowerCase())) continue;
    hits.push({ surface: m[0], start: m.index, end: m.index + m[0].length, rule: 'model:versioned-name' });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The organisation in an introduction by title: 某某科技首席技术官王明 → 某某科技. The words
 * right before the title, back to a delimiter, name the employer when one of them is a proper
 * name (a word jieba does not know, a Latin name, or one tagged as a name).
 */
export function findAffiliationBeforeTitle(text: string, titleStart: number): PatternHit | null {
  const window = text.slice(Math.max(0, titleStart - 14), titleStart);
  const tokens = tokenize(window);
  let first = tokens.length;
  while (first > 0) {
    const w = tokens[first - 1]!.word;
    if (STOP.test(w) || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(w) || TITLE_WORDS.test(w)) break;
    first--;
  }
  const words = tokens.slice(first).map((t) => t.word);
  if (!words.length || !words.some((w) => isProperName(w) || /^[A-Za-z]/.test(w))) return null;
  const surface = words.join('');
  if (surface.length < 2 || surface.length > 12 || GENERIC_ORG.test(surface) || /^\d|书记$/.test(surface)) return null;
  // a place alone (上海, 新加坡) is where someone is from, not who they work for
  if (words.length === 1 && dictionaryEntry(surface)?.tag === 'ns') return null;
  const start = titleStart - surface.length;
  return { surface, start, end: titleStart, rule: 'organization:affiliation' };
}

/** Words that are titles themselves (创始人兼CEO: the 兼 chain is not an employer). */
const TITLE_WORDS = /^(?:兼|创始人|联合创始人|董事长|总裁|副总裁|首席|执行官|CEO|CTO|COO|CFO|总经理|主任|院长|教授|研究员|科学家|博士|老师|主持人|记者|党委|党组|书记|党委书记|青年|\d+位)$/;
