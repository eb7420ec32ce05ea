// Drives Swagger UI in Debian's headless Chromium as a person would: open /swagger, authorize with a key,
// execute GET /v1/me ("Try it out", "Execute") and read the status the page shows.
//   node tools/swagger-ui.mjs <base url> <api key>
// Prints one line per check and, last, "swagger-ui: N passed, N failed".
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [baseUrl, apiKey] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "va-chromium-"));
let passed = 0;
let failed = 0;
let stopped = false;
async function step(name, body) {
  if (stopped) { failed++; console.log(`FAIL ${name}: not reached`); return; }
  try {
    const ok = await body();
    ok ? passed++ : failed++;
    console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
  } catch (error) {
    failed++;
    stopped = true;
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
  }
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  // As root (CI) Chromium needs --no-sandbox; the rest keeps it from reaching out to the network on its own.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(30_000);
  const operation = page.locator("#operations-Callers-WhoAmI");

  await step("Swagger UI shows the document", async () => {
    await page.goto(`${baseUrl}/swagger/index.html`);
    const title = page.locator(".swagger-ui .info .title");
    await title.waitFor();
    return (await title.innerText()).includes("VendorAdvisor");
  });
  await step("the Authorize dialog takes the key", async () => {
    await page.locator(".auth-wrapper button.authorize").first().click();
    const dialog = page.locator(".dialog-ux .modal-ux");
    await dialog.locator("input").first().fill(apiKey);
    await dialog.locator("button.authorize").click();
    // Once authorized, the dialog offers to log out instead.
    await dialog.locator("button", { hasText: "Logout" }).waitFor();
    await dialog.locator("button.btn-done").click();
    return true;
  });
  await step("GET /v1/me executed from the page answers 200", async () => {
    await operation.locator(".opblock-summary").first().click();
    await operation.locator("button.try-out__btn").click();
    await operation.locator("button.execute").click();
    const status = operation.locator(".live-responses-table tbody .response-col_status").first();
    await status.waitFor();
    const shown = (await status.innerText()).trim();
    console.log(`     the page shows status ${shown}`);
    return shown.startsWith("200");
  });
  await step("the page shows the caller's role from the response body", async () =>
    (await operation.locator(".live-responses-table .response-col_description pre").first().innerText()).includes("\"consultant\""));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`swagger-ui: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
