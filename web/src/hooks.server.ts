import type { Handle, ServerInit } from '@sveltejs/kit';
import { langOf } from '$lib/i18n';
import { webEnv } from '$lib/server/env';

/** Reads the settings when the server starts, so a bad API_URL stops it at once. */
export const init: ServerInit = () => {
  webEnv();
};

/** Sets <html lang> from the URL's interface language. */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', langOf(event.url) === 'en' ? 'en' : 'zh-CN'),
  });
