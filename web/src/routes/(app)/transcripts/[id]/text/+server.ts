import { error, json } from '@sveltejs/kit';
import { transcriptText } from '$lib/server/transcripts';
import { parseTextWindow } from '$lib/text-window';
import type { RequestHandler } from './$types';

/** A window of the transcript's text, for the reader to load as it is read or linked into. */
export const GET: RequestHandler = async ({ params, url }) => {
  const window = parseTextWindow(url.searchParams);
  if (window === undefined) {
    error(400, { code: 'BAD_USER_INPUT', message: 'Give one of from=<line>, after= or before=.' });
  }
  return json(await transcriptText(params.id, window));
};
