# syntax=docker/dockerfile:1
#
# One image for every Closeloop process; the command picks the role:
#   API (default)   node apps/api/dist/main.js
#   worker          node apps/worker/dist/main.js
#   migrations      node libs/db/dist/migrate-cli.js
#   calendar        node apps/api/dist/cli/seed-calendar.js
#   first admin key node apps/api/dist/cli/bootstrap-admin.js
# docker-compose.yml wires them together. Build: docker build -t closeloop .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# manifests: only the package.json files of the root and every workspace, at
# their own paths. Copied on their own so the install below stays cached until a
# manifest or the lockfile changes (new workspaces are picked up without
# editing this file).
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name node_modules -prune -o -name package.json -type f -exec cp --parents -t /manifests {} +

# ---------------------------------------------------------------------------
# build: full install (dev dependencies included), compile, bundle workflows,
# then drop dev dependencies and gather what the runtime needs into /out.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# swagger-ui-dist pulls in @scarf/scarf, whose install script phones home.
ENV SCARF_ANALYTICS=false \
    NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY package-lock.json .npmrc ./
COPY --from=manifests /manifests/ ./
# `npm install` rather than `npm ci`: the lockfile omits other platforms' optional binaries, which
# `npm ci` rejects; install still takes every version from the lockfile.
RUN --mount=type=cache,target=/root/.npm \
    npm install --no-audit --no-fund

COPY . .
# tsc -b tsconfig.build.json, then apps/worker/dist/item-workflows.bundle.js
RUN npm run build \
 && test -f apps/worker/dist/item-workflows.bundle.js

# Keep the workspace layout (node_modules/@closeloop/* are symlinks to
# libs/<name>, apps/<name>, workflows, activities), without sources or tests.
# The Temporal core bridge ships prebuilt binaries for five platforms (~140 MB):
# only this platform's is kept.
RUN npm prune --omit=dev \
 && mkdir -p /out \
 && cp -a package.json package-lock.json node_modules /out/ \
 && for pkg in libs/* apps/* workflows activities; do \
      mkdir -p "/out/$pkg" \
      && cp -a "$pkg/package.json" "/out/$pkg/" \
      && if [ -d "$pkg/dist" ]; then cp -a "$pkg/dist" "/out/$pkg/"; fi \
      && if [ -d "$pkg/node_modules" ]; then cp -a "$pkg/node_modules" "/out/$pkg/"; fi \
      || exit 1; \
    done \
 && find /out -path /out/node_modules -prune -o -name '*.tsbuildinfo' -type f -exec rm -f {} + \
 && bridge=/out/node_modules/@temporalio/core-bridge/releases \
 && keep="$(uname -m)-unknown-linux-gnu" \
 && if [ -f "$bridge/$keep/index.node" ]; then \
      find "$bridge" -mindepth 1 -maxdepth 1 ! -name "$keep" -exec rm -rf {} +; \
    fi

# ---------------------------------------------------------------------------
# runtime: production dependencies and compiled code only, non-root user.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Owned by root and read-only for the process: nothing here is written at run time.
COPY --from=build /out/ ./
# uid/gid 1000 is the `node` user of the official Node.js image (numeric, so that
# Kubernetes' runAsNonRoot can verify it).
USER 1000:1000
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
