import { langs } from '../i18n/locales';
import { absolute, apiHref, apiVersion } from '../routing/urls';

/**
 * The JSON Schema (draft 2020-12) of the catalogue's files, published at `/api/v1/schema.json`
 * and checked against every built file (tests/dist/api.test.ts). One schema for the three kinds
 * of file, told apart by `kind`; `$defs/index`, `$defs/provider` and `$defs/code` are each
 * kind's own. Objects are closed (`additionalProperties: false`): a field added to a file is a
 * field added here, on purpose.
 */

const string = { type: 'string', minLength: 1 } as const;
const url = { type: 'string', format: 'uri' } as const;
const status = { type: 'integer', minimum: 100, maximum: 599 } as const;

/** An object with one value per language of the site. */
const localized = (value: object) => ({
	type: 'object',
	properties: Object.fromEntries(langs.map((lang) => [lang, value])),
	required: [...langs],
	additionalProperties: false,
});

const closed = (properties: Record<string, object>, optional: readonly string[] = []) => ({
	type: 'object',
	properties,
	required: Object.keys(properties).filter((name) => !optional.includes(name)),
	additionalProperties: false,
});

const header = (kind: string) => ({
	$schema: url,
	kind: { const: kind },
	version: { const: apiVersion },
});

/** A provider as every file names it; the index adds its counts. */
const providerSummary = {
	id: { type: 'string', pattern: '^[a-z][a-z0-9]*$' },
	short: string,
	name: { $ref: '#/$defs/localizedText' },
	pages: { $ref: '#/$defs/localizedUrl' },
	api: url,
};

export function apiSchema(site: URL) {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: absolute(apiHref({ kind: 'schema' }), site),
		title: 'Storage Error Atlas catalogue',
		description:
			'The files under /api/' +
			apiVersion +
			'/: the index, one file per provider, one per code. Texts are keyed by the language of the site they belong to.',
		oneOf: [{ $ref: '#/$defs/index' }, { $ref: '#/$defs/provider' }, { $ref: '#/$defs/code' }],
		$defs: {
			localizedText: localized(string),
			localizedUrl: localized(url),
			providerSummary: closed(providerSummary),
			message: closed({
				id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
				formerIds: { type: 'array', items: { type: 'string' } },
				text: string,
				variants: { type: 'array', items: string },
				cause: { $ref: '#/$defs/localizedText' },
				pages: { $ref: '#/$defs/localizedUrl' },
				shortLink: url,
			}),
			equivalent: closed(
				{
					provider: { type: 'string', pattern: '^[a-z][a-z0-9]*$' },
					code: string,
					status,
					sameCode: { type: 'boolean' },
					meaning: { $ref: '#/$defs/localizedText' },
					pages: { $ref: '#/$defs/localizedUrl' },
				},
				['meaning'],
			),
			retry: closed(
				{
					sdk: string,
					retried: { type: 'boolean' },
					because: { enum: ['status', 'code'] },
					attempts: { type: 'integer', minimum: 1 },
					changes: { type: 'array', items: { $ref: '#/$defs/localizedText' } },
				},
				['because', 'attempts'],
			),
			codeRecord: closed({
				code: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*$' },
				status,
				summary: { $ref: '#/$defs/localizedText' },
				pages: { $ref: '#/$defs/localizedUrl' },
				shortLink: url,
				api: url,
				messages: { type: 'array', minItems: 1, items: { $ref: '#/$defs/message' } },
				equivalents: { type: 'array', items: { $ref: '#/$defs/equivalent' } },
				retries: { type: 'array', items: { $ref: '#/$defs/retry' } },
			}),
			index: closed({
				...header('index'),
				built: { type: 'string', format: 'date-time' },
				schema: url,
				languages: {
					type: 'array',
					minItems: 1,
					items: closed({ id: string, htmlLang: string, label: string, home: url }),
				},
				providers: {
					type: 'array',
					minItems: 1,
					items: closed({
						...providerSummary,
						codes: { type: 'integer', minimum: 0 },
						messages: { type: 'integer', minimum: 0 },
					}),
				},
				sdks: {
					type: 'array',
					items: closed({
						id: string,
						name: { $ref: '#/$defs/localizedText' },
						language: string,
						maxAttempts: { type: 'integer', minimum: 1 },
					}),
				},
			}),
			provider: closed({
				...header('provider'),
				provider: { $ref: '#/$defs/providerSummary' },
				codes: { type: 'array', minItems: 1, items: { $ref: '#/$defs/codeRecord' } },
			}),
			code: closed({
				...header('code'),
				provider: { $ref: '#/$defs/providerSummary' },
				code: { $ref: '#/$defs/codeRecord' },
			}),
		},
	};
}
