// Bench: two ways to make the project report PDF, on the same small report (tests/support/report-fixture.ts).
//
//   npx tsx bench/pdf-engines.ts        (BENCH_RUNS=10 for more warm runs)
//
//  (a) @react-pdf/renderer — what the app uses (lib/reports/pdf): layout and vector charts in
//      process, fonts embedded as subsets.
//  (b) headless Chromium through playwright-core printing equivalent HTML (the same sections, the
//      canvas Markdown rendered by the app's own Markdown component, charts as inline SVG, Noto
//      Sans loaded with @font-face, the canvas on a named landscape page).
// "Cold" is the first PDF of a fresh start: for react-pdf the first render in the process (fonts
// parsed), for Chromium browser launch + first page. "Warm" is the median of the next runs (a
// Chromium browser kept running, one new page per PDF). Sizes are of the last file.
import { register } from "node:module";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutablePath } from "../scripts/lib/chromium";

// lib/reports imports "server-only" (it must never reach a browser bundle); outside Next it is an empty module.
const EMPTY_SERVER_ONLY =
  "export async function resolve(s, c, next) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(s, c); }";
register(`data:text/javascript,${encodeURIComponent(EMPTY_SERVER_ONLY)}`);

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = path.resolve(import.meta.dirname, "..");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const pages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

type Row = { engine: string; cold: number; warm: number; bytes: number; pages: number; note: string };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function reportHtml() {
  const { createElement } = await import("react");
  const { renderToStaticMarkup } = await import("react-dom/server");
  const { MarkdownText } = await import("../components/markdown");
  const { sampleReport } = await import("../tests/support/report-fixture");
  const r = sampleReport();
  const font = (file: string) => pathToFileURL(path.join(ROOT, "node_modules/@expo-google-fonts", file)).href;
  const md = (text: string) => renderToStaticMarkup(createElement(MarkdownText, null, text));
  const s = r.focus.solutions[0]!;
  const t = s.trend!;
  const W = 500;
  const H = 200;
  const t0 = Math.min(...t.curve.map((c) => c.time));
  const t1 = Math.max(...t.curve.map((c) => c.time));
  const x = (v: number) => 40 + ((v - t0) / (t1 - t0)) * (W - 50);
  const y = (v: number) => H - 20 - ((v - 40) / 60) * (H - 40);
  const band = `${t.curve.map((c) => `${x(c.time)},${y(c.high)}`).join(" ")} ${[...t.curve]
    .reverse()
    .map((c) => `${x(c.time)},${y(c.low)}`)
    .join(" ")}`;
  const table = (head: string[], rows: string[][]) =>
    `<table><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr>${rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</table>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@font-face { font-family: NotoSans; src: url(${font("noto-sans/400Regular/NotoSans_400Regular.ttf")}); font-weight: 400; }
@font-face { font-family: NotoSans; src: url(${font("noto-sans/700Bold/NotoSans_700Bold.ttf")}); font-weight: 700; }
@font-face { font-family: NotoSansSC; src: url(${font("noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf")}); }
@page { size: A4; margin: 16mm; }
@page canvas { size: A4 landscape; margin: 10mm; }
body { font-family: NotoSans, NotoSansSC, sans-serif; font-size: 9.5pt; color: #0f172a; }
.cover, .section { break-after: page; }
.canvas { page: canvas; break-after: page; display: grid; grid-template-columns: repeat(5, 1fr); grid-template-rows: 1fr 1fr auto; gap: 5px; height: 180mm; }
.box { border: 0.75pt solid #94a3b8; border-radius: 3px; padding: 6px; font-size: 8pt; overflow: hidden; }
.box h3 { margin: 0 0 4px; font-size: 8pt; color: #1b4488; text-transform: uppercase; }
.vp { grid-row: span 2; } .mon { grid-column: span 5; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; } th, td { border: 0.5pt solid #cbd5e1; padding: 2px 4px; text-align: left; }
</style></head><body>
<div class="cover"><p>PROJECT REPORT</p><h1>${esc(r.project.name)}</h1><p>${esc(r.project.description)}</p><p>${esc(r.version.label)} · ${r.generatedDate}</p></div>
<div class="canvas">${[
    "prediction_task",
    "decisions",
    "value_proposition",
    "collecting_data",
    "data_sources",
    "offline_evaluation",
    "making_predictions",
    "building_models",
    "feature_engineering",
    "monitoring",
  ]
    .map((k) => r.canvas.blocks.find((b) => b.key === k)!)
    .map(
      (b) =>
        `<div class="box ${b.key === "value_proposition" ? "vp" : b.key === "monitoring" ? "mon" : ""}"><h3>${b.number}. ${esc(b.title)}</h3>${md(b.text)}</div>`,
    )
    .join("")}</div>
<div class="section"><h2>Prioritization</h2><p>${esc(r.prioritization.summary)}</p>
${table(
  ["Solution", "Status", "Feasibility", "Value"],
  r.prioritization.solutions.map((p) => [p.title, p.statusLabel, String(p.feasibility), String(p.value ?? "—")]),
)}
<h2>${esc(s.title)}</h2><p>Feasibility ${s.feasibility.score} / 5 · value ${s.value?.score} / 5</p>
<p>${esc(t.sentence)}</p>
<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><polygon points="${band}" fill="#2459b3" fill-opacity="0.15"/><polyline fill="none" stroke="#2459b3" stroke-width="1.6" points="${t.curve.map((c) => `${x(c.time)},${y(c.fit)}`).join(" ")}"/>${t.points.map((p) => `<circle cx="${x(p.at)}" cy="${y(p.value)}" r="2.3"/>`).join("")}<line x1="40" x2="${W - 10}" y1="${y(85)}" y2="${y(85)}" stroke="#dc2626" stroke-dasharray="4 3"/><text x="44" y="${y(85) - 3}" font-size="7">Target 85 %</text></svg></div>
<div class="section"><h2>Milestones</h2>${table(
    ["Milestone", "Phase", "Owner", "Due", "Status"],
    r.milestones.items.map((m) => [m.title, m.phaseLabel, m.ownerRoleLabel, m.dueDate, m.statusLabel]),
  )}
<h2>Budget</h2>${table(
    ["Category", "Planned", "Actual"],
    r.budget.categories.map((c) => [c.label, c.planned, c.actual]),
  )}<h2>Payback</h2><p>${esc(r.payback!.summary)}</p></div>
</body></html>`;
}

async function reactPdf(): Promise<Row> {
  const t0 = performance.now();
  const { renderProjectReportPdf } = await import("../lib/reports/pdf/render");
  const { sampleReport } = await import("../tests/support/report-fixture");
  const importMs = performance.now() - t0;
  const report = sampleReport();
  let t = performance.now();
  let pdf = await renderProjectReportPdf(report, { paper: "a4" });
  const cold = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    pdf = await renderProjectReportPdf(report, { paper: "a4" });
    warm.push(performance.now() - t);
  }
  return {
    engine: "@react-pdf/renderer 4.9",
    cold,
    warm: median(warm),
    bytes: pdf.byteLength,
    pages: pages(pdf),
    note: `module import ${importMs.toFixed(0)} ms (not in cold)`,
  };
}

async function chromium(): Promise<Row> {
  const { chromium: browserType } = await import("playwright-core");
  const html = await reportHtml();
  // A file page, so the fonts load from file:// URLs (and stay in the browser's cache when warm).
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-engines-"));
  const file = path.join(dir, "report.html");
  writeFileSync(file, html);
  const print = async (browser: Browser) => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    await page.close();
    return pdf;
  };
  let t = performance.now();
  const browser = await browserType.launch({ executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS });
  const launchMs = performance.now() - t;
  let pdf = await print(browser);
  const cold = performance.now() - t;
  const warm: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      pdf = await print(browser);
      warm.push(performance.now() - t);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    engine: "Chromium (playwright-core) page.pdf",
    cold,
    warm: median(warm),
    bytes: pdf.byteLength,
    pages: pages(pdf),
    note: `launch ${launchMs.toFixed(0)} ms (in cold); fonts from file:// URLs`,
  };
}

async function main() {
  const rss = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`;
  console.log(`Same small report (fixture), A4; warm = median of ${RUNS} runs.\n`);
  const rows = [await reactPdf()];
  console.log(`(process RSS after react-pdf: ${rss()})`);
  rows.push(await chromium());
  console.log("");
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(38)} cold ${r.cold.toFixed(0).padStart(5)} ms   warm ${r.warm.toFixed(0).padStart(5)} ms   ${kb(r.bytes).padStart(7)}   ${r.pages} pages   ${r.note}`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
