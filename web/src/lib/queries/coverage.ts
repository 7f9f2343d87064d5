export interface TalkShare {
  speaker: { id: string; name: string } | null;
  share: number;
  seconds: number;
  utterances: number;
  roles: string[];
}

interface TopicMentions {
  topic: { id: string; name: string };
  mentions: number;
}

export interface SegmentCoverage {
  segment: {
    id: string;
    ordinal: number;
    kind: string;
    title: string;
    startLine: number;
    endLine: number;
    startSec: number;
    endSec: number;
    charCount: number;
  };
  hosts: { id: string; name: string }[];
  guests: { id: string; name: string }[];
  speakers: TalkShare[];
  unidentified: TalkShare | null;
  topics: TopicMentions[];
}

export interface TranscriptCoverage {
  transcript: {
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
  };
  speakers: TalkShare[];
  unidentified: TalkShare | null;
  topics: TopicMentions[];
  segments: SegmentCoverage[];
}

export interface ConferenceDay {
  date: string | null;
  durationSec: number;
  transcripts: { id: string }[];
}

export interface DaysResult {
  conferenceDays: ConferenceDay[];
}

export interface CoverageResult {
  coverage: TranscriptCoverage[];
}

export const DAYS_QUERY = /* GraphQL */ `
  query ConferenceDays {
    conferenceDays {
      date
      durationSec
      transcripts {
        id
      }
    }
  }
`;

const TALK = `speaker { id name } share seconds utterances roles`;

/** Coverage of one day or one transcript: segments, who spoke how much, topics. */
export const COVERAGE_QUERY = /* GraphQL */ `
  query Coverage($date: Date, $transcriptId: ID) {
    coverage(date: $date, transcriptId: $transcriptId, topicLimit: 5) {
      transcript {
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
      }
      speakers { ${TALK} }
      unidentified { ${TALK} }
      topics {
        topic {
          id
          name
        }
        mentions
      }
      segments {
        segment {
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
        hosts {
          id
          name
        }
        guests {
          id
          name
        }
        speakers { ${TALK} }
        unidentified { ${TALK} }
        topics {
          topic {
            id
            name
          }
          mentions
        }
      }
    }
  }
`;
