import type { APIRoute } from 'astro';
import type { ProviderId } from '../../../../data/providers';
import { codeDocument, jsonResponse } from '../../../../open-data/catalogue';
import { catalogueInput } from '../../../../open-data/input';
import { apiCodePaths } from '../../../../routing/static-paths';

export const getStaticPaths = apiCodePaths;

/** `/api/v1/{provider}/{Code}.json`: one code, as in its provider's file. */
export const GET: APIRoute<{ provider: ProviderId; code: string }> = async ({ site, props }) =>
	jsonResponse(codeDocument(await catalogueInput(site), props.provider, props.code));
