import { buildComparison } from '../src/comparison/model';
import {
	codeStatusesOf,
	comparisonInput,
	loadComparisonFiles,
} from '../src/loaders/comparison-files';
import { codeIndexEntries } from './code-index';
import { getProvider, referenceIds, type ProviderId } from '../src/data/providers';
import { indexedProvider } from '../src/decoder/code-index';
import { buildReferenceIndex } from '../src/decoder/reference-index';

/**
 * The comparison as the tests expect it, built from the content files read directly (not through
 * Astro): unit tests check the model against it, end-to-end tests check the pages.
 */
export function ourCodes(): Record<ProviderId, { code: string; status: number }[]> {
	return codeStatusesOf(codeIndexEntries());
}

export function expectedComparison() {
	const ours = ourCodes();
	const files = loadComparisonFiles();
	const input = comparisonInput(ours, files);
	return { ours, files, input, comparison: buildComparison(input) };
}

/** `/references.json` as the decoder page loads it: the reference columns of the real comparison. */
export function realReferenceIndex() {
	return buildReferenceIndex(
		Object.fromEntries(referenceIds.map((id) => [id, indexedProvider(getProvider(id))])),
		expectedComparison().comparison.rows,
	);
}
