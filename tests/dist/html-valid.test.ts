import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './site';

/** Every built page is valid HTML (html-validate's standard rules: the spec, not style). */
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

describe('HTML', () => {
	it('every page is valid', async () => {
		const problems: string[] = [];
		for (const page of builtPages()) {
			const report = await validator.validateString(page.html, page.file);
			for (const result of report.results) {
				for (const message of result.messages) {
					problems.push(
						`${page.file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
					);
				}
			}
		}
		expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
	});

	it('every table header cell names its column or row (no empty <th>)', () => {
		const empty = builtPages().filter((page) => /<th\b[^>]*>\s*<\/th>/.test(page.html));
		expect(empty.map((page) => page.path)).toEqual([]);
	});

	it('the validator catches invalid markup', async () => {
		const report = await validator.validateString(
			'<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p><label>a<input><input></label></body></html>',
		);
		expect(report.valid).toBe(false);
	});
});
