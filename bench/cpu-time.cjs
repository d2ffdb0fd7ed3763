// Loaded with `node --require` into each timed ESLint process: when it exits, writes to $BENCH_CPU_FILE its CPU time
// (user + system), the time spent in garbage collection (all in milliseconds) and its peak memory (kB), as JSON.
// CPU time is steadier than wall time on a shared machine; GC time shows work that no rule timing includes.
'use strict';
const { writeFileSync } = require('node:fs');
const { PerformanceObserver } = require('node:perf_hooks');

let gcMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});
observer.observe({ entryTypes: ['gc'] });

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  if (process.env.BENCH_CPU_FILE) writeFileSync(process.env.BENCH_CPU_FILE, JSON.stringify({ cpuMs, gcMs, maxRssKb: usage.maxRSS }));
});
