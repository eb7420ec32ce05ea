-- wrk script used by scripts/bench-overload.sh: every connection sends BENCH_BODY to BENCH_PATH with the key
-- BENCH_KEY, back to back. Each answer is tallied by status, and its Server-Timing header read: the server's own
-- measure of how long the request waited for admission (queue) and then took from admission to the start of its
-- answer (app), free of the client's queueing on a shared machine. done() prints one line starting with RESULT
-- (durations in ms): admitted (200) latency as the server saw it (queue + app), the time a 503 took to be
-- refused, and wrk's own client-side latency over every answer for comparison.
-- BENCH_RETRY_AFTER=1: clients that obey Retry-After. After each 503 one request of the thread waits that long
-- before it is sent (wrk cannot tell which connection asks; with every connection of a thread alike, the number
-- of clients waiting is the same).

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  statuses, admitted, admitted_queue, shed, untimed, no_retry_after, pending_ms = {}, {}, {}, {}, 0, 0, {}
  local headers = { ["X-Api-Key"] = os.getenv("BENCH_KEY"), ["Content-Type"] = "application/json" }
  prepared = wrk.format("POST", os.getenv("BENCH_PATH"), headers, os.getenv("BENCH_BODY"))
end

if os.getenv("BENCH_RETRY_AFTER") == "1" then
  function delay()
    if pending_ms and #pending_ms > 0 then return table.remove(pending_ms) end
    return 0
  end
end

function request()
  return prepared
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local timing = headers["Server-Timing"] or ""
  local queue = tonumber(string.match(timing, "queue;dur=([%d%.]+)"))
  local app = tonumber(string.match(timing, "app;dur=([%d%.]+)"))
  if status == 200 and queue and app then
    admitted[#admitted + 1] = queue + app
    admitted_queue[#admitted_queue + 1] = queue
  elseif status == 503 and queue then
    shed[#shed + 1] = queue
    local retry_after = tonumber(headers["Retry-After"])
    if retry_after then pending_ms[#pending_ms + 1] = retry_after * 1000 else no_retry_after = no_retry_after + 1 end
  else
    untimed = untimed + 1
  end
end

local function gather(name)
  local all = {}
  for _, t in ipairs(threads) do
    for _, v in ipairs(t:get(name) or {}) do all[#all + 1] = v end
  end
  table.sort(all)
  return all
end

local function pct(sorted, p)
  if #sorted == 0 then return -1 end
  return sorted[math.min(#sorted, math.floor(#sorted * p) + 1)]
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local counts, total, untimed_all, missing = {}, 0, 0, 0
  for _, t in ipairs(threads) do
    for s, n in pairs(t:get("statuses") or {}) do counts[s] = (counts[s] or 0) + n; total = total + n end
    untimed_all = untimed_all + (t:get("untimed") or 0)
    missing = missing + (t:get("no_retry_after") or 0)
  end
  local codes, parts = {}, {}
  for s in pairs(counts) do codes[#codes + 1] = s end
  table.sort(codes)
  for _, s in ipairs(codes) do parts[#parts + 1] = s .. ":" .. counts[s] end
  local admitted, queued, shed = gather("admitted"), gather("admitted_queue"), gather("shed")
  local e = summary.errors
  io.write(string.format(
    "RESULT seconds=%.3f offered=%.1f admitted=%.1f shed_share=%.1f admitted_p50=%.2f admitted_p99=%.2f queue_p99=%.2f " ..
    "shed_p50=%.2f shed_p99=%.2f client_p50=%.2f client_p99=%.2f statuses=%s untimed=%d no_retry_after=%d socket_errors=%d\n",
    seconds, total / seconds, (counts[200] or 0) / seconds, total > 0 and 100 * (counts[503] or 0) / total or 0,
    pct(admitted, 0.5), pct(admitted, 0.99), pct(queued, 0.99), pct(shed, 0.5), pct(shed, 0.99),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    #parts > 0 and table.concat(parts, ",") or "none", untimed_all, missing,
    e.connect + e.read + e.write + e.timeout))
end
