import { expect, test } from './fixtures';

/** A decode copied for a ticket, and shared as a link that carries the paste in its fragment only. */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const paste = `<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>6745A1B2C3D4E5F6A7B8C9D0</RequestId><HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId><EC>0026-00000001</EC></Error>`;

test('a decode copied for a ticket (en)', async ({ page }) => {
	await page.goto('/en/decode/');
	await page.getByRole('textbox').fill(paste);
	await page.getByRole('button', { name: 'Decode' }).click();
	await page.getByRole('button', { name: 'Copy for ticket' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Copied for your ticket' }),
	).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text.split('\n')).toEqual([
		'**NoSuchKey** (OSS, HTTP 404 Not Found)',
		'> The specified key does not exist.',
		'',
		'RequestId: 6745A1B2C3D4E5F6A7B8C9D0',
		'HostId: examplebucket.oss-cn-hangzhou.aliyuncs.com',
		'EC: 0026-00000001',
		expect.stringMatching(/^Details: http:\/\/localhost:\d+\/en\/oss\/NoSuchKey\/#key-not-exist$/),
	]);
});

test('a decode shared as a link opens decoded, and the paste never reaches the server (zh)', async ({
	page,
	context,
}) => {
	await page.goto('/zh/decode/');
	await page.getByRole('textbox').fill(paste);
	await page.getByRole('button', { name: '解析' }).click();
	await page.getByRole('button', { name: '复制此次解析的链接' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/zh\/decode\/#paste=/);

	const other = await context.newPage();
	const requested: string[] = [];
	other.on('request', (request) => requested.push(request.url()));
	await other.goto(link);
	await expect(other.getByRole('textbox')).toHaveValue(paste);
	await expect(other.locator('#decoder-result article')).toHaveAttribute(
		'data-candidate',
		'oss/NoSuchKey',
	);
	// What was pasted is in no request: the fragment stays in the browser.
	expect(requested.some((url) => url.includes('6745A1B2C3D4E5F6A7B8C9D0'))).toBe(false);
});

test('a paste that does not show the provider: the ticket names none, and lists each page (zh)', async ({
	page,
}) => {
	await page.goto('/zh/decode/');
	await page
		.getByRole('textbox')
		.fill(
			'<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>ABC</RequestId></Error>',
		);
	await page.getByRole('button', { name: '解析' }).click();
	await expect(page.getByText('从输入中无法判断服务商')).toBeVisible();
	await page.getByRole('button', { name: '复制到工单' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text.split('\n')).toEqual([
		'**NoSuchKey**（从粘贴内容无法判断服务商）',
		'> The specified key does not exist.',
		'',
		'RequestId: ABC',
		'粘贴的内容未显示是哪家服务商返回的；各服务商的页面：',
		expect.stringMatching(
			/^- NoSuchKey（OSS 错误码，HTTP 404）：http:\/\/localhost:\d+\/zh\/oss\/NoSuchKey\/#key-not-exist$/,
		),
		expect.stringMatching(
			/^- NoSuchKey（OBS 错误码，HTTP 404）：http:\/\/localhost:\d+\/zh\/obs\/NoSuchKey\/#key-not-found$/,
		),
	]);
});
