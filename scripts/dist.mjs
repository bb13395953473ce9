// `npm run dist`: the standalone executables xwgk-linux-x64 and xwgk-win-x64.exe (Node 24 from the npm
// registry with xwgk, its templates and the default catalog inside, by Node's single-executable support
// and postject), and a zip of each with 使用说明.txt, the sample archive (示例档案) and, for Windows, the
// double-click menu xwgk-菜单.cmd. Everything lands in release/ (not committed). See docs/dist.md.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { nodeBinary, nodeLicense, packageFiles } from './fetch-node.mjs';
import { bundleForSea } from './sea-bundle.mjs';

const OUT = 'release';
const WORK = join(OUT, '.build');
// The fuse postject flips so that Node runs the injected blob (Node's SEA documentation).
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
// Fixed dates in the zips, so that the same sources give the same zip.
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
function filesUnder(dir, skip = () => false) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, e.name);
      if (skip(e.name)) continue;
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * The SVG renderer of the Word summary's charts (@resvg/resvg-js) is a native add-on: each executable
 * carries the binary for its platform, written out and loaded on first use (src/archive/native-addon.ts).
 * The Linux one is the installed package's; the Windows one comes from the registry, same version.
 */
function nativeAssets(platform) {
  if (platform === 'linux')
    return { 'native/resvgjs-linux-x64.node': join('node_modules', '@resvg', 'resvg-js-linux-x64-gnu', 'resvgjs.linux-x64-gnu.node') };
  const { version } = JSON.parse(readFileSync(join('node_modules', '@resvg', 'resvg-js', 'package.json'), 'utf8'));
  const [win] = packageFiles(join('.cache', 'npm'), '@resvg/resvg-js-win32-x64-msvc', version, ['resvgjs.win32-x64-msvc.node']);
  return { 'native/resvgjs-win32-x64.node': win };
}

/**
 * The SEA blob of a platform: the bundle plus every template, the catalog, the parse worker and the
 * platform's native add-ons as assets.
 */
function makeBlob(platform) {
  const assets = { 'dist/parse-worker.cjs': join(WORK, 'parse-worker.cjs'), ...nativeAssets(platform) };
  for (const f of filesUnder('templates')) assets[`templates/${f}`] = join('templates', f);
  const manifest = join(WORK, `manifest-${platform}.json`);
  writeFileSync(manifest, JSON.stringify(Object.keys(assets)));
  assets['manifest.json'] = manifest;
  const config = {
    main: join(WORK, 'xwgk.cjs'),
    output: join(WORK, `sea-prep-${platform}.blob`),
    disableExperimentalSEAWarning: true,
    // No code cache or snapshot: the Windows blob is made here, on Linux, and these would tie it to this platform.
    useSnapshot: false,
    useCodeCache: false,
    assets,
  };
  const file = join(WORK, `sea-config-${platform}.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  // The blob must be made by the very Node version that will run it: the fetched Node 24.
  run(nodeBinary('linux'), ['--experimental-sea-config', file]);
  return config.output;
}

function inject(base, exe, blob) {
  copyFileSync(base, exe);
  chmodSync(exe, 0o755);
  run(process.execPath, [join('node_modules', 'postject', 'dist', 'cli.js'), exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', FUSE]);
}

/**
 * node.exe is signed; injecting the blob breaks the signature, and Windows treats a binary with a broken
 * signature worse than an unsigned one, so the signature is removed first.
 */
function unsignedWindowsBase() {
  const out = join(WORK, 'node-unsigned.exe');
  rmSync(out, { force: true });
  try {
    run('osslsigncode', ['remove-signature', '-in', nodeBinary('win'), '-out', out]);
  } catch (e) {
    throw new Error(`osslsigncode is needed to strip the signature of node.exe (Debian: apt-get install osslsigncode): ${e.message}`);
  }
  return out;
}

/** Text with CRLF line ends, for Windows; `bom` for Notepad to read Chinese as UTF-8. */
const windowsText = (s, bom = false) => Buffer.from(`${bom ? '\ufeff' : ''}${s.replace(/\r?\n/g, '\r\n')}`, 'utf8');

function makeZip(name, entries) {
  const files = {};
  for (const [path, data, mode] of entries) {
    files[`${name}/${path}`] = [data, { mtime: ZIP_TIME, os: 3, attrs: ((mode ?? 0o644) | 0o100000) << 16, level: 9 }];
  }
  const zip = join(OUT, `${name}.zip`);
  writeFileSync(zip, zipSync(files));
  return zip;
}

function sampleArchive() {
  return filesUnder('archive', (n) => n === '.xwgk-cache' || n === '.xwgk.lock').map((f) => [
    `示例档案/${f}`,
    readFileSync(join('archive', f)),
  ]);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
await bundleForSea(WORK);
const linux = join(OUT, 'xwgk-linux-x64');
const win = join(OUT, 'xwgk-win-x64.exe');
inject(nodeBinary('linux'), linux, makeBlob('linux'));
inject(unsignedWindowsBase(), win, makeBlob('win'));
const guide = (p) => readFileSync(join('packaging', p), 'utf8');
// Node's licence goes with every copy of Node: the executables are Node with xwgk inside.
const license = readFileSync(nodeLicense(), 'utf8');
const zips = [
  makeZip('xwgk-linux-x64', [
    ['xwgk-linux-x64', readFileSync(linux), 0o755],
    ['使用说明.txt', Buffer.from(guide('使用说明-linux.txt'))],
    ['LICENSE-node.txt', Buffer.from(license)],
    ...sampleArchive(),
  ]),
  makeZip('xwgk-win-x64', [
    ['xwgk-win-x64.exe', readFileSync(win)],
    ['xwgk-菜单.cmd', windowsText(guide('xwgk-菜单.cmd'))],
    ['使用说明.txt', windowsText(guide('使用说明-windows.txt'), true)],
    ['LICENSE-node.txt', windowsText(license)],
    ...sampleArchive(),
  ]),
];
rmSync(WORK, { recursive: true, force: true });
const mb = (f) => `${(statSync(f).size / 1024 / 1024).toFixed(1)} MB`;
for (const f of [linux, win, ...zips]) process.stdout.write(`${f}  ${mb(f)}\n`);
