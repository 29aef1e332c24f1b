// Lighthouse (pinned in package.json) on pages of a served site, in one Chromium and one Node process:
// loading Lighthouse takes longer than auditing a page, so the pages share it.
//
//   CHROME_PATH=/usr/bin/chromium node tests/browser/lighthouse.mjs BASE_URL CATEGORIES PATH...
//
// CATEGORIES is a comma-separated list (accessibility,best-practices,seo,performance). Prints one JSON
// object: for every path, each category's score (0-100), the scored audits that did not pass (with up to
// five of the elements or addresses they name) and, with performance, its metrics in milliseconds.
// Chromium resolves no host but the local server's, so nothing from elsewhere counts in or against a page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                 "cumulative-layout-shift", "speed-index"];
const [base, categories, ...paths] = process.argv.slice(2);
const host = new URL(base).hostname;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${host}`],
});

const where = audit => ((audit.details && audit.details.items) || []).slice(0, 5)
  .map(item => (item.node && item.node.selector) || item.url || item.source || item.description || "")
  .filter(Boolean);

// Without performance nothing is timed: no waiting for the network and the processor to fall quiet after
// the load (the page is loaded by then: it is served from this machine) and no screenshot.
const wanted = categories.split(",");
const quick = { pauseAfterFcpMs: 0, pauseAfterLoadMs: 0, networkQuietThresholdMs: 0, cpuQuietThresholdMs: 0,
                disableFullPageScreenshot: true };
const config = { extends: "lighthouse:default", settings: wanted.includes("performance") ? {} : quick };

const results = {};
try {
  for (const path of paths) {
    const { lhr } = await lighthouse(base + path, {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: wanted,
    }, config);
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const page = { scores: {}, failing: [], metrics: {} };
    for (const [id, category] of Object.entries(lhr.categories)) {
      page.scores[id] = Math.round(category.score * 100);
      if (id === "performance") continue;  // measured, not required: its audits are the metrics below
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          const named = where(audit);
          page.failing.push(`${id}: ${ref.id} (${audit.title})${named.length ? ": " + named.join(", ") : ""}`);
        }
      }
    }
    for (const id of METRICS) if (lhr.audits[id]) page.metrics[id] = lhr.audits[id].numericValue;
    results[path] = page;
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results) + "\n");
