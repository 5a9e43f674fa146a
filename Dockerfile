# syntax=docker/dockerfile:1
# The production image: the API, serving the built SPA from the same port.

FROM node:24-bookworm-slim AS base
RUN npm install --global pnpm@12.21.0
WORKDIR /repo

# Dependencies first, so that a change of source code reuses this layer.
FROM base AS build
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build
# A self-contained copy of the API with its production dependencies only.
RUN pnpm deploy --filter @conduit/api --prod /deploy/api

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
# One malloc arena for the whole process. Each argon2id hash takes 19 MiB on one of libuv's four
# threads, and with an arena per thread glibc kept every thread's freed block: logins peaked at
# 222 MB of memory instead of 175 MB, for the same logins a second (docs/benchmarks.md).
ENV MALLOC_ARENA_MAX=1
WORKDIR /app
COPY --from=build --chown=node:node /deploy/api apps/api
COPY --from=build --chown=node:node /repo/apps/web/dist apps/web/dist
# Never as root.
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://localhost:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations are a deployment step: apply them, then serve, with the flags of `pnpm start`
# (measured on Node 24, docs/benchmarks.md). An old generation of 128 MB, for an API that keeps
# about 40 MB alive, and a young generation of 8 MB semi-spaces: Node 24 would let the young one
# grow to 64 MB semi-spaces, and the API to 300 MB under load. No pretenuring: V8 would otherwise
# allocate short-lived rows straight into the old generation once a burst of load has kept some
# alive, and collect it over and over. No Maglev, V8's middle compiler: the API took less CPU and
# memory without it. The last two flags are why they are here and not in NODE_OPTIONS, which does
# not accept them.
CMD ["sh", "-c", "node apps/api/dist/database/cli.js migrate && exec node --max-old-space-size=128 --max-semi-space-size=8 --no-allocation-site-pretenuring --no-maglev apps/api/dist/main.js"]
