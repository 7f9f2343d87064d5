import { builder } from '../builder.ts';
import './scalars.ts';
import './health.ts';
import './transcript.ts';
import './segment.ts';
import './utterance.ts';
import './entity.ts';
import './person.ts';
import './organization.ts';
import './model.ts';
import './topic.ts';
import './claim.ts';
import './search.ts';
import './who-said-what.ts';
import './trend.ts';
import './topic-graph.ts';
import './coverage.ts';

/** The executable schema; importing the type modules above registers them on the builder. */
export const schema = builder.toSchema({ sortSchema: true });
