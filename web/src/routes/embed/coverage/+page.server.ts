import { coverageOf } from '$lib/server/coverage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) =>
  coverageOf(url.searchParams.get('date'), url.searchParams.get('transcript'));
