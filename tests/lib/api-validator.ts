import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

/**
 * A validator of the catalogue's files (`/api/v1/…`) against the published JSON Schema, draft
 * 2020-12. Strict: a schema keyword Ajv does not know fails here rather than being ignored. The two
 * formats the schema uses are checked with the platform (no format plugin).
 */
export function apiValidator(schema: object) {
	const ajv = new Ajv2020({ strict: true, allErrors: true });
	ajv.addFormat('uri', (value: string) => URL.canParse(value) && /^https?:\/\//.test(value));
	ajv.addFormat(
		'date-time',
		(value: string) =>
			/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
			!Number.isNaN(Date.parse(value)),
	);
	const validate = ajv.compile(schema);
	/** What is wrong with a document, one line per problem (`/code/status: must be <= 599`); empty when valid. */
	return (document: unknown): string[] => {
		if (validate(document)) return [];
		return (validate.errors ?? []).map(describe);
	};
}

const describe = (error: ErrorObject) =>
	`${error.instancePath || '/'}: ${error.message ?? error.keyword}${
		error.keyword === 'additionalProperties'
			? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
			: ''
	}`;
