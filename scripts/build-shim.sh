#!/usr/bin/env bash
# Packs the restore shim for Marten (see build/shim) into the folder feed that nuget.config names.
# Idempotent: does nothing when the package is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
feed=.shim-feed
pkg="$feed/Patched.DistributedLock.Postgres.1.3.3.nupkg"
mkdir -p "$feed"
if [ -f "$pkg" ]; then exit 0; fi
dotnet pack build/shim/Patched.DistributedLock.Postgres.csproj -c Release -o "$feed" --nologo -v quiet
# A package cached from an earlier, different feed would shadow ours: drop it so NuGet re-reads the feed.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/patched.distributedlock.postgres"
ls "$feed"/*.nupkg >/dev/null
