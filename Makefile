# The two commands a newcomer needs: `make run` (the API on http://localhost:5080) and `make test`.
# Both bring up everything they need from nothing: PostgreSQL, the restore shim, the build.
.PHONY: run test http-check build restore shim pg-up pg-down format format-check bench bench-api bench-audit bench-startup bench-portfolio bench-overload bench-tenants fleet-up fleet-check fleet-bench fleet-down clean
URLS ?= http://localhost:5080

run: restore pg-up
	ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Marten="$$(scripts/pg.sh url)" Admin__KeyFile="$(CURDIR)/.local/admin-key" \
	dotnet run --project src/VendorAdvisor.Api -c Release --no-launch-profile --urls "$(URLS)"

test: restore pg-up
	scripts/test.sh

http-check: restore pg-up
	scripts/http-check.sh

build: restore
	dotnet build VendorAdvisor.sln -c Release --nologo --no-restore

restore: shim
	dotnet restore VendorAdvisor.sln --nologo

shim:
	scripts/build-shim.sh

pg-up:
	scripts/pg.sh up

pg-down:
	scripts/pg.sh down

format:
	dotnet format VendorAdvisor.sln --no-restore

format-check: restore
	dotnet format VendorAdvisor.sln --verify-no-changes --no-restore

bench: restore
	dotnet run -c Release --project tests/VendorAdvisor.Benchmarks -- --filter '*'

bench-api: restore
	scripts/bench-recommendations.sh

bench-audit: restore
	scripts/bench-audit-feed.sh

bench-startup: restore pg-up
	scripts/bench-startup.sh

bench-portfolio: restore
	scripts/bench-portfolio.sh

bench-overload: restore
	scripts/bench-overload.sh

bench-tenants: restore
	scripts/bench-tenants.sh

# Two PostgreSQL clusters, two API nodes and nginx on loopback (see README, Deployment).
fleet-up: restore
	scripts/fleet.sh up

fleet-check: restore
	scripts/fleet.sh check

fleet-bench: restore
	scripts/fleet.sh bench

fleet-down:
	scripts/fleet.sh down

clean:
	dotnet clean VendorAdvisor.sln --nologo -v q
	rm -rf .test-results .shim-feed http/node_modules
