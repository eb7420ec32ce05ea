// Overload probe: C connections each sending back-to-back what-if evaluations (CPU-bound) for D seconds,
// reporting admitted (200) and shed (503) requests separately, so load shedding can be judged by the
// latency of what was admitted. Usage: API=http://127.0.0.1:5080 KEY=<consultant key> node overload.mjs 24 10
const [connections = 24, seconds = 10] = process.argv.slice(2).map(Number);
const api = process.env.API, key = process.env.KEY;
const body = JSON.stringify({ name: 'What if', sector: 'gaming', origin: 'multinational', samples: 2000 });
const results = {};
const deadline = performance.now() + seconds * 1000;
async function loop() {
  while (performance.now() < deadline) {
    const started = performance.now();
    let status;
    try {
      const response = await fetch(`${api}/v1/evaluate`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'X-Api-Key': key } });
      await response.arrayBuffer();
      status = response.status;
      if (status === 503 && !response.headers.get('retry-after')) status = '503 without Retry-After';
    } catch { status = 'network'; }
    (results[status] ??= []).push(performance.now() - started);
  }
}
await Promise.all(Array.from({ length: connections }, loop));
const pct = (values, p) => values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))].toFixed(1);
const summary = Object.entries(results).map(([status, values]) =>
  `${status}: ${values.length} (${(values.length / seconds).toFixed(0)}/s, p50 ${pct(values, 0.5)} ms, p99 ${pct(values, 0.99)} ms)`).join('; ');
console.log(`${connections} connections, ${seconds} s: ${summary}`);
