import type { GuideData } from '../schemas/guide';
import { checkTranslationStamp, pairTwins, type Problem } from './content-rules';

/** One guide file as the checks see it. */
export interface CheckedGuide {
	id: string;
	filePath: string;
	data: GuideData;
	body: string;
}

/** Guides come in twins like error codes, and twins cite the same sources. */
export function checkGuides(entries: readonly CheckedGuide[]): Problem[] {
	const problems = entries.flatMap(checkTranslationStamp);
	const twins = pairTwins(entries, 'content/guides');
	problems.push(...twins.problems);
	for (const [original, twin] of twins.pairs) {
		if (
			JSON.stringify([...original.data.sources].sort()) !==
			JSON.stringify([...twin.data.sources].sort())
		) {
			problems.push({
				file: twin.filePath,
				field: 'sources',
				message: `must cite the same sources as its twin ${original.filePath}`,
			});
		}
	}
	return problems;
}
