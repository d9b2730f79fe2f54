import suite from './search-queries.json' with { type: 'json' };

/**
 * The ranking contract (`search-queries.json`): each query with the result(s) a user expects
 * first. A code that both providers use accepts either provider's page. `anchor` also requires
 * the first hit to link to that message. The benchmark (scripts/bench-search.mjs) times the same
 * queries.
 */
export interface RankingCase {
	lang: 'en' | 'zh';
	query: string;
	/** `provider/Code` of the acceptable first results; `provider/*`: any page of that provider. */
	top: string[];
	anchor?: string;
	/** Why this query is in the suite: code, code in any case, misspelled code, dotted code, message, pasted message, partial message, header, term, value, Chinese synonym, provider word. */
	kind: string;
}

export const rankingCases = suite.cases as RankingCase[];
