import { readdirSync, readFileSync } from 'node:fs';

/** One code of the inventory: what the providers document, which the site must carry. */
export interface InventoryCode {
	provider: string;
	code: string;
	status: number;
	messages: { id: string; text: string; variants?: string[] }[];
}

const folder = new URL('./fixtures/inventory/', import.meta.url);

/**
 * The codes and messages of the provider documents: `tests/fixtures/inventory/*.json`, one file
 * per source document (or family), so that content batches never edit the same file. A code
 * listed by several files is merged: its messages are the union by id. Two files that give one
 * code different statuses, or one message id different texts, are a mistake in the inventory.
 */
export function readInventory(): InventoryCode[] {
	const merged = new Map<string, InventoryCode>();
	for (const name of readdirSync(folder)
		.filter((f) => f.endsWith('.json'))
		.sort()) {
		const { codes } = JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as {
			codes: InventoryCode[];
		};
		for (const code of codes) {
			const key = `${code.provider}/${code.code}`;
			const known = merged.get(key);
			if (!known) {
				merged.set(key, { ...code, messages: [...code.messages] });
				continue;
			}
			if (known.status !== code.status)
				throw new Error(
					`inventory ${name}: ${key} has status ${code.status}, another file ${known.status}`,
				);
			for (const message of code.messages) {
				const same = known.messages.find((m) => m.id === message.id);
				if (!same) known.messages.push(message);
				else if (same.text !== message.text)
					throw new Error(`inventory ${name}: ${key}#${message.id} has two different texts`);
			}
		}
	}
	return [...merged.values()];
}
