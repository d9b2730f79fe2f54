import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The decoder page: paste an error, get the exact page, with nothing sent anywhere. */

const ossPython = `Traceback (most recent call last):
  File "app.py", line 12, in <module>
    bucket.get_object('reports/2026.csv')
oss2.exceptions.NoSuchKey: {'status': 404, 'x-oss-request-id': '6745A1B2C3D4E5F6A7B8C9D0', 'details': {'Code': 'NoSuchKey', 'Message': 'The specified key does not exist.', 'RequestId': '6745A1B2C3D4E5F6A7B8C9D0', 'HostId': 'examplebucket.oss-cn-hangzhou.aliyuncs.com', 'Key': 'reports/2026.csv', 'EC': '0026-00000001'}}`;

const obsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Error><Code>KMS.DisabledException</Code><Message>The master key is disabled in server-side encryption with KMS-managed keys (SSE-KMS) mode.</Message><RequestId>00000186C5E6F1A2D30A4B5C6D7E8F90</RequestId><HostId>f4bQeTzUzGUp1gBC1yGwPQ==</HostId></Error>`;

async function decodeText(page: Page, text: string) {
	const input = page.getByRole('textbox');
	await input.fill(text);
	await page.getByRole('button', { name: /^(Decode|解析)$/ }).click();
}

test('an OSS SDK exception leads to its page and message, with what to give support (en)', async ({
	page,
}) => {
	await page.goto('/en/decode/');
	await decodeText(page, ossPython);
	const result = page.locator('#decoder-result article');
	await expect(result).toHaveCount(1);
	await expect(result).toContainText('6745A1B2C3D4E5F6A7B8C9D0');
	await expect(result).toContainText('0026-00000001');
	await expect(result).toContainText('give the RequestId and the EC');
	await result.getByRole('link', { name: 'Open NoSuchKey (OSS) at this message' }).click();
	await expect(page).toHaveURL('/en/oss/NoSuchKey/#key-not-exist');
});

test('an OBS XML body, decoded on the Chinese page', async ({ page }) => {
	await page.goto('/zh/decode/');
	await decodeText(page, obsXml);
	const result = page.locator('#decoder-result article');
	await expect(result).toHaveCount(1);
	await expect(result).toHaveAttribute('data-candidate', 'obs/KMS.DisabledException');
	await expect(result.getByRole('link')).toHaveText('打开 KMS.DisabledException（OBS）的这条消息');
	await expect(result.getByRole('link')).toHaveAttribute(
		'href',
		/^\/zh\/obs\/KMS\.DisabledException\/#/,
	);
	await expect(result).toContainText('华为云对象存储服务 OBS');
});

test('a bare code both providers have offers both', async ({ page }) => {
	await page.goto('/en/decode/');
	await decodeText(page, 'NoSuchKey');
	await expect(page.locator('#decoder-result article')).toHaveCount(2);
	await expect(page.getByText('The input does not say which provider')).toBeVisible();
});

test('nothing recognisable gets a clear message and hints (zh)', async ({ page }) => {
	await page.goto('/zh/decode/');
	await decodeText(page, 'hello world');
	await expect(page.getByText('在粘贴的内容中没有找到错误码或已收录的错误消息。')).toBeVisible();
	await expect(page.getByText(/请粘贴完整的错误信息/)).toBeVisible();
});

test('decoding sends nothing over the network', async ({ page }) => {
	await page.goto('/en/decode/');
	await page.waitForLoadState('networkidle');
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await decodeText(page, ossPython);
	await expect(page.locator('#decoder-result article')).toHaveCount(1);
	await decodeText(page, obsXml);
	await expect(page.locator('#decoder-result article')).toHaveAttribute(
		'data-candidate',
		'obs/KMS.DisabledException',
	);
	expect(requests).toEqual([]);
});

test('markup in the input never runs', async ({ page }) => {
	await page.goto('/en/decode/');
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs += 1;
		await dialog.dismiss();
	});
	await decodeText(
		page,
		`<Error><Code><img src=x onerror="alert(1)">NoSuchKey</Code><Message><script>alert(2)</script></Message></Error>`,
	);
	await expect(page.locator('#decoder-result')).not.toBeEmpty();
	await expect(page.locator('#decoder-result img, #decoder-result script')).toHaveCount(0);
	expect(dialogs).toBe(0);
});

test('1 MB of input is handled and the page stays responsive', async ({ page }) => {
	await page.goto('/en/decode/');
	const line = 'INFO 2026-11-20T08:00:00Z worker-3 processed batch without errors\n';
	const filler = line.repeat(Math.ceil(500_000 / line.length));
	const big = `${filler}${ossPython}\n${filler}`;
	expect(big.length).toBeGreaterThan(1_000_000);
	await page.getByRole('textbox').evaluate((element, value) => {
		(element as HTMLTextAreaElement).value = value;
	}, big);
	await page.getByRole('button', { name: 'Decode' }).click();
	await expect(page.locator('#decoder-result article')).toHaveAttribute(
		'data-candidate',
		'oss/NoSuchKey',
	);
	// The page still answers: the example button works right after.
	await page.getByRole('button', { name: 'Try an example' }).click();
	await expect(page.getByRole('textbox')).not.toHaveValue(big);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('says the decoder needs script and offers search', async ({ page }) => {
		await page.goto('/zh/decode/');
		await expect(page.getByText('解析器需要 JavaScript。')).toBeVisible();
		await expect(page.getByRole('button', { name: '解析' })).toBeHidden();
	});
});

test('a paste from Cloudflare R2 reads as R2, with the code across providers (en)', async ({
	page,
}) => {
	await page.goto('/en/decode/');
	await decodeText(
		page,
		'GET https://examplebucket.r2.cloudflarestorage.com/reports/2026.csv\nHTTP/1.1 404 Not Found\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
	);
	const box = page.locator('#decoder-result [data-reference="r2"]');
	await expect(box).toContainText('This error comes from Cloudflare R2.');
	await expect(box).toContainText('r2.cloudflarestorage.com host');
	await expect(box).toContainText(
		'Cloudflare R2 returns NoSuchKey with HTTP 404 (its own number: 10007).',
	);
	await expect(box).toContainText('Amazon S3 returns NoSuchKey with HTTP 404.');
	await box.getByRole('link', { name: 'Compare NoSuchKey across providers' }).click();
	await expect(page).toHaveURL('/en/compare/#code-NoSuchKey');
});

test('R2 by its own number, on the Chinese page', async ({ page }) => {
	await page.goto('/zh/decode/');
	await decodeText(
		page,
		'put: Your metadata headers exceed the maximum allowed metadata size. (10012)',
	);
	const box = page.locator('#decoder-result [data-reference="r2"]');
	await expect(box).toContainText('此错误来自 Cloudflare R2。');
	await expect(box).toContainText(
		'Cloudflare R2 对 MetadataTooLarge 返回 HTTP 400（其自有编号：10012）。',
	);
});

test('a job log with a retried error and the fatal one lists both, the last as the end (zh)', async ({
	page,
}) => {
	await page.goto('/zh/decode/');
	await decodeText(
		page,
		'<Error><Code>RequestTimeout</Code><RequestId>6184F1A3D2C41B3931F2A8C4</RequestId></Error>\nretrying…\n<Error><Code>NoSuchUpload</Code><RequestId>6184F1EEA7B03C3837D9E15B</RequestId></Error>',
	);
	const list = page.locator('#decoder-result [data-errors="2"]');
	await expect(list).toContainText('这段内容包含 2 个错误');
	await expect(list.getByRole('listitem')).toHaveCount(2);
	await expect(list.getByRole('listitem').last()).toContainText('导致操作终止');
	await expect(list.getByRole('link').first()).toHaveAttribute(
		'href',
		/^\/zh\/oss\/RequestTimeout\//,
	);
});

test("an EC alone says what it is and links OSS's own diagnosis", async ({ page }) => {
	await page.goto('/en/decode/');
	await decodeText(page, 'x-oss-ec: 0026-00000001');
	const box = page.locator('#decoder-result [data-ec="0026-00000001"]');
	await expect(box).toContainText("EC 0026-00000001: OSS's error code for diagnosis.");
	await expect(box.getByRole('link', { name: "Open OSS's diagnosis of this EC" })).toHaveAttribute(
		'href',
		'https://api.aliyun.com/troubleshoot?q=0026-00000001',
	);
	await expect(page.locator('#decoder-result')).not.toContainText('No error code');
});

const undocumented =
	'<Error><Code>AccessDenied</Code><Message>Some brand new message nobody documented.</Message><RequestId>ABC</RequestId></Error>';

test('a message nobody documented is shown as pasted, never replaced by a documented one (en)', async ({
	page,
}) => {
	await page.goto('/en/decode/');
	await decodeText(page, undocumented);
	for (const provider of ['oss', 'obs']) {
		const card = page.locator(`#decoder-result [data-candidate="${provider}/AccessDenied"]`);
		await expect(card).toContainText('Some brand new message nobody documented.');
		// The code's page, not a message of it that the paste did not carry.
		const open = card.getByRole('link');
		await expect(open).not.toContainText('at this message');
		await expect(open).toHaveAttribute('href', `/en/${provider}/AccessDenied/`);
	}
	const obs = page.locator('#decoder-result [data-candidate="obs/AccessDenied"]');
	await expect(obs).toContainText(
		'Not the documented wording of this code; its page documents: “Access denied, because the request does not carry a date header or the header format is incorrect.”',
	);
});

test('OBS headers in S3 wording: the Message row shows what was pasted (zh)', async ({ page }) => {
	await page.goto('/zh/decode/');
	const pasted = 'The request signature we calculated does not match the signature you provided.';
	await decodeText(page, `x-obs-error-code: SignatureDoesNotMatch\nx-obs-error-message: ${pasted}`);
	const card = page.locator('#decoder-result [data-candidate="obs/SignatureDoesNotMatch"]');
	const row = card.locator('dt', { hasText: '错误消息' }).locator('xpath=following-sibling::dd[1]');
	await expect(row.locator('span[lang="en"]')).toHaveText(pasted);
	await expect(row).toContainText(
		'不是该错误码已收录的措辞；页面收录的是：“The provided signature in the request does not match the signature calculated by OBS.”',
	);
	await expect(card.getByRole('link')).toHaveText('打开 SignatureDoesNotMatch（OBS）');
	await expect(card.getByRole('link')).toHaveAttribute('href', '/zh/obs/SignatureDoesNotMatch/');
});

test('a bare code with one documented message opens at it, saying why (en)', async ({ page }) => {
	await page.goto('/en/decode/');
	await decodeText(page, 'KMS.DisabledException');
	const card = page.locator('#decoder-result article');
	await expect(card.getByRole('link')).toHaveText(
		'Open KMS.DisabledException (OBS) at its only documented message',
	);
	await expect(card).toContainText('Not in the paste: the link opens at this message');
});

test('the EC note comes after the answer, as a detail, with its diagnosis link (en)', async ({
	page,
}) => {
	await page.goto('/en/decode/');
	await decodeText(page, ossPython);
	const answer = page.locator('#decoder-result article');
	const ec = page.locator('#decoder-result [data-ec="0026-00000001"]');
	await expect(answer).toHaveAttribute('data-candidate', 'oss/NoSuchKey');
	await expect(ec.getByRole('link', { name: "Open OSS's diagnosis of this EC" })).toBeVisible();
	// After the answer in the page's order (and so for screen readers), not before it.
	const after = await answer.evaluate(
		(card, note) =>
			Boolean(card.compareDocumentPosition(note as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
		await ec.elementHandle(),
	);
	expect(after).toBe(true);
	// Secondary: not bold, as the answer's heading is.
	const weight = await ec
		.locator('p')
		.first()
		.evaluate((p) => Number(getComputedStyle(p).fontWeight));
	expect(weight).toBeLessThan(600);
});

for (const [lang, button, said] of [
	['en', 'Decode', 'There is nothing to decode yet.'],
	['zh', '解析', '还没有可解析的内容。'],
] as const) {
	test(`Decode with an empty box says there is nothing to decode yet (${lang})`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/decode/`);
		await page.getByRole('button', { name: button, exact: true }).click();
		const live = page.locator('#decoder-result[aria-live="polite"]');
		await expect(live).toContainText(said);
		await expect(page.getByRole('textbox')).toBeFocused();
	});
}
