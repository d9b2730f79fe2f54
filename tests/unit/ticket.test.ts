import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/strings/ui';
import { ticketMarkdown, type TicketFacts } from '../../src/support/ticket';

const facts: TicketFacts = {
	code: 'NoSuchKey',
	provider: 'OSS',
	status: 404,
	reason: 'Not Found',
	message: 'The specified key does not exist.',
	cause: 'No object has this name.',
	url: 'https://example.org/en/oss/NoSuchKey/#key-not-exist',
	retriedBy: '',
};

const templates = (lang: 'en' | 'zh') => ({
	heading: dictionaries[lang]['ticket.heading'],
	cause: dictionaries[lang]['ticket.cause'],
	link: dictionaries[lang]['ticket.link'],
	retries: dictionaries[lang]['ticket.retries'],
	noRetries: dictionaries[lang]['ticket.noRetries'],
});

describe('copy for ticket', () => {
	it('gives code, provider, status, the verbatim message, the cause and the link', () => {
		const text = ticketMarkdown(facts, templates('en'));
		const lines = text.split('\n');
		expect(lines[0]).toContain('**NoSuchKey**');
		expect(lines[0]).toContain('OSS');
		expect(lines[0]).toContain('404 Not Found');
		expect(lines[1]).toBe('> The specified key does not exist.');
		expect(text).toContain(facts.cause);
		expect(lines.at(-1)).toContain(facts.url);
		expect(text).not.toMatch(/\{\w+\}/);
	});

	it('is written in the page language, the message still verbatim', () => {
		const text = ticketMarkdown({ ...facts, cause: '不存在该名称的 Object。' }, templates('zh'));
		expect(text).toContain('原因：不存在该名称的 Object。');
		expect(text).toContain('> The specified key does not exist.');
		expect(text).not.toMatch(/Cause|Details/);
	});

	it('says which SDKs retry the error by themselves, or that none does', () => {
		expect(ticketMarkdown(facts, templates('en'))).toContain(
			'None of the SDKs we list retries it automatically.',
		);
		const retried = ticketMarkdown(
			{ ...facts, retriedBy: 'minio-go and OBS SDK for Go' },
			templates('en'),
		);
		expect(retried).toContain('Retried automatically by: minio-go and OBS SDK for Go');
	});

	it('keeps a multi-line message inside its quote', () => {
		const text = ticketMarkdown({ ...facts, message: 'Line one.\n  Line two.' }, templates('en'));
		expect(text.split('\n')[1]).toBe('> Line one. Line two.');
	});
});
