import type { APIRoute } from 'astro';
import { getComparison } from '../loaders/comparison';
import { getProvider, referenceIds } from '../data/providers';
import { indexedProvider } from '../decoder/code-index';
import { buildReferenceIndex } from '../decoder/reference-index';

/**
 * `/references.json`: the reference providers (names, fingerprints) and the comparison's rows
 * they return, with statuses, meanings and their own numbers. Fetched by the decoder page only.
 */
export const GET: APIRoute = async () => {
	const comparison = await getComparison();
	const index = buildReferenceIndex(
		Object.fromEntries(referenceIds.map((id) => [id, indexedProvider(getProvider(id))])),
		comparison.rows,
	);
	return new Response(JSON.stringify(index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
