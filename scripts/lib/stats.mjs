// @ts-check
// Summaries of repeated measurements, for the benchmark scripts.

/**
 * The middle value (the mean of the two middle values for an even count).
 * @param {number[]} values
 */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const at = (/** @type {number} */ index) => sorted[index] ?? Number.NaN;
	return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * The value below which `p` per cent of the values fall (nearest rank).
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
