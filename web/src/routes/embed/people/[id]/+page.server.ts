import { personById } from '$lib/server/entities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({ person: await personById(params.id) });
