import type { APIRoute } from 'astro';
import type { ProviderId } from '../../../data/providers';
import { jsonResponse, providerDocument } from '../../../open-data/catalogue';
import { catalogueInput } from '../../../open-data/input';
import { apiProviderPaths } from '../../../routing/static-paths';

export const getStaticPaths = apiProviderPaths;

/** `/api/v1/{provider}.json`: every code of a documented provider. */
export const GET: APIRoute<{ provider: ProviderId }> = async ({ site, props }) =>
	jsonResponse(providerDocument(await catalogueInput(site), props.provider));
