import type { ProviderId } from './providers';

export interface Source {
	provider: ProviderId;
	/** The document's own title, as published. */
	title: string;
	/** Language the document is written in. */
	language: 'en' | 'zh';
	/** Edition, as the document dates itself (ISO date), when it does. */
	updated?: string;
}

/**
 * Provider documents the site's facts come from. Content files cite them by key in `sources`;
 * an unknown key fails the content schema. Newer editions win where editions disagree.
 */
export const sources = {
	'oss-409-2026': {
		provider: 'oss',
		title: 'HTTP status code 409',
		language: 'en',
		updated: '2026-02-27',
	},
	'oss-409-zh': {
		provider: 'oss',
		title: '409错误',
		language: 'zh',
	},
	'oss-error-responses': {
		provider: 'oss',
		title: 'Error responses',
		language: 'en',
	},
	'obs-server-error-codes': {
		provider: 'obs',
		title: 'OBS Server-side Error Codes',
		language: 'en',
	},
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];
