import type { ParamMatcher } from '@sveltejs/kit';

/** /topics, /people, /organizations, /models. */
export const match: ParamMatcher = (param) => ['topics', 'people', 'organizations', 'models'].includes(param);
