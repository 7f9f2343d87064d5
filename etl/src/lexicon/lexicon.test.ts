import { describe, expect, it } from 'vitest';
import {
  EN_AFFILIATION_MARKERS,
  EN_HANDOVER,
  EN_INTRODUCE_OTHERS,
  EN_SELF_INTRO,
  EN_THANKS,
  EN_TITLES,
  MODELS,
  ORGANIZATIONS,
  TOPICS,
  ZH_AFFILIATION_MARKERS,
  ZH_COMMON_SURNAMES,
  ZH_COMPOUND_SURNAMES,
  ZH_HANDOVER,
  ZH_INTRODUCE_OTHERS,
  ZH_SELF_INTRO,
  ZH_SINGLE_SURNAMES,
  ZH_THANKS,
  ZH_TITLES,
  type LexiconEntry,
} from './index.ts';

const LEXICONS: [string, LexiconEntry[]][] = [
  ['organizations', ORGANIZATIONS],
  ['models', MODELS],
  ['topics', TOPICS],
];

/** Every surface form of an entry: the canonical, its aliases and its weak aliases. */
function surfaces(e: LexiconEntry): string[] {
  return [e.canonical, ...e.aliases, ...(e.weakAliases ?? [])];
}

/** Surface forms claimed by more than one entry (case-insensitive), as "form: a | b". */
function collisions(entries: LexiconEntry[]): string[] {
  const owner = new Map<string, string>();
  const found: string[] = [];
  for (const e of entries) {
    for (const s of new Set(surfaces(e).map((x) => x.toLowerCase()))) {
      const other = owner.get(s);
      if (other !== undefined && other !== e.canonical)
        found.push(`${s}: ${other} | ${e.canonical}`);
      else owner.set(s, e.canonical);
    }
  }
  return found;
}

function duplicates(xs: string[]): string[] {
  return xs.filter((x, i) => xs.indexOf(x) !== i);
}

describe.each(LEXICONS)('%s lexicon', (_name, entries) => {
  it('has unique canonicals', () => {
    expect(duplicates(entries.map((e) => e.canonical))).toEqual([]);
  });

  it('has no surface form under two entries', () => {
    expect(collisions(entries)).toEqual([]);
  });

  it('has no empty or whitespace-padded strings', () => {
    const bad = entries.flatMap(surfaces).filter((s) => s.trim() === '' || s !== s.trim());
    expect(bad).toEqual([]);
  });

  it('has no alias shorter than 2 characters', () => {
    const short = entries.flatMap(surfaces).filter((s) => [...s].length < 2);
    expect(short).toEqual([]);
  });

  it('keeps aliases, weak aliases and the canonical apart within an entry', () => {
    const bad = entries.filter((e) => duplicates(surfaces(e)).length > 0).map((e) => e.canonical);
    expect(bad).toEqual([]);
  });

  it('has a type on every entry', () => {
    expect(entries.filter((e) => !e.type).map((e) => e.canonical)).toEqual([]);
  });
});

describe('parents', () => {
  const orgs = new Set(ORGANIZATIONS.map((e) => e.canonical));
  const topics = new Set(TOPICS.map((e) => e.canonical));

  it.each([
    ['organization', ORGANIZATIONS, orgs],
    ['model', MODELS, orgs],
    ['topic', TOPICS, topics],
  ] as const)('every %s parent is a known canonical', (_kind, entries, known) => {
    const dangling = entries.filter((e) => e.parent !== undefined && !known.has(e.parent));
    expect(dangling.map((e) => `${e.canonical} -> ${e.parent}`)).toEqual([]);
  });

  it('no organisation or topic is its own parent', () => {
    const all = [...ORGANIZATIONS, ...TOPICS];
    expect(all.filter((e) => e.parent === e.canonical).map((e) => e.canonical)).toEqual([]);
  });
});

describe('across lexicons', () => {
  // A maker and its product sharing a name, or an acronym that differs only in case: the
  // matcher must decide by context or case. New overlaps should be deliberate.
  const KNOWN_OVERLAPS = ['deepseek', 'midjourney', 'xai'];

  it('shares surface forms only where known', () => {
    const owners = new Map<string, Set<string>>();
    for (const [name, entries] of LEXICONS) {
      for (const s of entries.flatMap(surfaces)) {
        const key = s.toLowerCase();
        owners.set(key, (owners.get(key) ?? new Set()).add(name));
      }
    }
    const shared = [...owners].filter(([, names]) => names.size > 1).map(([key]) => key);
    expect(shared.sort()).toEqual(KNOWN_OVERLAPS);
  });
});

describe('topics', () => {
  const latin = /^[\x20-\x7e·’]+$/;

  it('each has at least one English alias', () => {
    const missing = TOPICS.filter((t) => !t.aliases.some((a) => latin.test(a)));
    expect(missing.map((t) => t.canonical)).toEqual([]);
  });

  it('never uses a bare generic word as an alias', () => {
    const generic = ['AI', '模型', '数据', '智能', '人工智能', '技术', 'Data', 'Model'];
    const bad = TOPICS.flatMap(surfaces).filter((s) => generic.includes(s));
    expect(bad).toEqual([]);
  });

  it.each([
    ['具身智能', 'Embodied AI'],
    ['大语言模型', 'LLM'],
    ['检索增强生成', 'RAG'],
    ['通用人工智能', 'AGI'],
    ['规模定律', 'Scaling Law'],
  ])('%s has the English alias %s', (canonical, alias) => {
    expect(TOPICS.find((t) => t.canonical === canonical)?.aliases).toContain(alias);
  });
});

describe('person-context vocabulary', () => {
  it.each([
    ['zh titles', ZH_TITLES.map((t) => t.title)],
    ['en titles', EN_TITLES.map((t) => t.title)],
    ['single surnames', ZH_SINGLE_SURNAMES],
    ['compound surnames', ZH_COMPOUND_SURNAMES],
    ['zh intro phrases', ZH_INTRODUCE_OTHERS],
    ['zh self-intro phrases', ZH_SELF_INTRO],
    ['zh affiliation markers', ZH_AFFILIATION_MARKERS],
    ['zh thanks', ZH_THANKS],
    ['zh hand-over phrases', ZH_HANDOVER],
    ['en intro phrases', EN_INTRODUCE_OTHERS],
    ['en self-intro phrases', EN_SELF_INTRO],
    ['en affiliation markers', EN_AFFILIATION_MARKERS],
    ['en thanks', EN_THANKS],
    ['en hand-over phrases', EN_HANDOVER],
  ])('%s are unique and non-empty', (_name, xs) => {
    expect(duplicates(xs)).toEqual([]);
    expect(xs.filter((x) => x.trim() === '')).toEqual([]);
  });

  it('single surnames are one character, compound surnames two', () => {
    expect(ZH_SINGLE_SURNAMES.filter((s) => [...s].length !== 1)).toEqual([]);
    expect(ZH_COMPOUND_SURNAMES.filter((s) => [...s].length !== 2)).toEqual([]);
  });

  it('the common surnames are part of the full list', () => {
    expect(ZH_COMMON_SURNAMES.filter((s) => !ZH_SINGLE_SURNAMES.includes(s))).toEqual([]);
  });

  it('one-character titles are address forms only', () => {
    const loose = ZH_TITLES.filter((t) => [...t.title].length === 1 && !t.addressOnly);
    expect(loose.map((t) => t.title)).toEqual([]);
    expect(ZH_TITLES.filter((t) => t.addressOnly && !t.withSurname).map((t) => t.title)).toEqual(
      [],
    );
  });

  it.each([
    ['总', true],
    ['老师', true],
    ['教授', true],
    ['主持人', false],
    ['联合创始人', false],
  ])('zh title %s can follow a bare surname: %s', (title, expected) => {
    expect(ZH_TITLES.find((t) => t.title === title)?.withSurname).toBe(expected);
  });
});
