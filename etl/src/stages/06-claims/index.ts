/**
 * Stage 6 — claims: who asserted, judged or predicted what about which topic.
 * Input: units, turns (with resolved speakers), mentions (with resolved entities).
 * Output: claims with speaker, topics, entities, stance, verbatim quote and position.
 * Must not: paraphrase. A claim's text is a verbatim slice of one line.
 *
 * A sentence is a claim when it states a view (我觉得/我认为/应该/必须/未来会…) or an
 * assessment about a topic it names; greetings, questions and hand-overs are not.
 *
 *   未来每个人都会有自己的AI助手。   → prediction
 *   我比较担心数据安全的问题。       → concern
 */
import type { Stance } from '../../types.ts';

/** Markers of a stated view, by strength. */
const OPINION = /我(?:们)?(?:觉得|认为|相信|判断|理解|看到|发现|希望|期待|坚信|预计|预测)|应该|必须|需要|一定|关键(?:是|在于)|核心(?:是|在于)|最重要|本质(?:上)?是|意味着|取决于|我的观点|问题(?:是|在于)|挑战|机会|机遇|趋势|未来|将会|可能会|会成为|不会|I think|I believe|we need|should|must|will|the key/i;
const QUESTION = /[？?]\s*$|^(?:请问|那么?您|您怎么看|你怎么看|我们想问)/;
const SOCIAL = /^(?:谢谢|感谢|你好|您好|欢迎|好的?|对|嗯|是的|没错)[，,。！!]*$|观众朋友|大家好|马上回来|稍后/;

const STANCE: [Stance, RegExp][] = [
  ['concern', /担心|担忧|风险|隐患|威胁|危险|焦虑|失控|警惕|不安全|安全问题|挑战|瓶颈|困难|难题|泄露|滥用|风险|worr|concern|risk|threat|danger/i],
  ['prediction', /未来|将来|将会|会成为|会有|会越来越|预计|预测|趋势|明年|接下来|几年(?:内|后)|迟早|终将|will|going to|in the future|next year/i],
  ['negative', /不是|不会|没有|不能|不够|缺乏|不行|不好|不太|很难|难以|失败|泡沫|夸大|不应该|isn't|not|never|fail|lack/i],
  ['positive', /非常好|很好|优势|机会|机遇|良性|帮助|提升|赋能|价值|突破|领先|成功|进步|加速|普惠|乐观|看好|great|benefit|opportunit|improv|help/i],
];

export function stanceOf(text: string): Stance {
  for (const [stance, re] of STANCE) if (re.test(text)) return stance;
  return 'neutral';
}

/** Is this sentence a claim? Returns a confidence, or 0 when it is not. */
export function claimConfidence(text: string, topics: number, role: string): number {
  const t = text.trim();
  const chars = t.replace(/\s/g, '').length;
  if (chars < 10 || chars > 400) return 0;
  if (QUESTION.test(t) || SOCIAL.test(t)) return 0;
  const opinion = OPINION.test(t);
  if (!opinion && topics === 0) return 0;
  let c = 0.3 + (opinion ? 0.3 : 0) + Math.min(topics, 2) * 0.1;
  if (role === 'host') c -= 0.15;
  if (role === 'music' || role === 'narrator') return 0;
  return Math.max(0, Math.min(0.95, c));
}
