/** The report's whole stylesheet, inlined so the HTML is one self-contained file. Light theme, with a dark one. */
export const styles = `
:root {
  --bg: #f4f6fa; --panel: #ffffff; --ink: #172033; --muted: #5b6475; --faint: #8a93a5; --line: #e3e7ef;
  --accent: #1f5fd6; --accent-soft: #e8f0ff;
  --head-1: #0b1a3a; --head-2: #183a86;
  --autofix: #1a8f63; --autofix-soft: #e3f5ec;
  --suggestion: #d98a0b; --suggestion-soft: #fdf1dc;
  --manual: #d0435f; --manual-soft: #fce8ec;
  --error: #c42a4b; --warning: #a86a00;
  --code-bg: #f7f8fb; --code-hit: #fff6d6; --mark: #ffe08a;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1420; --panel: #171e2d; --ink: #e6eaf2; --muted: #a3acbd; --faint: #7c8598; --line: #2a3346;
    --accent: #7aa7ff; --accent-soft: #1c2a47;
    --head-1: #0a1126; --head-2: #16306e;
    --autofix: #3cc28f; --autofix-soft: #16342a;
    --suggestion: #f0aa3c; --suggestion-soft: #3a2c12;
    --manual: #f06c86; --manual-soft: #3b1d25;
    --error: #f06c86; --warning: #f0aa3c;
    --code-bg: #121826; --code-hit: #2a2614; --mark: #6b5a12;
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 28px; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }

.masthead { background: linear-gradient(120deg, var(--head-1), var(--head-2)); color: #fff; padding: 30px 0 74px; }
.eyebrow { margin: 0 0 4px; font-size: 12px; letter-spacing: .12em; text-transform: uppercase; color: #aac4ff; font-weight: 600; }
.masthead h1 { margin: 0; font-size: 30px; line-height: 1.2; font-weight: 700; }
.run-meta { margin: 10px 0 0; color: #c9d6f5; font-size: 13.5px; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.run-meta span { overflow-wrap: anywhere; }

main.wrap { margin-top: -52px; padding-bottom: 40px; }
section { margin-top: 22px; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 20px 22px; box-shadow: 0 1px 2px rgba(16,24,40,.04); }
h2 { margin: 0 0 4px; font-size: 18px; }
.section-note { margin: 0 0 14px; color: var(--muted); font-size: 13.5px; }

.progress { display: grid; grid-template-columns: auto 1fr; gap: 6px 18px; align-items: center; border-left: 5px solid var(--autofix); }
.progress-line { margin: 0; font-size: 17px; font-weight: 650; }
.progress-line small { font-weight: 400; color: var(--muted); font-size: 13.5px; margin-left: 6px; }
.progress-meter { grid-column: 1 / -1; height: 10px; background: var(--line); border-radius: 99px; overflow: hidden; display: flex; }
.progress-meter span { display: block; height: 100%; background: var(--autofix); }
.progress-rules { grid-column: 1 / -1; list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.progress-rules li { font-size: 12.5px; background: var(--code-bg); border: 1px solid var(--line); border-radius: 99px; padding: 2px 10px; color: var(--muted); }
.progress-rules .fixed { color: var(--autofix); } .progress-rules .added { color: var(--manual); }
.progress-ring { font-size: 28px; font-weight: 750; color: var(--autofix); }

.notice { border-left: 5px solid var(--suggestion); background: var(--suggestion-soft); border-radius: 10px; padding: 12px 16px; margin-top: 14px; }
.notice.danger { border-left-color: var(--manual); background: var(--manual-soft); }
.notice p { margin: 0; }
.notice ul { margin: 6px 0 0; padding-left: 20px; }

.kpis { display: grid; grid-template-columns: 1.25fr 1fr 1fr; gap: 16px; margin-top: 0; }
.kpi { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 18px 20px 16px; position: relative; overflow: hidden; box-shadow: 0 1px 2px rgba(16,24,40,.05); }
.kpi::before { content: ""; position: absolute; inset: 0 0 auto 0; height: 4px; background: var(--accent); }
.kpi.autofix::before { background: var(--autofix); }
.kpi.decision::before { background: linear-gradient(90deg, var(--suggestion), var(--manual)); }
.kpi-label { margin: 0; font-size: 12.5px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); font-weight: 650; }
.kpi-value { margin: 2px 0 0; font-size: 40px; line-height: 1.1; font-weight: 750; font-variant-numeric: tabular-nums; }
.kpi.autofix .kpi-value { color: var(--autofix); }
.kpi.decision .kpi-value { color: var(--manual); }
.kpi-detail { margin: 6px 0 0; color: var(--muted); font-size: 13.5px; }
.kpi-detail code { white-space: nowrap; font-size: 12.5px; background: var(--code-bg); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }

.split { margin-top: 16px; }
.split-bar { display: flex; height: 14px; border-radius: 99px; overflow: hidden; background: var(--line); }
.split-bar span { display: block; height: 100%; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 10px 0 0; padding: 0; list-style: none; font-size: 13.5px; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: 7px; }
.legend b { color: var(--ink); font-variant-numeric: tabular-nums; }
.swatch { width: 11px; height: 11px; border-radius: 3px; display: inline-block; flex: none; }
.fill-autofix { background: var(--autofix); } .fill-suggestion { background: var(--suggestion); } .fill-manual { background: var(--manual); }

.rule-chart { display: block; width: 100%; height: auto; max-width: 960px; }
.rule-chart .rule-label { fill: var(--ink); }
.rule-chart a:hover .rule-label { fill: var(--accent); text-decoration: underline; }
.rule-chart .bar-count { fill: var(--ink); }
.rule-chart .axis { fill: var(--faint); }
.rule-chart .grid { stroke: var(--line); }
.rule-chart .bar-autofix { fill: var(--autofix); } .rule-chart .bar-suggestion { fill: var(--suggestion); } .rule-chart .bar-manual { fill: var(--manual); }

.sources { display: grid; grid-template-columns: repeat(auto-fit, minmax(330px, 1fr)); gap: 16px; }
.source h3 { margin: 0; font-size: 15.5px; display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.source h3 .count { font-size: 24px; font-weight: 750; font-variant-numeric: tabular-nums; }
.source-items { list-style: none; margin: 12px 0 0; padding: 0; }
.source-items li { padding: 9px 0; border-top: 1px solid var(--line); }
.item-head { display: flex; justify-content: space-between; gap: 12px; font-weight: 600; font-size: 14px; }
.item-head .n { font-variant-numeric: tabular-nums; }
.item-rules { margin-top: 2px; font-size: 12.5px; color: var(--muted); }
.item-rules a { color: var(--muted); } .item-rules a:hover { color: var(--accent); }
.mini-bar { display: flex; height: 6px; border-radius: 99px; overflow: hidden; background: var(--line); margin-top: 6px; }
.mini-bar span { display: block; height: 100%; }
.empty-source { color: var(--muted); font-size: 13.5px; margin: 10px 0 0; }

.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th { white-space: nowrap; text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); font-weight: 650; padding: 0 10px 8px; border-bottom: 1px solid var(--line); }
td { padding: 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
tr:last-child td { border-bottom: 0; }
td.num, th.num { width: 1%; text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num.zero { color: var(--faint); }
.rule-id { font-weight: 600; }
.rules-table .rule-id { white-space: nowrap; }
.rule-col { width: 36%; }
.source-col { width: 30%; }
.rule-desc { color: var(--muted); font-size: 12.5px; margin-top: 2px; }
.rule-desc code { font-size: 12px; background: var(--code-bg); border: 1px solid var(--line); border-radius: 4px; padding: 0 3px; }
.links { white-space: nowrap; font-size: 13px; }
.links a + a { margin-left: 10px; }
.file-cell { font-size: 13px; overflow-wrap: anywhere; }
.bar-cell { width: 26%; }
.file-bar { display: flex; height: 10px; border-radius: 99px; overflow: hidden; margin-top: 5px; }
.file-bar span { display: block; height: 100%; }

.pill { display: inline-block; font-size: 11.5px; font-weight: 650; line-height: 1; padding: 4px 8px; border-radius: 99px; white-space: nowrap; letter-spacing: .02em; }
.pill.error { color: var(--error); background: var(--manual-soft); }
.pill.warning { color: var(--warning); background: var(--suggestion-soft); }
.pill.autofix { color: var(--autofix); background: var(--autofix-soft); }
.pill.suggestion { color: var(--warning); background: var(--suggestion-soft); }
.pill.manual { color: var(--manual); background: var(--manual-soft); }

details.file { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; margin-top: 12px; overflow: hidden; }
details.file > summary { cursor: pointer; list-style: none; padding: 13px 18px; display: flex; gap: 12px; align-items: center; justify-content: space-between; }
details.file > summary::-webkit-details-marker { display: none; }
details.file > summary::before { content: "▸"; color: var(--faint); margin-right: -4px; }
details.file[open] > summary::before { content: "▾"; }
details.file[open] > summary { border-bottom: 1px solid var(--line); }
.file-name { font-weight: 600; font-size: 14px; flex: 1; word-break: break-all; }
.file-counts { display: flex; gap: 6px; flex: none; }
.finding { padding: 14px 18px 16px; border-top: 1px solid var(--line); }
.finding:first-of-type { border-top: 0; }
.finding-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; font-size: 13px; }
.finding-head .where { color: var(--muted); font-variant-numeric: tabular-nums; }
.finding-head .links { margin-left: auto; }
.finding-message { margin: 8px 0 10px; font-size: 14.5px; }
.finding-message code { font-size: 13px; background: var(--code-bg); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
pre.code { margin: 0; background: var(--code-bg); border: 1px solid var(--line); border-radius: 8px; padding: 8px 0; overflow-x: auto; font-size: 12.5px; line-height: 1.6; tab-size: 2; }
pre.code .l { display: block; padding: 0 14px 0 0; white-space: pre; }
pre.code .l.hit { background: var(--code-hit); box-shadow: inset 3px 0 0 var(--suggestion); }
pre.code .ln { display: inline-block; width: 4.2em; padding-right: 1.2em; text-align: right; color: var(--faint); user-select: none; }
pre.code mark { background: var(--mark); color: inherit; border-radius: 3px; padding: 1px 0; box-shadow: 0 1px 0 var(--warning); }

.unchecked li { margin: 2px 0; }
.clean { text-align: center; padding: 40px 20px; }
.clean p { margin: 4px 0; color: var(--muted); }
.clean .big { font-size: 20px; font-weight: 700; color: var(--autofix); }
footer { color: var(--faint); font-size: 12.5px; padding: 10px 0 40px; }
footer p { margin: 4px 0; }

@media (max-width: 820px) {
  .kpis { grid-template-columns: 1fr; }
  .bar-cell { display: none; }
  .finding-head .links { margin-left: 0; width: 100%; }
}
@media print {
  body { background: #fff; }
  .masthead { padding-bottom: 24px; }
  main.wrap { margin-top: 0; }
  details.file { break-inside: avoid; }
}
`;
