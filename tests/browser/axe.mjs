// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on an HTML file in Debian's headless Chromium.
// Usage: node axe.mjs REPORT.html [SCREENSHOT.png]
// Prints a JSON summary on stdout; exits 1 when there are violations, 2 on a setup error.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const [file, screenshot] = process.argv.slice(2);
if (!file) {
  console.error("usage: node axe.mjs REPORT.html [SCREENSHOT.png]");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  // The report forbids scripts with its Content-Security-Policy; axe is injected by the test
  // harness only, so the page's own policy is bypassed for this check.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const blocked = [];
  page.on("request", (req) => {
    if (!req.url().startsWith("file:") && !req.url().startsWith("data:")) blocked.push(req.url());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  const results = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
  console.log(JSON.stringify({ violations, passes: results.passes.length, external_requests: blocked }, null, 2));
  process.exit(violations.length > 0 || blocked.length > 0 ? 1 : 0);
} finally {
  await browser.close();
}
