import { readFileSync } from 'node:fs';

/** One code of the seed inventory: what the providers document, which the site must carry. */
export interface InventoryCode {
	provider: 'oss' | 'obs';
	code: string;
	status: number;
	messages: { id: string; text: string; variants?: string[] }[];
}

/** The codes and messages of the provider documents (`tests/fixtures/seed-inventory.json`). */
export function readInventory(): InventoryCode[] {
	const file = new URL('./fixtures/seed-inventory.json', import.meta.url);
	return (JSON.parse(readFileSync(file, 'utf8')) as { codes: InventoryCode[] }).codes;
}
