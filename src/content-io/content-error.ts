/** Thrown when content breaks a rule; its message lists every problem with file and field. */
export class ContentError extends Error {
	override name = 'ContentError';

	constructor(message: string) {
		super(message);
		// The message says everything; a stack trace into the loader would only bury it.
		this.stack = `${this.name}: ${message}`;
	}
}
