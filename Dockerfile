# Serves the built site with nginx and the site's configuration. Build both first, on the host:
#   npm run build && npm run nginx-config && docker build -t storage-error-atlas .
# (npm run nginx-config writes hosting/nginx.conf: root /usr/share/nginx/html, port 80; set
# SITE_URL at `npm run build` to the host the container will answer as.)
FROM nginx:stable
# The image's http context includes conf.d/*.conf: ours replaces its default server.
COPY hosting/nginx.conf /etc/nginx/conf.d/default.conf
COPY dist/ /usr/share/nginx/html/
