-- wrk script used by scripts/fleet/bench.sh. Run with as many threads as connections (wrk -t N -c N): each
-- thread is one sequential worker posting to its own target, taken round-robin from BENCH_TARGETS
-- ("path|key,path|key,..."), so each worker has its own tenant, key and profile. The body is BENCH_BODY.
-- done() prints one line starting with RESULT.
local targets = {}
for t in string.gmatch(os.getenv("BENCH_TARGETS") or "/|", "[^,]+") do
  local path, key = string.match(t, "([^|]*)|(.*)")
  targets[#targets + 1] = { path = path, key = key }
end
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  local target = targets[((#threads - 1) % #targets) + 1]
  thread:set("path", target.path)
  thread:set("key", target.key)
end

function init(args)
  statuses = {}
  req = wrk.format("POST", path, { ["X-Api-Key"] = key, ["Content-Type"] = "application/json" }, os.getenv("BENCH_BODY") or "{}")
end

function request()
  return req
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts, total, created = {}, 0, 0
  for _, t in ipairs(threads) do
    for s, n in pairs(t:get("statuses") or {}) do counts[s] = (counts[s] or 0) + n end
  end
  local parts = {}
  for s, n in pairs(counts) do
    total = total + n
    parts[#parts + 1] = s .. ":" .. n
  end
  created = counts[201] or 0
  io.write(string.format("RESULT created_per_s=%.1f responses=%d p50_ms=%.1f p99_ms=%.1f statuses=%s\n",
    created / (summary.duration / 1e6), total, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    table.concat(parts, ",")))
end
