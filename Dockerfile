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
# A heap of 128 MB: the API needs about 60 MB, and with a lower ceiling V8 collects garbage sooner
# instead of growing towards the machine's memory (peak RSS 146 MB instead of 235 MB under load,
# docs/benchmarks.md). `pnpm start` and the benchmark use the same setting.
ENV NODE_ENV=production PORT=3000 NODE_OPTIONS=--max-old-space-size=128
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
# Migrations are a deployment step: apply them, then serve.
CMD ["sh", "-c", "node apps/api/dist/database/cli.js migrate && exec node apps/api/dist/main.js"]
