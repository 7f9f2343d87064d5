import type { EntityKind } from '$lib/entities';
import type { Stance } from '$lib/stance';

interface Ref {
  id: string;
  name: string;
}

/** An entity an utterance names, with the spelling the transcript has. */
export interface ReaderMention {
  surface: string;
  line: number;
  column: number;
  method: string;
  entity: Ref & { type: EntityKind };
}

/** A claim stated in an utterance, where it starts, and its stance. */
export interface ReaderClaim {
  id: string;
  line: number;
  column: number;
  text: string;
  stance: Stance;
  confidence: number;
  /** Seconds from the session start. */
  startSec: number;
  topics: Ref[];
  speaker: Ref | null;
}

/** One speaker turn: line i of `text` is transcript line `line + i`. */
export interface ReaderUtterance {
  id: string;
  line: number;
  column: number;
  endLine: number;
  text: string;
  role: string;
  speaker: Ref | null;
  mentions: ReaderMention[];
  claims: ReaderClaim[];
}

type Api<T, Enum extends string> = Omit<T, Enum> & Record<Enum, string>;

export interface ApiReaderUtterance extends Omit<ReaderUtterance, 'mentions' | 'claims'> {
  mentions: (Omit<ReaderMention, 'entity'> & { entity: Api<ReaderMention['entity'], 'type'> })[];
  claims: Api<ReaderClaim, 'stance'>[];
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A window of a transcript's turns, with the cursors to load the turns around it. */
export interface ReaderPage {
  utterances: ReaderUtterance[];
  totalCount: number;
  pageInfo: PageInfo;
}

export interface ReaderResult {
  transcript: {
    utterances: {
      edges: { node: ApiReaderUtterance }[];
      totalCount: number;
      pageInfo: PageInfo;
    };
  } | null;
}

/** A window of a transcript's text: turns with their speaker, mentions and claims. */
export const READER_QUERY = /* GraphQL */ `
  query TranscriptText(
    $id: ID!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $fromLine: Int
  ) {
    transcript(id: $id) {
      utterances(first: $first, after: $after, last: $last, before: $before, fromLine: $fromLine) {
        edges {
          node {
            id
            line
            column
            endLine
            text
            role
            speaker {
              id
              name
            }
            mentions {
              surface
              line
              column
              method
              entity {
                id
                type
                name
              }
            }
            claims {
              id
              line
              column
              text
              stance
              confidence
              startSec
              topics {
                id
                name
              }
              speaker {
                id
                name
              }
            }
          }
        }
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  }
`;
