import type { APIRoute } from 'astro';
import { indexDocument, jsonResponse } from '../../../open-data/catalogue';
import { catalogueInput } from '../../../open-data/input';

/** When this build ran: the index says how fresh the catalogue is. */
const built = new Date();

/** `/api/v1/index.json`: the catalogue's entry point (README § URLs; `routing/urls.ts` apiHref). */
export const GET: APIRoute = async ({ site }) =>
	jsonResponse(indexDocument(await catalogueInput(site), built));
