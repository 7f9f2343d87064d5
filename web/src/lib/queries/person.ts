import type { EntityStats } from './entities';

export interface PersonSession {
  roles: string[];
  share: number;
  talkSec: number;
  talkChars: number;
  segment: { id: string; title: string; kind: string; ordinal: number; startSec: number; endSec: number };
  transcript: { id: string; part: string | null; date: string | null; sessionTitle: string };
}

export interface PersonDetail {
  id: string;
  name: string;
  role: string | null;
  affiliation: string | null;
  aliases: string[];
  variants: string[];
  stats: EntityStats;
  organizations: { id: string; name: string }[];
  profile: {
    talkChars: number;
    talkSec: number;
    talkShare: number;
    utterances: number;
    claimCount: number;
    stances: Record<'positive' | 'negative' | 'neutral' | 'concern' | 'prediction', number>;
    topics: { topic: { id: string; name: string }; mentions: number; claims: number }[];
    sessions: PersonSession[];
    appearedWith: { person: { id: string; name: string; role: string | null; affiliation: string | null }; segments: number }[];
  };
}

export interface PersonResult {
  person: PersonDetail | null;
}

export const PERSON_QUERY = /* GraphQL */ `
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      name
      role
      affiliation
      aliases
      variants
      stats {
        mentions
        transcripts
        claims
      }
      organizations {
        id
        name
      }
      profile {
        talkChars
        talkSec
        talkShare
        utterances
        claimCount
        stances {
          positive
          negative
          neutral
          concern
          prediction
        }
        topics {
          topic {
            id
            name
          }
          mentions
          claims
        }
        sessions {
          roles
          share
          talkSec
          talkChars
          segment {
            id
            title
            kind
            ordinal
            startSec
            endSec
          }
          transcript {
            id
            part
            date
            sessionTitle
          }
        }
        appearedWith {
          person {
            id
            name
            role
            affiliation
          }
          segments
        }
      }
    }
  }
`;
