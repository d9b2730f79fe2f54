import type { APIRoute } from 'astro';
import { getCatalog } from '../loaders/catalog';
import { getProvider, providerIds } from '../data/providers';
import { buildCodeIndex, indexedProvider } from '../decoder/code-index';
import { defaultLang } from '../i18n/locales';

/**
 * `/codes.json`: the documented providers (names, fingerprints) and every code with its status and message ids and texts (verbatim English, the same
 * in both languages). Fetched by the decoder page and by the 404 page on a miss, never by others.
 */
export const GET: APIRoute = async () => {
	const catalog = (await getCatalog())[defaultLang];
	const providers = Object.fromEntries(
		providerIds.map((id) => [id, indexedProvider(getProvider(id))]),
	);
	const index = buildCodeIndex(
		providers,
		providerIds.flatMap((provider) =>
			catalog.of(provider).entries.map(({ data }) => ({
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
