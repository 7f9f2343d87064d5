import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

/**
 * One realistic request per dashboard view, as the web app would send it, with the number of
 * Cypher queries it may cost. The numbers do not grow with the data: every list is batched.
 */
let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

const DASHBOARDS: {
  name: string;
  queries: number;
  document: string;
  variables?: Record<string, unknown>;
}[] = [
  {
    name: 'topic page: entity + stats, who said what, trend by day split by speaker',
    // topic, stats, whoSaidWhat, trend
    queries: 4,
    variables: { id: E.agents.id },
    document: /* GraphQL */ `
      query Topic($id: ID!) {
        topic(id: $id) {
          id
          name
          aliases
          variants
          stats {
            mentions
            transcripts
            claims
          }
        }
        whoSaidWhat(entityId: $id) {
          speakers {
            speaker {
              id
              name
              affiliation
            }
            quoteCount
            claimCount
            stances {
              positive
              negative
              neutral
              concern
              prediction
            }
            quotes {
              text
              surfaces
              line
              startSec
              transcript {
                id
                title
              }
              segment {
                id
                title
              }
            }
            claims {
              id
              text
              stance
              line
              startSec
              transcript {
                id
              }
              segment {
                id
              }
            }
          }
        }
        trend(entityIds: [$id], bucket: DAY, split: SPEAKER) {
          buckets {
            key
            label
            totalMentions
            totalChars
          }
          series {
            key
            speaker {
              id
              name
            }
            points {
              bucketKey
              mentions
              mentionShare
              charShare
            }
          }
        }
      }
    `,
  },
  {
    name: 'speaker page: profile, organisations, claims with their topics',
    // person, organizations, profile, statements, topics of the statements
    queries: 5,
    variables: { id: E.huang.id },
    document: /* GraphQL */ `
      query Speaker($id: ID!) {
        person(id: $id) {
          id
          name
          role
          affiliation
          organizations {
            id
            name
          }
          profile {
            talkSec
            talkChars
            talkShare
            claimCount
            stances {
              positive
              negative
              neutral
              concern
              prediction
            }
            sessions {
              roles
              talkSec
              share
              segment {
                id
                title
                kind
              }
              transcript {
                id
                title
                date
              }
            }
            topics {
              topic {
                id
                name
              }
              mentions
              claims
            }
            appearedWith {
              person {
                id
                name
              }
              segments
            }
          }
          statements(first: 20) {
            totalCount
            edges {
              node {
                id
                text
                stance
                topics {
                  id
                  name
                }
              }
            }
          }
        }
      }
    `,
  },
  {
    name: 'organiser page: days, then coverage of one day',
    // conferenceDays, transcripts of the days, coverage
    queries: 3,
    document: /* GraphQL */ `
      query Organiser {
        conferenceDays {
          date
          transcripts {
            id
            title
          }
        }
        coverage(date: "2025-07-26") {
          transcript {
            id
            title
          }
          unidentified {
            chars
            share
          }
          speakers {
            speaker {
              id
              name
            }
            share
          }
          segments {
            segment {
              id
              kind
              title
              startSec
              endSec
            }
            hosts {
              name
            }
            guests {
              name
            }
            speakers {
              speaker {
                name
              }
              seconds
              share
            }
            unidentified {
              seconds
              share
              roles
            }
            topics {
              topic {
                name
              }
              mentions
            }
          }
        }
      }
    `,
  },
  {
    name: 'overview: topic graph, rising topics, transcript list with segments',
    // topicGraph, risingTopics, transcripts, segments, totalCount
    queries: 5,
    document: /* GraphQL */ `
      query Overview {
        topicGraph(minWeight: 1, limit: 50) {
          nodes {
            id
            name
            type
            mentions
            community
          }
          edges {
            source
            target
            weight
          }
          communities {
            id
            label
            size
          }
        }
        risingTopics(
          before: { from: "2025-07-26", to: "2025-07-26" }
          after: { from: "2025-07-27", to: "2025-07-27" }
        ) {
          items {
            entity {
              id
              name
            }
            change
          }
        }
        transcripts(first: 20) {
          totalCount
          edges {
            node {
              id
              title
              date
              segments {
                id
                kind
                title
              }
            }
          }
        }
      }
    `,
  },
  {
    name: 'search box',
    queries: 1,
    document: /* GraphQL */ `
      query Search {
        search(query: "刘芊", first: 10) {
          matched
          matchedField
          matchType
          entity {
            id
            name
            type
          }
        }
      }
    `,
  },
];

describe('Cypher queries per dashboard request', () => {
  it.each(DASHBOARDS)('$name: $queries', async ({ document, variables, queries }) => {
    const res = await h.gql(document, variables);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cypherQueries).toBe(queries);
  });
});
