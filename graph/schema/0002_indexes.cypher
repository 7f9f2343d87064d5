// Lookups the API makes by property other than id.
CREATE INDEX segment_transcript IF NOT EXISTS FOR (n:Segment) ON (n.transcriptId);
CREATE INDEX utterance_transcript IF NOT EXISTS FOR (n:Utterance) ON (n.transcriptId);
CREATE INDEX claim_transcript IF NOT EXISTS FOR (n:Claim) ON (n.transcriptId);
CREATE INDEX transcript_date IF NOT EXISTS FOR (n:Transcript) ON (n.date);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX model_name IF NOT EXISTS FOR (n:Model) ON (n.name);
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
  FOR (n:Person|Organization|Model|Topic) ON EACH [n.name, n.searchText];
CREATE FULLTEXT INDEX quote_search IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
