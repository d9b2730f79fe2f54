import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { providerIds } from '../data/providers';
import { buildCodeIndex } from '../decoder/code-index';
import { defaultLang } from '../i18n/locales';

/**
 * `/codes.json`: every code with its status and message ids and texts (verbatim English, the same
 * in both languages). Fetched by the decoder page and by the 404 page on a miss, never by others.
 */
export const GET: APIRoute = async () => {
	const catalog = (await getCatalog())[defaultLang];
	const index = buildCodeIndex(
		providerIds.flatMap((provider) =>
			catalog[provider].entries.map(({ data }) => ({
				provider,
				code: data.code,
				status: data.status,
				messages: data.messages.map(({ id, text, variants }) => ({ id, text, variants })),
			})),
		),
	);
	return new Response(JSON.stringify(index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
