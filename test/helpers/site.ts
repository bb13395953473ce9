/**
 * Test fixtures for `xwgk site`: a small archive holding every case the site must get right (public,
 * parents-only, staff-only, student-aid, withdrawn, an image with GPS EXIF), reading a generated site
 * back as text (the pagefind index decompressed), and serving it over HTTP for the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { recordYaml, spawnCli, writeArchive, type CliResult } from './archive.js';

export const SITE_SETTINGS = `school: 测试小学
locale: zh-CN
public:
  office: 测试小学办公室
  address: 测试市学府路 1 号
  hours: 周一至周五 8:00—17:00
  phone: 0000-7654321
  email: xxgk@test.edu.cn
  audiences: [public, parents]
`;

const base = { form: '[board]', responsible: '王建国' };
export const SITE_RECORDS = {
  fees: {
    id: '20250826-001',
    title: '2025年秋季学期收费项目及标准公示',
    category: 'fees',
    content: '作业本费每生每学期20元，公用经费由财政拨付。',
    time: '2025-08-26',
    audience: '[parents, public]',
    basis: '示价〔2024〕12号',
    ...base,
  },
  parents: {
    id: '20250910-001',
    title: '家长开放日安排',
    category: 'other',
    content: '9月20日为家长开放日。',
    time: '2025-09-10',
    audience: '[parents]',
    ...base,
  },
  staff: {
    id: '20251010-001',
    title: '内部绩效分配方案甲乙丙',
    category: 'welfare',
    content: '只给教职工看的绩效分配细则丁戊己。',
    time: '2025-10-10',
    audience: '[staff]',
    amount: 1000,
    ...base,
  },
  aid: {
    id: '20250915-001',
    title: '学生资助名单庚辛壬',
    category: 'student-aid',
    content: '一年级一班 张三。',
    time: '2025-09-15',
    audience: '[parents, public]',
    until: '2025-09-25',
    ...base,
  },
  withdrawn: {
    id: '20251020-001',
    title: '运动会安排（已更正）',
    category: 'other',
    content: '被撤回的内容癸子丑。',
    time: '2025-10-20',
    audience: '[public]',
    status: 'withdrawn',
    withdrawn: '{on: 2025-10-22, reason: 日期有误，另行通知}',
    ...base,
  },
  safety: {
    id: '20251105-001',
    title: '校舍安全检查情况',
    category: 'safety',
    content: '11月对全部校舍进行了安全检查。',
    time: '2025-11-05',
    audience: '[public]',
    ...base,
  },
} as const;

/** An archive with every case above; `extra` adds or replaces files (records, attachments, settings). */
export function writeSiteArchive(extra: Record<string, string | Uint8Array> = {}): string {
  const files: Record<string, string | Uint8Array> = { 'xwgk.yaml': SITE_SETTINGS };
  for (const r of Object.values(SITE_RECORDS)) files[`records/${r.id.slice(0, 4)}/${r.id}.yaml`] = recordYaml(r);
  return writeArchive({ ...files, ...extra });
}

/** Runs `xwgk site --out OUT` on `archive` as a real process. */
export function buildSite(archive: string, out: string, ...args: string[]): CliResult {
  return spawnCli(['--archive', archive, 'site', '--out', out, ...args]);
}

/** Every file of a generated site, `/`-separated paths inside it, sorted. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      e.isDirectory() ? walk(join(d, e.name)) : out.push(relative(dir, join(d, e.name)).split('\\').join('/'));
  };
  walk(dir);
  return out.sort();
}

/** All text of a site, the gzipped pagefind index included, without pagefind's word separators. */
export function siteText(dir: string): string {
  return siteFiles(dir)
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      return text.replace(/\u200b/g, '');
    })
    .join('\n');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/atom+xml',
  '.jpg': 'image/jpeg',
};

/** Serves `dir` on a free local port, as a web host would; `close()` when done. */
export async function serveSite(dir: string): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, server, close: () => new Promise((r) => server.close(() => r())) };
}
