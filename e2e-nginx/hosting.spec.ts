import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheControlFor, headerPolicy, immutable, revalidate } from '../src/build/hosting.mjs';
import { langs, locales } from '../src/i18n/locales';
import { loadRedirects } from '../src/routing/redirects.mjs';
import { expect, test } from './fixtures';

/**
 * The built site as a real nginx serves it with the site's configuration (scripts/nginx-serve.mjs):
 * the promises of `_headers` and `_redirects` hold there too. Every test runs under the
 * e2e fixture, which fails on any Content-Security-Policy violation: here the policy also comes as
 * a response header.
 */
const dist = 'dist';
const reportUrl = process.env['CSP_REPORT_URL'] || undefined;
const dictionary = (lang: (typeof langs)[number]) =>
	JSON.parse(
		readFileSync(`src/strings/dictionaries/${locales[lang].htmlLang}.json`, 'utf8'),
	) as Record<string, Record<string, string>>;

/** The `_headers` file the build wrote, as rules: pattern → headers. */
function headersRules(): { pattern: string; headers: Map<string, string> }[] {
	const rules: { pattern: string; headers: Map<string, string> }[] = [];
	for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
		if (!line || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) rules.push({ pattern: line, headers: new Map() });
		else {
			const [name = '', ...value] = line.trim().split(': ');
			rules.at(-1)?.headers.set(name.toLowerCase(), value.join(': '));
		}
	}
	return rules;
}

/** What Cloudflare Pages would send for a path: every matching rule's headers, a repeated name's values joined. */
function headersFor(path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const { pattern, headers: set } of headersRules()) {
		const matches = pattern.endsWith('*')
			? path.startsWith(pattern.slice(0, -1))
			: pattern === path || (pattern === '/' && path === '/index.html');
		if (!matches) continue;
		for (const [name, value] of set) {
			headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
		}
	}
	return headers;
}

test.describe('headers', () => {
	test('a page: the policy as a header, nosniff, a referrer policy, revalidated, compressed', async ({
		request,
	}) => {
		const response = await request.get('/en/oss/NoSuchKey/', {
			headers: { 'Accept-Encoding': 'gzip' },
		});
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['content-security-policy']).toBe(headerPolicy({ reportUrl }));
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('same-origin');
		expect(headers['cache-control']).toBe(revalidate);
		expect(headers['content-type']).toBe('text/html; charset=utf-8');
		expect(headers['content-encoding']).toBe('gzip');
	});

	test('hashed assets are cached for good; Pagefind’s binary files go as bytes, uncompressed', async ({
		request,
	}) => {
		const html = await (await request.get('/en/')).text();
		const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
		expect(css, 'the home page links a stylesheet from /_astro/').toBeTruthy();
		const asset = await request.get(css!, { headers: { 'Accept-Encoding': 'gzip' } });
		expect(asset.headers()['cache-control']).toBe(immutable);
		expect(asset.headers()['content-type']).toMatch(/^text\/css/);
		expect(asset.headers()['x-content-type-options']).toBe('nosniff');
		expect(asset.headers()['content-encoding']).toBe('gzip');

		const fragment = readdirSync(join(dist, 'pagefind/fragment'))[0];
		const binary = await request.get(`/pagefind/fragment/${fragment}`, {
			headers: { 'Accept-Encoding': 'gzip' },
		});
		expect(binary.headers()['cache-control']).toBe(immutable);
		expect(binary.headers()['content-type']).toBe('application/octet-stream');
		expect(binary.headers()['content-encoding']).toBeUndefined();

		const entry = await request.get('/pagefind/pagefind-entry.json', {
			headers: { 'Accept-Encoding': 'gzip' },
		});
		expect(entry.headers()['cache-control']).toBe(revalidate);
		expect(entry.headers()['content-type']).toMatch(/^application\/json/);
	});

	test('every kind of file gets from nginx what _headers gives it on Cloudflare Pages and Netlify', async ({
		request,
	}) => {
		// One file of each top folder, Pagefind subfolder and extension: the kinds of rule there are.
		const kinds = new Map<string, string>();
		for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
			const path = `/${file.split(/[\\/]/).join('/')}`;
			if (path.startsWith('/_') && !path.startsWith('/_astro/')) continue;
			if (!/\.[a-z_]+$/.test(path)) continue;
			const parts = path.split('/');
			const kind = `${parts[1]}/${parts[1] === 'pagefind' ? parts[2] : ''}/${/\.([a-z_]+)$/.exec(path)![1]}`;
			if (!kinds.has(kind)) kinds.set(kind, path.replace(/\/index\.html$/, '/'));
		}
		expect(kinds.size).toBeGreaterThan(10);
		for (const path of kinds.values()) {
			const served = (await request.get(path)).headers();
			const declared = headersFor(path);
			expect(served['cache-control'], path).toBe(declared.get('cache-control'));
			expect(served['cache-control'], path).toBe(cacheControlFor(path));
			for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
				expect(served[name], `${path} ${name}`).toBe(declared.get(name));
			}
		}
	});

	test('each language’s OpenSearch description has its type', async ({ request }) => {
		for (const lang of langs) {
			const response = await request.get(`/${lang}/opensearch.xml`);
			expect(response.headers()['content-type']).toBe(
				'application/opensearchdescription+xml; charset=utf-8',
			);
		}
	});

	test('no site may frame a page', async ({ page, baseURL, consoleCspErrors }) => {
		// Another origin: the same server by another name (localhost, not 127.0.0.1), from a file
		// without a page's policy (robots.txt), so that only our page's header can refuse the frame.
		const other = new URL('/robots.txt', baseURL);
		other.hostname = 'localhost';
		await page.goto(other.href);
		await page.evaluate((src) => {
			const frame = document.createElement('iframe');
			frame.src = src;
			document.body.append(frame);
		}, `${baseURL}/en/`);
		const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
		// Chromium answers a refused frame with its own error page, in place of ours.
		await expect.poll(() => frame?.url(), { timeout: 15_000 }).toMatch(/^(chrome-error:|http)/);
		expect(frame?.url()).toBe('chrome-error://chromewebdata/');
		// Chromium says why in the console: expected here, and only here.
		await expect.poll(() => consoleCspErrors.join('\n')).toContain("frame-ancestors 'none'");
		consoleCspErrors.length = 0;
	});
});

test.describe('links that last', () => {
	const redirects = {
		...loadRedirects('content/redirects.yaml'),
		...loadRedirects('tests/fixtures/hosting/redirects.yaml'),
	};

	test('a declared redirect answers 301 with its new path', async ({ request }) => {
		for (const [from, to] of Object.entries(redirects)) {
			const response = await request.get(from, { maxRedirects: 0 });
			expect(response.status(), from).toBe(301);
			expect(response.headers()['location'], from).toBe(to);
			expect(response.headers()['content-security-policy'], from).toBe(headerPolicy({ reportUrl }));
		}
	});

	test('a path without its trailing slash goes to the page, by its path', async ({ request }) => {
		const response = await request.get('/en/oss/NoSuchKey', { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(response.headers()['location']).toBe('/en/oss/NoSuchKey/');
	});

	test.describe('a short link', () => {
		test.use({ locale: 'zh-CN' });
		test('is a page that sends a Chinese browser to the Chinese page, anchor kept', async ({
			page,
		}) => {
			const response = await page.goto('/oss/NoSuchKey/#key-not-exist');
			expect(response?.status()).toBe(200);
			await expect(page).toHaveURL('/zh/oss/NoSuchKey/#key-not-exist');
		});
	});

	for (const lang of langs) {
		test(`a missing page (${lang}) gets the 404 page, status 404, in its language, working`, async ({
			page,
		}) => {
			const response = await page.goto(`/${lang}/no-such-page-here/`);
			expect(response?.status()).toBe(404);
			expect(response?.headers()['content-security-policy']).toBe(headerPolicy({ reportUrl }));
			const section = page.locator(`[data-not-found="${lang}"]`);
			await expect(section.getByRole('heading', { level: 1 })).toHaveText(
				dictionary(lang)['notFound']!['title']!,
			);
			// The page's script ran under the header policy: it put the missing word in the search box.
			await expect(section.locator('input[name="q"]')).toHaveValue('no-such-page-here');
		});
	}
});

test.describe('browser features under the header policy', () => {
	test('search finds a code', async ({ page }) => {
		const response = await page.goto('/zh/');
		expect(response?.headers()['content-security-policy']).toBe(headerPolicy({ reportUrl }));
		await page.keyboard.press('/');
		await page.getByRole('combobox').fill('NoSuchKey');
		await expect(page.getByRole('option').first()).toContainText('NoSuchKey');
	});

	test('the decoder reads a pasted error and links its message', async ({ page }) => {
		const response = await page.goto('/en/decode/');
		expect(response?.headers()['content-security-policy']).toBe(headerPolicy({ reportUrl }));
		await page
			.getByRole('textbox')
			.fill(
				'<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
			);
		await page.getByRole('button', { name: 'Decode' }).click();
		const result = page.locator('#decoder-result article');
		await expect(result.first()).toBeVisible();
		await result.first().getByRole('link').first().click();
		await expect(page).toHaveURL(/\/en\/(oss|obs)\/NoSuchKey\/#[a-z-]+$/);
	});
});

test('the container recipe’s configuration is one nginx accepts', async () => {
	// What `npm run nginx-config` writes for the Dockerfile (root /usr/share/nginx/html, port 80),
	// in an http context like the official image's; `nginx -t` parses it without binding the port.
	const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-recipe-'));
	try {
		const block = join(dir, 'site.conf');
		execFileSync(process.execPath, ['scripts/nginx-config.mjs', '--out', block]);
		writeFileSync(
			join(dir, 'nginx.conf'),
			`pid ${dir}/nginx.pid;\nevents {}\nhttp {\n\tinclude /etc/nginx/mime.types;\n\tinclude ${block};\n}\n`,
		);
		const check = spawnSync(
			'nginx',
			['-t', '-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf')],
			{
				encoding: 'utf8',
			},
		);
		expect(check.status, check.stderr).toBe(0);
		expect(readFileSync(block, 'utf8')).toContain('root /usr/share/nginx/html;');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
