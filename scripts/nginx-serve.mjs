// @ts-check
// Serves dist/ with the site's nginx configuration, in the foreground, on loopback: the web server
// of playwright.nginx.config.ts. Everything nginx writes (pid, logs, temp files) goes to a fresh
// temporary folder of its own; nothing needs root. Usage:
//   node scripts/nginx-serve.mjs --port 4330 [--redirects tests/fixtures/hosting/redirects.yaml]
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteServerBlock } from './lib/nginx-config.mjs';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4330' },
		dist: { type: 'string', default: 'dist' },
		redirects: { type: 'string', multiple: true, default: [] },
	},
});
const fail = (/** @type {string} */ message) => {
	console.error(`nginx-serve: ${message}`);
	process.exit(1);
};

// `nginx -V` names the package's configuration folder, where its mime.types is.
const version = spawnSync('nginx', ['-V'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
	fail(
		'nginx is not installed (or not on the PATH). Install it — `apt-get install nginx` on Debian; .ci/run does — and run again.',
	);
}
const confPath = /--conf-path=(\S+)/.exec(version.stderr)?.[1] ?? '/etc/nginx/nginx.conf';
const mimeTypes = join(dirname(confPath), 'mime.types');
if (!existsSync(mimeTypes)) fail(`no ${mimeTypes}: nginx's package should have installed it`);
const root = resolve(values.dist);
if (!existsSync(join(root, '_headers'))) fail(`no ${root}/_headers: run \`npm run build\` first`);

// One folder per port, emptied at each start: Playwright may stop the server too abruptly for it
// to clean up, and a second run on the same port would refuse to start anyway.
const dir = join(tmpdir(), `atlas-nginx-${values.port}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
// Run as root, nginx's workers become `nobody`: they must be able to reach the temp folders.
chmodSync(dir, 0o755);
const server = siteServerBlock({
	root,
	listen: `127.0.0.1:${values.port}`,
	extraRedirects: values.redirects,
});
// Run as root, nginx's workers would become `nobody`, who cannot read a checkout inside a private
// folder (a home directory, a `mktemp -d` folder): they run as the user who runs the tests.
const user = process.getuid?.() === 0 ? 'user root;\n' : '';
writeFileSync(
	join(dir, 'nginx.conf'),
	`${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events {
	worker_connections 128;
}
http {
	include ${mimeTypes};
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path ${dir}/client_body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
${server}
}
`,
);
const check = spawnSync(
	'nginx',
	['-t', '-q', '-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf')],
	{
		encoding: 'utf8',
	},
);
if (check.status !== 0)
	fail(`the generated configuration (${dir}/nginx.conf) is invalid:\n${check.stderr}`);

const nginx = spawn('nginx', ['-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf')], {
	stdio: 'inherit',
});
console.log(
	`nginx-serve: http://127.0.0.1:${values.port}/ serves ${root} (configuration ${dir}/nginx.conf)`,
);
// Playwright stops its web server with a signal: nginx stops with us, and its folder goes.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
	process.on(signal, () => nginx.kill('SIGQUIT'));
}
nginx.on('exit', (code, signal) => {
	rmSync(dir, { recursive: true, force: true });
	process.exit(code ?? (signal ? 0 : 1));
});
