-- wrk script used by scripts/bench-recommendations.sh.
-- Run with as many threads as connections (wrk -t N -c N): each thread then owns exactly one connection,
-- i.e. one sequential worker, and posts to its own path, taken round-robin from BENCH_PATHS (a
-- comma-separated list). One path for all workers = every request on one profile's event stream; N paths
-- = one profile per worker. The body is BENCH_BODY, the API key BENCH_KEY.
-- done() prints one machine-readable line starting with RESULT (latencies in ms), with every status counted.

local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "[^,]+") do paths[#paths + 1] = p end
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("path", paths[((#threads - 1) % #paths) + 1])
end

function init(args)
  statuses = {}
  req = wrk.format("POST", path,
    { ["X-Api-Key"] = os.getenv("BENCH_KEY"), ["Content-Type"] = "application/json" },
    os.getenv("BENCH_BODY") or "{}")
end

function request()
  return req
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts, total, codes = {}, 0, {}
  for _, t in ipairs(threads) do
    for s, n in pairs(t:get("statuses") or {}) do counts[s] = (counts[s] or 0) + n end
  end
  for s, n in pairs(counts) do
    total = total + n
    codes[#codes + 1] = s
  end
  table.sort(codes)
  local parts = {}
  for _, s in ipairs(codes) do parts[#parts + 1] = s .. ":" .. counts[s] end
  local e = summary.errors
  io.write(string.format(
    "RESULT responses=%d seconds=%.3f rps=%.2f p50_ms=%.2f p99_ms=%.2f non201=%d socket_errors=%d statuses=%s\n",
    total, summary.duration / 1e6, total / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    total - (counts[201] or 0), e.connect + e.read + e.write + e.timeout,
    #parts > 0 and table.concat(parts, ",") or "none"))
end
