import type { ParamMatcher } from '@sveltejs/kit';

/** Collections whose detail page is the shared entity page (people have their own page). */
export const match: ParamMatcher = (param) => ['topics', 'organizations', 'models'].includes(param);
