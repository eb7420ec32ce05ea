-- wrk script used by scripts/bench-recommendations.sh.
-- Every connection of a thread sends BENCH_METHOD (default POST) with body BENCH_BODY and the key BENCH_KEY
-- to the paths of BENCH_PATHS (comma-separated), round-robin: thread t of T takes paths t, t+T, t+2T, ...
-- so 64 paths over 2 threads and 16 connections spread the load over 64 profiles.
-- done() prints one machine-readable line starting with RESULT (latencies in ms), with every status counted.

local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "[^,]+") do paths[#paths + 1] = p end
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("index", #threads)
end

function init(args)
  statuses = {}
  local method = os.getenv("BENCH_METHOD") or "POST"
  local headers = { ["X-Api-Key"] = os.getenv("BENCH_KEY") }
  local body = nil
  if method ~= "GET" then
    headers["Content-Type"] = "application/json"
    body = os.getenv("BENCH_BODY") or "{}"
  end
  local count = tonumber(os.getenv("BENCH_THREADS") or "1")
  requests = {}
  for i = index, #paths, count do
    requests[#requests + 1] = wrk.format(method, paths[i], headers, body)
  end
  if #requests == 0 then requests[1] = wrk.format(method, paths[1], headers, body) end
  next_request = 0
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts, total, ok, codes = {}, 0, 0, {}
  for _, t in ipairs(threads) do
    for s, n in pairs(t:get("statuses") or {}) do counts[s] = (counts[s] or 0) + n end
  end
  for s, n in pairs(counts) do
    total = total + n
    if s >= 200 and s < 300 then ok = ok + n end
    codes[#codes + 1] = s
  end
  table.sort(codes)
  local parts = {}
  for _, s in ipairs(codes) do parts[#parts + 1] = s .. ":" .. counts[s] end
  local e = summary.errors
  io.write(string.format(
    "RESULT responses=%d seconds=%.3f rps=%.2f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d statuses=%s\n",
    total, summary.duration / 1e6, total / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    total - ok, e.connect + e.read + e.write + e.timeout,
    #parts > 0 and table.concat(parts, ",") or "none"))
end
