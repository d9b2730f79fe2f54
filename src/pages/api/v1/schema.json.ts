import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../open-data/catalogue';
import { apiSchema } from '../../../open-data/schema';

/** `/api/v1/schema.json`: the JSON Schema of the catalogue's files. */
export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('astro.config.mjs must set `site`: the schema has an absolute $id');
	return jsonResponse(apiSchema(site));
};
