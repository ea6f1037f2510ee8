// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on every page of a built site in Debian's headless
// Chromium, and checks that no page scrolls sideways on a 390 px wide phone screen.
// Usage: node site.mjs SITE_DIR
// Prints a JSON summary on stdout; exits 1 when a page has violations, 2 on a setup error.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const [dir] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node site.mjs SITE_DIR");
  process.exit(2);
}
const pages = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".html")) pages.push(p);
  }
};
walk(dir);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const failures = [];
let passes = 0;
try {
  // The pages forbid scripts with their Content-Security-Policy; axe is injected by the test
  // harness only, so the policy is bypassed for this check.
  const desktop = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const blocked = [];
  for (const ctx of [desktop, phone]) {
    ctx.on("request", (req) => {
      if (!req.url().startsWith("file:") && !req.url().startsWith("data:")) blocked.push(req.url());
    });
  }
  const dpage = await desktop.newPage();
  const ppage = await phone.newPage();
  const cssErrors = [];
  ppage.on("console", (m) => { if (m.type() === "error") cssErrors.push(m.text()); });
  for (const file of pages) {
    const name = relative(dir, file);
    await dpage.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await dpage.addScriptTag({ content: axeSource });
    const results = await dpage.evaluate(async () =>
      // eslint-disable-next-line no-undef
      await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    );
    passes += results.passes.length;
    for (const v of results.violations) {
      failures.push({ page: name, id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) });
    }
    // The phone keeps the page's own CSP, so the stylesheet must load under it.
    await ppage.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const layout = await ppage.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
      styled: getComputedStyle(document.querySelector(".skip")).position === "absolute",
    }));
    if (layout.scroll > layout.width) failures.push({ page: name, id: "horizontal-scroll-390px", help: `page is ${layout.scroll}px wide on a ${layout.width}px screen` });
    if (!layout.styled) failures.push({ page: name, id: "stylesheet-not-applied", help: "site.css did not load under the page's CSP" });
  }
  console.log(JSON.stringify({ pages: pages.length, passes, violations: failures, external_requests: blocked, console_errors: cssErrors.slice(0, 5) }, null, 2));
  process.exit(failures.length > 0 || blocked.length > 0 || pages.length === 0 ? 1 : 0);
} finally {
  await browser.close();
}
