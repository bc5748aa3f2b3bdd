-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for bench/run.sh: POSTs a fixed OpenAI-style chat request.
-- Everything comes from the environment so one script serves every leg/mode:
--   BENCH_BODY   request body (JSON)
--   BENCH_TOKEN  bearer token for the Authorization header
--   BENCH_PACE_MS  optional: milliseconds each connection waits before each request
-- The request is set once through wrk.method/body/headers (no request()
-- callback), so wrk pre-builds it and the load generator stays cheap.
-- done() prints one machine-readable line that run.sh parses; latencies are
-- taken from the same histogram wrk uses for its --latency distribution (µs).

wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY") or '{"model":"bench","messages":[{"role":"user","content":"Say hello"}]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or "sy-bench-token")

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "BENCH_RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d mean_us=%.1f max_us=%d " ..
      "non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, summary.duration,
      latency:percentile(50), latency:percentile(99), latency.mean, latency.max,
      e.status, e.connect, e.read, e.write, e.timeout))
end

-- BENCH_PACE_MS: a steady offered load. Each connection waits that long before each request, so the
-- rate is about connections * 1000 / (BENCH_PACE_MS + latency in ms), instead of as fast as it goes.
local pace = tonumber(os.getenv("BENCH_PACE_MS") or "")
if pace and pace > 0 then
   function delay()
      return pace
   end
end
