import type { ApiTranscriptRow, SegmentRow, TranscriptRow } from './overview';

interface PersonRef {
  id: string;
  name: string;
}

/** A transcript page's transcript: every segment also names its hosts and guests. */
export type TranscriptDetail = Omit<TranscriptRow, 'segments'> & {
  segments: (SegmentRow & { hosts: PersonRef[]; guests: PersonRef[] })[];
};

export interface TranscriptResult {
  transcript:
    | (Omit<ApiTranscriptRow, 'segments'> & {
        segments: (ApiTranscriptRow['segments'][number] & { hosts: PersonRef[]; guests: PersonRef[] })[];
      })
    | null;
}

export const TRANSCRIPT_QUERY = /* GraphQL */ `
  query TranscriptPage($id: ID!) {
    transcript(id: $id) {
      id
      title
      sessionTitle
      part
      date
      language
      lineCount
      charCount
      durationSec
      timeBasis
      segments {
        id
        ordinal
        kind
        title
        startLine
        endLine
        startSec
        endSec
        charCount
        hosts {
          id
          name
        }
        guests {
          id
          name
        }
      }
    }
  }
`;

/** Just enough of every transcript to lay sessions out on an axis. */
export interface SessionRef {
  id: string;
  part: string | null;
  date: string | null;
  sessionTitle: string;
}

export interface SessionIndexPage {
  transcripts: {
    edges: { node: SessionRef }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const SESSION_INDEX_QUERY = /* GraphQL */ `
  query SessionIndex($first: Int!, $after: String) {
    transcripts(first: $first, after: $after) {
      edges {
        node {
          id
          part
          date
          sessionTitle
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
