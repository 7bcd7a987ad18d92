# The two commands: `make up` (everything, in the foreground) and `make test` (everything the tests need, then stop).
SHELL := /bin/bash
.DEFAULT_GOAL := help
export NX_NO_CLOUD := true
export NX_DAEMON := false
export NX_TUI := false

STAMP := node_modules/.install-stamp

help:
	@echo "make up     start PostgreSQL, Temporal (+ Web UI), worker and API; load a demo plan"
	@echo "make down   stop what make up started"
	@echo "make test   lint, typecheck, build and every Jest project against real servers"
	@echo "make rebuild  replay the event log into fresh read models (DATABASE_URL)"
	@echo "make openapi  regenerate openapi.json (the committed OpenAPI 3.1 document) and the typed client libs/api-client"
	@echo "make fuzz     Schemathesis against a throw-away stack (FUZZ_MAX_EXAMPLES, FUZZ_TIME_LIMIT)"
	@echo "make chaos    fault tests: kill -9 worker, API, Temporal, PostgreSQL under load; nothing lost (CHAOS_SECONDS)"
	@echo "make bench    benchmarks against baselines -> bench/RESULTS.md + bench/results.png (BENCH_ONLY, BENCH_SCALE)"
	@echo "make screenshots  the web app's browser journeys, saving desktop and phone screenshots to docs/screenshots"

$(STAMP): package.json package-lock.json $(wildcard */package.json */*/package.json)
	@# npm ci refuses this npm's own lockfile (it leaves out other platforms' optional binaries); install honours the lock
	npm install --no-audit --no-fund
	@touch $@

install: $(STAMP)
	@scripts/ensure-temporal.sh >/dev/null
	@# Debian's chromium and CJK fonts for the browser tests (apt-get, only when missing).
	@scripts/ensure-browser.sh >/dev/null

build: install
	npm run build --silent

up: build
	node libs/stack/dist/cli/up.js

record-histories: build
	node libs/stack/dist/cli/with-services.js -- npx jest -c test/replay/jest.record.config.js

rebuild: build
	node libs/read-models/dist/rebuild-cli.js

openapi: build
	node scripts/write-openapi.mjs
	node libs/api-client/scripts/generate-schema.mjs

fuzz: build
	node libs/stack/dist/cli/fuzz.js

chaos: build
	node libs/stack/dist/chaos/main.js

bench: build
	node bench/dist/main.js

# The browser journeys (test/browser) against a throw-away stack, keeping their screenshots for the README.
screenshots: build
	CLOSELOOP_SCREENSHOTS=docs/screenshots node libs/stack/dist/cli/with-services.js -- npx jest --ci --selectProjects browser

down:
	@if [ -f .data/up.pid ]; then kill -TERM $$(cat .data/up.pid) 2>/dev/null && echo "stopping make up (pid $$(cat .data/up.pid))" || rm -f .data/up.pid; else echo "nothing to stop"; fi

# One typed ESLint run over the repo (one TypeScript program, not one per project); the module-boundary rule reads
# the Nx project graph, which `nx show projects` computes and caches first.
lint: install
	npx nx show projects >/dev/null
	npx eslint .
	npx prettier --check . --log-level warn
	@# A third-party linter for the committed OpenAPI document (Redocly's recommended rules): 0 errors.
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint openapi.json --format=summary

typecheck: install
	npx tsc -p tsconfig.json --noEmit
	@# The web app is its own program (DOM, JSX): apps/web/tsconfig.json, and its specs'.
	npx tsc -p apps/web/tsconfig.json --noEmit
	npx tsc -p apps/web/tsconfig.spec.json --noEmit

# The pure specs once more on hosts east and west of UTC: nothing may depend on the machine's time zone.
test: install lint typecheck build
	TZ=Asia/Shanghai npx jest --ci --selectProjects unit --reporters=summary
	TZ=America/Los_Angeles npx jest --ci --selectProjects unit --reporters=summary
	node libs/stack/dist/cli/with-services.js -- npx jest --ci

.PHONY: help install build up down lint typecheck test rebuild record-histories openapi fuzz bench chaos screenshots
