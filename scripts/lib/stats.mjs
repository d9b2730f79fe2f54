// Summaries of repeated measurements, for the benchmark scripts.

/**
 * The middle value (the mean of the two middle values for an even count).
 * @param {number[]} values
 */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
