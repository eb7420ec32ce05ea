// An integrator's scenario with a TypeScript client generated from the live OpenAPI document
// (openapi-typescript for the types, openapi-fetch for the calls), type-checked by tsc before it runs:
//   node dist/scenario.js <base url> <system administrator key>
// Prints one line per step and, last, "typescript: N passed, N failed".
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

type Problem = components["schemas"]["ProblemDetails"];
type ValidationProblem = components["schemas"]["ValidationProblemDetails"];

const [baseUrl, systemAdminKey] = process.argv.slice(2);
if (!baseUrl || !systemAdminKey) {
  console.error("usage: node dist/scenario.js <base url> <system administrator key>");
  process.exit(2);
}

// The media types this client reads: an operation that can also answer NDJSON (the audit feed's export, portfolio
// impact) then types `data` as its JSON answer, not as the union with an NDJSON line.
type Media = "application/json" | "application/problem+json";
const client = (key: string) => createClient<paths, Media>({ baseUrl, headers: { "X-Api-Key": key } });
let passed = 0;
let failed = 0;

async function step(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function expect(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(what);
}

function ok<T>(result: { data?: T; error?: unknown; response: Response }, status: number): T {
  expect(result.response.status === status, `expected ${status}, got ${result.response.status}: ${JSON.stringify(result.error)}`);
  expect(result.data !== undefined, "no body");
  return result.data;
}

function problem(result: { error?: Problem | ValidationProblem; response: Response }, status: number): Problem {
  expect(result.response.status === status, `expected ${status}, got ${result.response.status}`);
  expect(result.response.headers.get("content-type")?.startsWith("application/problem+json") === true, "problem+json");
  expect(result.error !== undefined && result.error.status === status, "a problem body with its status");
  return result.error;
}

const admin = client(systemAdminKey);
const tenantId = `t-ts-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let consultant = admin;
let auditor = admin;
let profileId = "";
let etag = "";
let created: components["schemas"]["ProfileResponse"] | undefined;
let recommendationId = "";

await step("tenant and keys", async () => {
  ok(await admin.POST("/v1/admin/tenants", { body: { id: tenantId, name: `Client check ${tenantId}` } }), 201);
  const issue = async (name: string, role: components["schemas"]["KeyRole"]) =>
    ok(await admin.POST("/v1/admin/tenants/{tenantId}/keys", { params: { path: { tenantId } }, body: { name, role } }), 201).key;
  consultant = client(await issue("integrator (consultant)", "consultant"));
  auditor = client(await issue("integrator (auditor)", "auditor"));
  expect(ok(await consultant.GET("/v1/me"), 200).role === "consultant", "who am I");
});

await step("create a profile: 201 with Location and ETag", async () => {
  const result = await consultant.POST("/v1/profiles", {
    body: {
      name: "Global pharmaceutical group",
      sector: "pharmaceuticals",
      origin: "multinational",
      regions: ["mainland-china", "global"],
      existingClouds: ["aws"],
      dataCategories: ["personal-information", "important-data"],
      crossBorderTransfer: true,
      latencySensitivity: "low",
      geopoliticalRiskSensitivity: "high",
    },
  });
  created = ok(result, 201);
  profileId = created.id;
  expect(result.response.headers.get("location") === `/v1/profiles/${profileId}`, "Location");
  expect(result.response.headers.get("etag") === '"1"', "ETag");
  expect(created.profile.priceSensitivity === "medium", "an unset sensitivity takes the server's default");
});

await step("read it with its ETag", async () => {
  const result = await consultant.GET("/v1/profiles/{profileId}", { params: { path: { profileId } } });
  expect(ok(result, 200).profile.origin === "multinational", "origin");
  etag = result.response.headers.get("etag") ?? "";
  expect(etag === '"1"', `ETag ${etag}`);
});

await step("PATCH one field: nothing else changes", async () => {
  const result = await consultant.PATCH("/v1/profiles/{profileId}", {
    params: { path: { profileId }, header: { "If-Match": etag } },
    body: { priceSensitivity: "high" },
  });
  const after = ok(result, 200).profile;
  expect(created !== undefined, "created");
  const expected = { ...created.profile, priceSensitivity: "high" };
  expect(JSON.stringify(after) === JSON.stringify(expected), `changed more than one field: ${JSON.stringify(after)}`);
  etag = result.response.headers.get("etag") ?? "";
  expect(etag === '"2"', "new ETag");
});

await step("issue a recommendation, and retry it idempotently", async () => {
  const options = { params: { path: { profileId }, header: { "Idempotency-Key": crypto.randomUUID() } } };
  const first = ok(await consultant.POST("/v1/profiles/{profileId}/recommendations", options), 201);
  recommendationId = first.id;
  expect(first.ranking.length > 0 && first.hash.length === 64, "a ranking and a hash");
  const retry = await consultant.POST("/v1/profiles/{profileId}/recommendations", options);
  expect(retry.response.headers.get("idempotent-replayed") === "true", "Idempotent-Replayed");
  expect(ok(retry, 201).id === recommendationId, "the same recommendation");
});

await step("history of the profile (auditor)", async () => {
  const page = ok(await auditor.GET("/v1/profiles/{profileId}/events", { params: { path: { profileId } } }), 200);
  expect(page.items.length >= 3, `created, changed, issued: got ${page.items.length}`);
  expect(page.items.some((item) => item.actor === "integrator (consultant)"), "the actor is the key's name");
});

await step("what-if without storing", async () => {
  const result = ok(await consultant.POST("/v1/evaluate", {
    body: { name: "What if it were domestic", sector: "pharmaceuticals", origin: "domestic", samples: 500 },
  }), 200);
  expect(result.ranking.length + result.excluded.length === 4, "four vendors ranked or excluded");
  const list = ok(await consultant.GET("/v1/profiles/{profileId}/recommendations", { params: { path: { profileId } } }), 200);
  expect(list.items.length === 1, "nothing stored");
});

await step("portfolio impact of a proposed override, read as JSON", async () => {
  const impact = ok(await consultant.POST("/v1/portfolio/impact", {
    body: { overrides: [{ vendor: "tencent-cloud", criterion: "latency", score: 2 }] },
  }), 200);
  expect(impact.totals.profiles === 1, "the one active profile re-scored");
  expect(impact.complete, "every changed profile listed");
});

await step("replay the recommendation (auditor)", async () => {
  const replay = ok(await auditor.POST("/v1/recommendations/{recommendationId}/replay", { params: { path: { recommendationId } } }), 200);
  expect(replay.identical, "identical");
});

await step("audit feed (auditor)", async () => {
  const feed = ok(await auditor.GET("/v1/audit/events", { params: { query: { stream: profileId, limit: 100 } } }), 200);
  expect(feed.items.length >= 3, "the profile's events in the tenant feed");
});

await step("400 reads as a validation problem naming the field", async () => {
  const result = await consultant.POST("/v1/profiles", { body: { name: " ", sector: "retail", origin: "domestic" } });
  const body = problem(result, 400) as ValidationProblem;
  expect(body.errors.some((error) => error.name === "name"), "errors name 'name'");
});

await step("404 reads as a problem", async () => {
  problem(await consultant.GET("/v1/profiles/{profileId}", { params: { path: { profileId: crypto.randomUUID() } } }), 404);
});

await step("412 on a stale ETag", async () => {
  const result = await consultant.PATCH("/v1/profiles/{profileId}", {
    params: { path: { profileId }, header: { "If-Match": '"1"' } },
    body: { description: "stale" },
  });
  // The current ETag: the PATCH made it "2", and the recommendation issued since (the body counts it) "3".
  expect(problem(result, 412).detail?.includes('"3"') === true, "names the current version");
});

await step("428 without If-Match", async () => {
  problem(await consultant.PATCH("/v1/profiles/{profileId}", { params: { path: { profileId } }, body: { description: "blind" } }), 428);
});

await step("429 with Retry-After once the key's allowance is spent", async () => {
  for (let attempt = 0; attempt < 500; attempt++) {
    const result = await consultant.GET("/v1/me");
    if (result.response.status === 429) {
      problem(result, 429);
      expect(Number(result.response.headers.get("retry-after")) > 0, "Retry-After");
      return;
    }
  }
  throw new Error("no 429 after 500 requests");
});

console.log(`typescript: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
