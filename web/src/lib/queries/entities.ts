import type { Collection } from '$lib/entities';

export interface EntityStats {
  mentions: number;
  transcripts: number;
  claims: number;
}

/** A row of an entity list (people also carry role and affiliation). */
export interface EntityListRow {
  id: string;
  name: string;
  aliases: string[];
  variants: string[];
  stats: EntityStats;
  role?: string | null;
  affiliation?: string | null;
}

export interface EntityListPage {
  list: {
    edges: { node: EntityListRow }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

/** The list query of one collection (people / topics / organizations / models), aliased to `list`. */
export function entityListQuery(collection: Collection): string {
  const personFields = collection === 'people' ? 'role affiliation' : '';
  return /* GraphQL */ `
    query EntityList($first: Int!, $after: String, $orderBy: EntityOrder) {
      list: ${collection}(first: $first, after: $after, orderBy: $orderBy) {
        edges {
          node {
            id
            name
            aliases
            variants
            stats {
              mentions
              transcripts
              claims
            }
            ${personFields}
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  `;
}

/** Leaderboards of the overview page: most mentioned topics, organizations, models; speakers by claims. */
export const LEADERS_QUERY = /* GraphQL */ `
  query OverviewLeaders($n: Int!, $speakers: Int!) {
    topics(first: $n, orderBy: MENTIONS) {
      edges {
        node {
          ...Leader
        }
      }
    }
    organizations(first: $n, orderBy: MENTIONS) {
      edges {
        node {
          ...Leader
        }
      }
    }
    models(first: $n, orderBy: MENTIONS) {
      edges {
        node {
          ...Leader
        }
      }
    }
    people(first: $speakers, orderBy: MENTIONS) {
      edges {
        node {
          ...Leader
          role
          affiliation
          profile {
            claimCount
          }
        }
      }
    }
  }
  fragment Leader on Entity {
    id
    name
    stats {
      mentions
      transcripts
      claims
    }
  }
`;

interface LeaderNode {
  id: string;
  name: string;
  stats: EntityStats;
}

export interface LeadersResult {
  topics: { edges: { node: LeaderNode }[] };
  organizations: { edges: { node: LeaderNode }[] };
  models: { edges: { node: LeaderNode }[] };
  people: {
    edges: {
      node: LeaderNode & { role: string | null; affiliation: string | null; profile: { claimCount: number } };
    }[];
  };
}

/** One ranked row of a leaderboard: `value` is what it is ranked by. */
export interface Leader {
  id: string;
  name: string;
  value: number;
  detail?: string;
}

export interface Leaders {
  topics: Leader[];
  organizations: Leader[];
  models: Leader[];
  speakers: Leader[];
}

export interface RisingResult {
  risingTopics: {
    items: { entity: { id: string; name: string }; before: number; after: number; beforeShare: number; afterShare: number; change: number }[];
  };
}

/** Topics whose share of mentions grew most from one period to a later one. */
export const RISING_QUERY = /* GraphQL */ `
  query RisingTopics($before: PeriodInput!, $after: PeriodInput!, $n: Int!) {
    risingTopics(before: $before, after: $after, first: $n) {
      items {
        entity {
          id
          name
        }
        before
        after
        beforeShare
        afterShare
        change
      }
    }
  }
`;

/** Rising topics with the periods compared, for the overview. */
export interface Rising {
  before: { from: string; to: string };
  after: { from: string; to: string };
  /** `value` is the change of share in percentage points. */
  topics: Leader[];
}
