import { langOf } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ url }) => ({ lang: langOf(url) });
