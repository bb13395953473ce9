#!/usr/bin/env node
// A CommonJS shim (bin/package.json), so `xwgk --version` answers before Node even starts its ES module
// loader (the start-up target of docs/performance.md); everything else runs the bundle.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${require('../package.json').version}\n`);
else import('../dist/xwgk.js').then((m) => m.main());
