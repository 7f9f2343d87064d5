import { describe, expect, it } from 'vitest';
import { NAME_PROTECTED_CHARS, normaliseForMatching } from './normalise.ts';

describe('normaliseForMatching', () => {
  it.each<[string, string, string]>([
    ['plain ASCII is unchanged', 'GPT-4o is here.', 'GPT-4o is here.'],
    ['simplified Chinese is unchanged', '我们用了OpenAI的模型', '我们用了OpenAI的模型'],
    ['full-width letters and digits', 'ＧＰＴ－４ｏ', 'GPT-4o'],
    ['full-width punctuation', '你好，世界！（测试）：？', '你好,世界!(测试):?'],
    ['CJK punctuation that is not full-width ASCII stays', '好。、「」', '好。、「」'],
    ['ideographic space', '全角　空格', '全角 空格'],
    ['full-width yen sign', '￥100', '¥100'],
    ['CJK compatibility ideograph', '\uF900', '\u8C48'],
    ['traditional → simplified', '軟體與網路', '软体与网路'],
    ['phrase conversion', '一乾二淨的頭髮', '一乾二净的头发'],
    ['乾 is protected in names (opencc alone gives 陈干)', '陳乾說', '陈乾说'],
    ['乾 is protected inside phrases too', '乾燥', '乾燥'],
    ['於 is protected', '於是', '於是'],
    ['昇 in a name', '張昇', '张昇'],
    ['a conversion that would change the length is refused', '趙孟頫', '赵孟頫'],
    ['simplified phrases OpenCC would rewrite are left alone', '打坏了', '打坏了'],
    ['显著 stays (no Taiwan variant step)', '显著', '显著'],
    ['jingle emoji', '🎼欢迎', '  欢迎'],
    ['smiley', '好😊，', '好  ,'],
    ['ZWJ family sequence', '👨‍👩‍👧', '        '],
    ['variation selector and keycap', '1️⃣', '1  '],
    ['BMP emoji with selector', '☀️晴', '  晴'],
    ['flag', '🇨🇳中国', '    中国'],
    ['skin tone', '👍🏽', '    '],
    ['music notes', '♪ la ♫', '  la  '],
    ['© and ™ are pictographic', '©OpenAI™', ' OpenAI '],
    ['case is kept', 'OpenAI ＡＢＣ', 'OpenAI ABC'],
    ['lone surrogate kept', 'a\uD800b', 'a\uD800b'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    const out = normaliseForMatching(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('returns the same string when nothing changes', () => {
    const text = '这是一句简体中文，without changes'.replace('，', ',');
    expect(normaliseForMatching(text)).toBe(text);
  });

  it.each(NAME_PROTECTED_CHARS.map((c) => [c]))('protected %s never changes', (c) => {
    expect(normaliseForMatching(`王${c}`)).toBe(`王${c}`);
  });

  it('keeps the length on a mixed sample', () => {
    const text = '陳乾說：🎼ＧＰＴ－４o很好😊 👨‍👩‍👧 乾隆年間　ok';
    expect(normaliseForMatching(text)).toHaveLength(text.length);
  });
});
