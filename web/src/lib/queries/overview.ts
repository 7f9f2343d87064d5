/** Segment kinds the API reports, in display order. */
export const SEGMENT_KINDS = [
  'speech',
  'panel',
  'interview',
  'report',
  'ceremony',
  'host-monologue',
  'promo',
  'music',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/**
 * The API's SegmentKind enum names the kinds SPEECH, HOST_MONOLOGUE…; the dashboard uses the
 * graph's own spelling (speech, host-monologue). Null for a kind this dashboard does not know.
 */
export function kindFromApi(value: string): SegmentKind | null {
  const kind = value.toLowerCase().replace(/_/g, '-');
  return (SEGMENT_KINDS as readonly string[]).includes(kind) ? (kind as SegmentKind) : null;
}

export interface SegmentRow {
  id: string;
  ordinal: number;
  kind: SegmentKind;
  title: string;
  startLine: number;
  endLine: number;
  startSec: number;
  endSec: number;
  charCount: number;
}

export interface TranscriptRow {
  id: string;
  title: string;
  sessionTitle: string;
  part: string | null;
  date: string | null;
  language: string;
  lineCount: number;
  charCount: number;
  durationSec: number;
  timeBasis: string;
  segments: SegmentRow[];
}

/** A transcript as the API sends it: segment kinds still in enum spelling. */
export type ApiTranscriptRow = Omit<TranscriptRow, 'segments'> & {
  segments: (Omit<SegmentRow, 'kind'> & { kind: string })[];
};

export interface TranscriptPage {
  transcripts: {
    edges: { node: ApiTranscriptRow }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

export const TRANSCRIPTS_QUERY = /* GraphQL */ `
  query OverviewTranscripts($first: Int!, $after: String) {
    transcripts(first: $first, after: $after) {
      edges {
        node {
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
          }
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
