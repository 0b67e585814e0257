# syntax=docker/dockerfile:1
# Switchboard: the production build on plain node (what `npm run start:dist` runs).
#   docker build -t switchboard .
#   docker run --rm -p 127.0.0.1:4000:4000 -e AUTH=off switchboard   # try it: built-in simulators, no authentication, this machine only
#   docker run --rm -p 4000:4000 -e API_KEYS_FILE=/run/keys.json -v "$PWD/api-keys.json:/run/keys.json:ro" \
#     -e REPORTER_TOKEN=… -e UIS_ACCESS_TOKEN=… -e LEELOO_TOKEN=… switchboard
# Secure by default: the image listens on 0.0.0.0, so it refuses to start without authentication
# (API_KEYS_FILE or JWT_*) unless AUTH=off says that is meant, as in the first example.
# test/docker.test.ts replays these stages and the first example without Docker.
# Node 20.19+ is the oldest the locked dependency tree supports (package.json `engines`).
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: every dependency (TypeScript), then tsc -p tsconfig.build.json → dist/
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench/lib ./bench/lib
COPY scripts/bundle.ts ./scripts/bundle.ts
# The example dashboard (served at /dashboard/) is built with the client package it imports.
COPY client ./client
COPY examples/dashboard ./examples/dashboard
RUN npm run build

# ---- runtime: production dependencies only, the build, a non-root user
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no runtime dependency needs an install script (protobufjs's only checks versions).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# dist/ holds the compiled gateway and the dashboard's build (dist/dashboard, served at /dashboard/).
COPY --from=build /app/dist ./dist
COPY schema ./schema
# The image's own unprivileged user; the app writes nothing to disk.
USER node
EXPOSE 4000
# Liveness only: /readiness (503 while a LIVE backend is unreachable) is for the load balancer.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same command as `npm run start:dist`, without npm in between: node is PID 1 and gets SIGTERM
# itself, drains in-flight requests and exits 0.
CMD ["node", "--enable-source-maps", "dist/src/server.js"]
