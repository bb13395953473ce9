/**
 * The sample archive's site, byte for byte: the SHA-256 of every file (pages, feed, manifest, the
 * pagefind index) against a golden list. The site is deterministic, so a change to how it is made
 * (faster writing, another way of getting the index) must leave this list as it is; a change meant
 * to show on the site updates it (`vitest -u`) and the diff says which files changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, spawnCli, tempDir } from '../helpers/archive.js';
import { siteFiles } from '../helpers/site.js';

describe('xwgk site on the sample archive, byte for byte', () => {
  it('gives the golden list of files and SHA-256', async () => {
    const out = join(tempDir(), 'site');
    const r = spawnCli(['--archive', join(REPO, 'archive'), 'site', '--out', out, '--today', '2026-07-20']);
    expect(r.code).toBe(0);
    const list = siteFiles(out).map(
      (f) =>
        `${createHash('sha256')
          .update(readFileSync(join(out, f)))
          .digest('hex')}  ${f}`,
    );
    expect(list.length).toBeGreaterThan(100);
    await expect(`${list.join('\n')}\n`).toMatchFileSnapshot('../golden/site-sample.sha256');
  });
});
