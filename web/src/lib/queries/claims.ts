import type { Stance } from '$lib/stance';

/** Fields of a claim every claim list shows: what, who, where (down to the line). */
export const CLAIM_FIELDS = /* GraphQL */ `
  fragment ClaimFields on Claim {
    id
    text
    line
    column
    stance
    startSec
    confidence
    speaker {
      id
      name
      role
      affiliation
    }
    topics {
      id
      name
    }
    transcript {
      id
      part
      date
      sessionTitle
    }
    segment {
      id
      title
    }
  }
`;

export interface ApiClaim {
  id: string;
  text: string;
  line: number;
  column: number;
  stance: string;
  startSec: number;
  confidence: number;
  speaker: { id: string; name: string; role: string | null; affiliation: string | null } | null;
  topics: { id: string; name: string }[];
  transcript: { id: string; part: string | null; date: string | null; sessionTitle: string };
  segment: { id: string; title: string } | null;
}

/** A claim as pages use it: the stance in the dashboard's spelling. */
export type Claim = Omit<ApiClaim, 'stance'> & { stance: Stance };

export interface ClaimPage {
  claims: {
    edges: { node: ApiClaim }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

/** One page of claims matching a filter (entityId, speakerId, transcriptId, stance). */
export const CLAIMS_QUERY = /* GraphQL */ `
  query ClaimList($filter: ClaimFilter, $first: Int!, $after: String) {
    claims(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...ClaimFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
  ${CLAIM_FIELDS}
`;
