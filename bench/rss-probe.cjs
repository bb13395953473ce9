// Preloaded with `node -r` by the benchmark: writes the process's peak RSS (KiB) when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => writeFileSync(process.env.XWGK_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
