// @ts-check
// `npm run nginx-config [-- --root DIR --listen ADDR --out FILE]`: writes the site's nginx server
// block (default hosting/nginx.conf, for the container recipe: root /usr/share/nginx/html, port 80).
// It goes in nginx's http context (conf.d/ of Debian's package and of the official image).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { siteServerBlock } from './lib/nginx-config.mjs';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '/usr/share/nginx/html' },
		listen: { type: 'string', default: '80' },
		out: { type: 'string', default: 'hosting/nginx.conf' },
	},
});
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, siteServerBlock({ root: values.root, listen: values.listen }));
console.log(`${values.out} written (root ${values.root}, listen ${values.listen})`);
