/**
 * Fuzzy matching of code names: one rule for every place that forgives a typo (the decoder's
 * "did you mean", the 404 page). Pure; runs in the browser and at build time.
 */

/** Longest name compared in full: codes are under 50 characters, and URLs can be anything. */
const maxCompared = 100;

/**
 * Edit distance between two names, ignoring case: insertions, deletions, substitutions and
 * swaps of two neighbours each count one (optimal string alignment). 0 means "same but for case".
 */
export function editDistance(a: string, b: string): number {
	const s = a.slice(0, maxCompared).toLowerCase();
	const t = b.slice(0, maxCompared).toLowerCase();
	if (s === t) return 0;
	if (!s.length || !t.length) return s.length + t.length;
	// Three rows: the one before the previous is what a swap reaches back to.
	let before: number[] = [];
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const current = [i];
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let value = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost,
			);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				value = Math.min(value, (before[j - 2] ?? 0) + 1);
			}
			current.push(value);
		}
		before = previous;
		previous = current;
	}
	return previous[t.length] ?? 0;
}

/** How far a name may be from a code to be offered: one edit per four characters, 2 to 3. */
export function typoAllowance(name: string): number {
	return Math.max(2, Math.min(3, Math.floor(name.length / 4)));
}

/** Codes per provider, in the order providers are listed. */
export type CodeNames = Readonly<Record<string, readonly string[]>>;

export interface Match {
	provider: string;
	code: string;
	/** Edits from the name typed: 0 is the same code but for case. */
	distance: number;
}

/**
 * Codes within `typoAllowance(name)` edits of `name` (a mistyped code, a URL segment), best
 * first: nearest first; at equal distance the `prefer`red provider's, then in provider order,
 * then by name. At most `max`.
 */
export function closestCodes(name: string, codes: CodeNames, max = 5, prefer?: string): Match[] {
	const allowance = typoAllowance(name);
	const scored: (Match & { order: number })[] = [];
	Object.entries(codes).forEach(([provider, names], order) => {
		for (const code of names) {
			// Lengths alone rule most codes out before the quadratic comparison.
			if (Math.abs(code.length - name.length) > allowance) continue;
			const distance = editDistance(name, code);
			if (distance <= allowance) {
				scored.push({ provider, code, distance, order: provider === prefer ? -1 : order });
			}
		}
	});
	return scored
		.sort(
			(a, b) =>
				a.distance - b.distance ||
				a.order - b.order ||
				(a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
		)
		.slice(0, max)
		.map(({ provider, code, distance }) => ({ provider, code, distance }));
}

/**
 * The one code a name certainly means: the same but for case, or (in a name longer than four
 * characters) one edit away, with no other code as close. Otherwise undefined: offer, don't take.
 */
export function certainMatch(name: string, matches: readonly Match[]): Match | undefined {
	const [best, second] = matches;
	if (!best || (second && second.distance === best.distance)) return undefined;
	return best.distance === 0 || (best.distance === 1 && name.length > 4) ? best : undefined;
}
