// Drives whatif.html in headless Chromium (scripts/check-whatif): moves weights through the page's
// controls, exports the overlay, and compares the page with `qqhi compute --weights` on it.
"use strict";
const { chromium } = require("playwright-core");
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const env = process.env;
const fail = (msg) => { console.error("check-whatif: " + msg); process.exit(1); };

function csv(file) {
  const lines = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split("\n");
  const head = lines[0].split(",");
  return lines.slice(1).map((l) => { const c = l.split(","); const o = {}; head.forEach((h, i) => { o[h] = c[i]; }); return o; });
}

async function rows(page) {
  return page.$$eval("tr[data-unit]", (trs) => trs.map((t) => ({
    pool: t.dataset.pool, unit: t.dataset.unit, rank: Number(t.dataset.rank), score: t.dataset.score })));
}

// the page against `qqhi compute --weights FILE` (index scores to 1e-9, ranks equal)
function compare(label, shown, weightsFile) {
  const out = path.join(env.WORK, "cli-" + label);
  const args = ["compute", "--out", out, "--quiet"];
  if (weightsFile) args.push("--weights", weightsFile);
  execFileSync(env.QQHI, args, { stdio: ["ignore", "ignore", "inherit"] });
  const cli = {};
  for (const r of csv(path.join(out, "scores.csv"))) if (r.level === "0") cli[r.pool + "/" + r.unit] = r;
  if (shown.length !== Object.keys(cli).length) fail(label + ": the page shows " + shown.length + " places, compute " + Object.keys(cli).length);
  let worst = 0;
  for (const s of shown) {
    const c = cli[s.pool + "/" + s.unit];
    if (!c) fail(label + ": " + s.unit + " is not in compute's scores");
    const a = s.score === "" ? NaN : Number(s.score), b = c.score === "" ? NaN : Number(c.score);
    if (isNaN(a) !== isNaN(b)) fail(label + ": " + s.unit + " scored " + s.score + " in the page, " + c.score + " by compute");
    if (!isNaN(a)) worst = Math.max(worst, Math.abs(a - b));
    const rank = c.rank === "" ? 0 : Number(c.rank);
    if (rank !== s.rank) fail(label + ": " + s.unit + " ranked " + s.rank + " in the page, " + rank + " by compute");
  }
  if (worst > 1e-9) fail(label + ": scores differ by up to " + worst);
  console.log("check-whatif: " + label + ": " + shown.length + " places, scores within " + worst.toExponential(1) + ", ranks equal");
}

(async () => {
  const browser = await chromium.launch({ executablePath: env.BROWSER, args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) errors.push("request " + r.url()); });
  await page.goto("file://" + env.PAGE);
  if (env.SHOTS) await page.screenshot({ path: path.join(env.SHOTS, "whatif-before.png"), fullPage: true });

  // as published: the page equals compute with the framework's own weights
  compare("as-published", await rows(page), null);

  // the first control is the first level-1 node's slider; set it and a level-2 number field
  const first = await page.$("input[data-node]");
  const node = await first.getAttribute("data-node");
  await first.fill("0.6");
  const sub = await page.$$("div.w.sub input[type=number]");
  await sub[1].fill("0.9");
  const moved = await rows(page);
  const download = page.waitForEvent("download");
  await page.click("#export-weights");
  const file = path.join(env.WORK, "weights.yaml");
  await (await download).saveAs(file);
  if (!fs.readFileSync(file, "utf8").includes('"' + node + '": 0.6')) fail("the overlay does not carry " + node + " = 0.6");
  compare("moved", moved, file);
  if (env.SHOTS) await page.screenshot({ path: path.join(env.SHOTS, "whatif-after.png"), fullPage: true });

  // weights summing to 0 at the top: a message, and the last valid result stays
  const tops = await page.$$("div.w.top input[type=number]");
  for (const t of tops.slice(0, -1)) await t.fill("0");
  const before = await rows(page);
  await tops[tops.length - 1].fill("0");
  const message = await page.textContent("#message");
  if (!message.includes("之和为0")) fail("no message for weights summing to 0: " + message);
  const kept = await rows(page);
  if (JSON.stringify(kept) !== JSON.stringify(before)) fail("the result changed on weights summing to 0");

  // one recomputation, timed in the page: the first slider's input handler, 25 times
  await page.click("#reset");
  const ms = await page.evaluate(() => {
    const el = document.querySelector("input[data-node]");
    const times = [];
    for (let k = 0; k < 25; k++) {
      el.value = String(0.2 + k / 50);
      const t0 = performance.now();
      el.dispatchEvent(new Event("input"));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[12];
  });
  console.log("check-whatif: one recomputation " + ms.toFixed(2) + " ms (median of 25)");
  if (errors.length) fail("console or network: " + errors.join(" | "));
  await browser.close();
  console.log("check-whatif: ok");
})().catch((e) => fail(String(e && e.stack || e)));
