export type {
  LexiconEntry,
  ModelEntry,
  ModelKind,
  OrganizationEntry,
  OrganizationType,
  TitleEntry,
  TitleKind,
  TopicBranch,
  TopicEntry,
} from './types.ts';
export { ORGANIZATIONS } from './organizations.ts';
export { MODELS } from './models.ts';
export { TOPICS } from './topics.ts';
export {
  TITLES as ZH_TITLES,
  SURNAME_PREFIXES as ZH_SURNAME_PREFIXES,
  COMMON_SURNAMES as ZH_COMMON_SURNAMES,
  SINGLE_SURNAMES as ZH_SINGLE_SURNAMES,
  COMPOUND_SURNAMES as ZH_COMPOUND_SURNAMES,
  INTRODUCE_OTHERS as ZH_INTRODUCE_OTHERS,
  SELF_INTRO as ZH_SELF_INTRO,
  AFFILIATION_MARKERS as ZH_AFFILIATION_MARKERS,
  THANKS as ZH_THANKS,
  HANDOVER as ZH_HANDOVER,
} from './zh/titles.ts';
export {
  TITLES as EN_TITLES,
  INTRODUCE_OTHERS as EN_INTRODUCE_OTHERS,
  SELF_INTRO as EN_SELF_INTRO,
  AFFILIATION_MARKERS as EN_AFFILIATION_MARKERS,
  THANKS as EN_THANKS,
  HANDOVER as EN_HANDOVER,
} from './en/titles.ts';
