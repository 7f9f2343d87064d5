// Shapes of the lexicon data files. Types only: the data lives in the sibling files.

/**
 * One known entity or concept. `canonical` is the name the product shows (the usual Chinese
 * name for Chinese entities, the English name for Western ones); `aliases` are the other real
 * names for the same thing (other language, short form, former name), never misspellings.
 * A matcher looks for the canonical and every alias; `aliases` does not repeat the canonical.
 */
export interface LexiconEntry {
  canonical: string;
  aliases: string[];
  /**
   * Surface forms that are also ordinary words or other things (理想, 商量, 苹果, 交大): accept
   * them only with supporting context. Disjoint from `aliases`.
   */
  weakAliases?: string[];
  /** An {@link OrganizationType}, a {@link ModelKind} or a {@link TopicBranch}. */
  type?: string;
  /**
   * Canonical of the owning entry: for an organisation its parent organisation, for a model
   * its maker (an organisation canonical), for a topic the broader topic.
   */
  parent?: string;
}

export type OrganizationType =
  | 'company'
  | 'university'
  | 'research-lab'
  | 'government'
  | 'media'
  | 'event'
  | 'association'
  | 'investor'
  | 'hospital';

export type TopicBranch =
  | 'technology'
  | 'infrastructure'
  | 'industry'
  | 'economy'
  | 'society'
  | 'governance'
  | 'science'
  | 'agi';

export type ModelKind = 'model' | 'product' | 'framework';

/** An organisation: `type` is required and checked. */
export interface OrganizationEntry extends LexiconEntry {
  type: OrganizationType;
}

/** A model (trained model or family), an AI product built on one, or a framework to build them. */
export interface ModelEntry extends LexiconEntry {
  type: ModelKind;
}

/** A topic of AI discourse: `type` is its branch of the taxonomy. */
export interface TopicEntry extends LexiconEntry {
  type: TopicBranch;
}

export type TitleKind = 'academic' | 'business' | 'government' | 'media' | 'generic';

/** A job title or honorific that sits next to a person's name. */
export interface TitleEntry {
  title: string;
  kind: TitleKind;
  /**
   * True when it combines directly with a bare surname as an address form: after it in Chinese
   * (张总, 李老师, 王教授), before it in English (Dr. Smith, Prof. Li).
   */
  withSurname: boolean;
  /**
   * Only an address suffix after a surname (张总, 王董, 李工): never a title before a full name,
   * and too short to look for on its own.
   */
  addressOnly?: boolean;
}
