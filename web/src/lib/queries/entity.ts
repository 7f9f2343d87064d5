import type { EntityStats } from './entities';

export interface EntityDetail {
  __typename: 'Topic' | 'Organization' | 'Model' | 'Person';
  id: string;
  name: string;
  aliases: string[];
  variants: string[];
  stats: EntityStats;
  /** Organizations only: people affiliated with it. */
  people?: { id: string; name: string; role: string | null }[];
}

export interface EntityResult {
  entity: EntityDetail | null;
}

export const ENTITY_QUERY = /* GraphQL */ `
  query EntityPage($id: ID!) {
    entity(id: $id) {
      __typename
      id
      name
      aliases
      variants
      stats {
        mentions
        transcripts
        claims
      }
      ... on Organization {
        people {
          id
          name
          role
        }
      }
    }
  }
`;
