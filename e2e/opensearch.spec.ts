import { langs } from '../src/i18n/locales';
import { expect, test } from './fixtures';

/**
 * Searching the site from the browser's address bar: the browser finds the description a page
 * links, parses it as XML, and fills its template with what was typed; the page it opens answers.
 */
for (const lang of langs) {
	test(`${lang}: the linked OpenSearch description parses and its template opens the search with results`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(`/${lang}/oss/NoSuchKey/`);
		const description = await page
			.locator('link[rel="search"][type="application/opensearchdescription+xml"]')
			.getAttribute('href');
		expect(description).toBeTruthy();
		const parsed = await page.evaluate(async (url) => {
			const response = await fetch(url);
			const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
			const root = xml.documentElement;
			return {
				type: response.headers.get('content-type'),
				error: xml.getElementsByTagName('parsererror').length > 0,
				root: `${root.namespaceURI} ${root.localName}`,
				template: root.querySelector('Url[type="text/html"]')?.getAttribute('template'),
			};
		}, description!);
		expect(parsed.error).toBe(false);
		expect(parsed.root).toBe('http://a9.com/-/spec/opensearch/1.1/ OpenSearchDescription');
		// The template names the published host: the same path on the server under test.
		const template = new URL(parsed.template!.replace('{searchTerms}', 'NoSuchKey'));
		await page.goto(new URL(`${template.pathname}${template.search}`, baseURL).href);
		await expect(page.locator('.search-hit').first()).toContainText('NoSuchKey');
	});
}
