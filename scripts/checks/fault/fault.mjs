// Drives the API with idempotent writes while PostgreSQL is stopped and restarted, then checks the store.
// Every logical write (a profile, or a recommendation) has its own Idempotency-Key and is retried with
// the same key and body until it is acknowledged (201). Run by scripts/checks/90-fault.sh.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

const api = process.env.FAULT_API;
const adminKey = process.env.FAULT_ADMIN_KEY;
const writers = 6;
const loadBeforeMs = 4000, outageMs = 6000, loadAfterMs = 4000, giveUpMs = 60000;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const now = () => performance.now();

const stats = { sent: 0, status: {}, nonProblem: [], fiveHundreds: [], retryAfterMissing: 0, replayed: 0, outage503: 0 };

async function call(method, path, key, body, headers = {}) {
  stats.sent++;
  let response;
  try {
    response = await fetch(api + path, {
      method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'X-Api-Key': key, 'Accept': 'text/html', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      signal: AbortSignal.timeout(30000),
    });
  } catch (error) {
    stats.status.network = (stats.status.network ?? 0) + 1;
    return { status: 0, error: String(error) };
  }
  const text = await response.text();
  stats.status[response.status] = (stats.status[response.status] ?? 0) + 1;
  if (response.status >= 400) {
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) stats.nonProblem.push(`${method} ${path} ${response.status} ${type}`);
    if (response.status >= 500 && response.status !== 503) stats.fiveHundreds.push(`${method} ${path} ${response.status} ${text.slice(0, 200)}`);
    if (response.status === 503) {
      stats.outage503++;
      if (!(Number(response.headers.get('retry-after')) > 0)) stats.retryAfterMissing++;
    }
  }
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* checked above for errors */ }
  return { status: response.status, json, replayed: response.headers.get('idempotent-replayed') === 'true' };
}

const tenant = 'fault-' + randomUUID().slice(0, 8);
await call('POST', '/v1/admin/tenants', adminKey, { id: tenant, name: 'Fault check' });
const key = (await call('POST', `/v1/admin/tenants/${tenant}/keys`, adminKey, { name: 'fault-writer', role: 'consultant' })).json.key;
const target = (await call('POST', '/v1/profiles', key, { name: 'Recommendation target', sector: 'gaming', origin: 'domestic' })).json.id;

const acknowledged = { profiles: [], recommendations: [] };
const unfinished = [];
let stopping = false, restartedAt = null, firstSuccessAfterRestart = null;

async function write(kind) {
  const idempotencyKey = randomUUID();
  const name = `fault ${idempotencyKey}`;
  const [path, body] = kind === 'profiles'
    ? ['/v1/profiles', { name, sector: 'retail', origin: 'domestic' }]
    : [`/v1/profiles/${target}/recommendations`, { samples: 0, seed: 7 }];
  const started = now();
  while (now() - started < giveUpMs) {
    const answer = await call('POST', path, key, body, { 'Idempotency-Key': idempotencyKey });
    if (answer.status === 201) {
      if (answer.replayed) stats.replayed++;
      if (restartedAt !== null && firstSuccessAfterRestart === null) firstSuccessAfterRestart = now() - restartedAt;
      acknowledged[kind].push({ idempotencyKey, name, id: answer.json.id });
      return;
    }
    if (answer.status !== 503 && answer.status !== 0) break; // anything else is a failure, counted above
    await sleep(200);
  }
  unfinished.push({ kind, idempotencyKey });
}

async function writer(index) {
  while (!stopping) await write(index % 2 === 0 ? 'profiles' : 'recommendations');
}

const pg = command => execFileSync('bash', [process.env.FAULT_PG, command], { env: { ...process.env, VA_PG_PORT: process.env.FAULT_PG_PORT }, stdio: 'ignore' });
const running = Array.from({ length: writers }, (_, i) => writer(i));
await sleep(loadBeforeMs);
pg('down');
const downAt = now();
await sleep(outageMs);
pg('up');
restartedAt = now();
const outageSeconds = (restartedAt - downAt) / 1000;
await sleep(loadAfterMs);
stopping = true;
await Promise.all(running);

// Nothing acknowledged is lost: every acknowledged id reads back.
let lost = 0;
for (const kind of ['profiles', 'recommendations']) {
  for (const write of acknowledged[kind]) {
    const path = kind === 'profiles' ? `/v1/profiles/${write.id}` : `/v1/recommendations/${write.id}`;
    if ((await call('GET', path, key)).status !== 200) lost++;
  }
}
// Nothing is created twice: one profile_created event per key's name, one recommendation per acknowledged key.
const sql = query => execFileSync(process.env.FAULT_PSQL, ['-h', '127.0.0.1', '-p', process.env.FAULT_PG_PORT, '-U', 'vendoradvisor',
  '-d', process.env.FAULT_PG_DATABASE, '-Atc', query], { env: { ...process.env, PGPASSWORD: 'vendoradvisor' } }).toString().trim();
const duplicateProfiles = Number(sql(`select count(*) from (select data->'profile'->>'name' from vendoradvisor.mt_events
  where tenant_id = '${tenant}' and type = 'profile_created' and data->'profile'->>'name' like 'fault %' group by 1 having count(*) > 1) d`));
const storedRecommendations = Number(sql(`select count(*) from vendoradvisor.mt_events where tenant_id = '${tenant}' and type = 'recommendation_issued'`));
const storedProfiles = Number(sql(`select count(*) from vendoradvisor.mt_events where tenant_id = '${tenant}' and type = 'profile_created' and data->'profile'->>'name' like 'fault %'`));
const duplicateRecommendations = storedRecommendations - acknowledged.recommendations.length;
const duplicateIds = ['profiles', 'recommendations'].reduce((n, kind) => n + acknowledged[kind].length - new Set(acknowledged[kind].map(w => w.id)).size, 0);

const checks = [
  ['the outage was answered 503 problem details', stats.outage503 > 0],
  ['every 503 carried Retry-After', stats.retryAfterMissing === 0],
  ['no other 5xx', stats.fiveHundreds.length === 0],
  ['every error was problem+json (Accept: text/html)', stats.nonProblem.length === 0],
  ['no acknowledged write lost', lost === 0],
  ['no profile created twice', duplicateProfiles === 0 && storedProfiles === acknowledged.profiles.length],
  ['no recommendation issued twice', duplicateRecommendations === 0],
  ['each key answered one id', duplicateIds === 0],
  ['every write was acknowledged in the end', unfinished.length === 0],
  ['writes succeed again within 5 s of the restart', firstSuccessAfterRestart !== null && firstSuccessAfterRestart < 5000],
];
console.log(`fault: PostgreSQL down ${outageSeconds.toFixed(1)} s under ${writers} writers; ${stats.sent} requests sent; statuses ${JSON.stringify(stats.status)}`);
console.log(`fault: acknowledged ${acknowledged.profiles.length} profiles (${storedProfiles} stored) and ${acknowledged.recommendations.length} recommendations ` +
  `(${storedRecommendations} stored); ${stats.replayed} acknowledged by replay; lost ${lost}; duplicates ${duplicateProfiles + Math.max(0, duplicateRecommendations)}; ` +
  `unfinished ${unfinished.length}; first success ${firstSuccessAfterRestart === null ? 'never' : (firstSuccessAfterRestart / 1000).toFixed(2) + ' s'} after the restart`);
for (const line of [...stats.fiveHundreds, ...stats.nonProblem].slice(0, 10)) console.log(`fault:   ${line}`);
let passed = 0, failed = 0;
for (const [name, ok] of checks) {
  console.log(`fault: ${ok ? 'ok' : 'FAILED'}: ${name}`);
  ok ? passed++ : failed++;
}
console.log(`fault: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
