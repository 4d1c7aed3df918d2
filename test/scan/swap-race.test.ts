// A folder of the audited tree swapped for a link out of it while the tree is walked (another process renaming
// things during the audit): opening a file with O_NOFOLLOW guards only its path's last component, so a folder swapped
// after the walk resolved it would lead the read outside (round 21's walk did, in 3 of 4 runs of this test). A real
// second process swaps the folder and the link as fast as it can while the tree is scanned over and over; no scan may
// ever read the file outside.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanRepository } from '../../src/scan/index.js';

// the check reads the opened descriptor's path from /proc; without it only the walk's own checks stand
const procFd = existsSync('/proc/self/fd');
if (!procFd) console.warn('skipping the folder-swap race: this system has no /proc/self/fd');

describe('a folder swapped for a link during the walk', () => {
  it.skipIf(!procFd)(
    'never leads the scan out of the root',
    async () => {
      const outside = mkdtempSync(path.join(tmpdir(), 'lkm-swap-outside-'));
      writeFileSync(path.join(outside, 'secret.c'), 'int SECRET_OUTSIDE;\n');
      const root = mkdtempSync(path.join(tmpdir(), 'lkm-swap-root-'));
      // many files before the folder in the listing's order: time for the swap between the listing and the visit
      for (let i = 0; i < 300; i++) writeFileSync(path.join(root, `a${String(i).padStart(3, '0')}.c`), `int a${i};\n`);
      mkdirSync(path.join(root, 'sub'));
      writeFileSync(path.join(root, 'sub', 'in.c'), 'int inside;\n');
      // `sub` becomes, in turn, a real folder and a link to the outside folder
      const swapper = spawn(
        process.execPath,
        [
          '-e',
          `const fs = require('node:fs');
         const [root, outside] = process.argv.slice(1);
         const sub = root + '/sub', link = root + '/sub.link';
         try { fs.symlinkSync(outside, link); } catch {}
         for (;;) {
           try { fs.renameSync(sub, root + '/sub.dir'); fs.renameSync(link, sub); } catch {}
           try { fs.renameSync(sub, link); fs.renameSync(root + '/sub.dir', sub); } catch {}
         }`,
          root,
          outside,
        ],
        { stdio: 'ignore' },
      );
      try {
        let sawFolder = 0;
        const deadline = Date.now() + 4000;
        while (Date.now() < deadline) {
          const scan = scanRepository(root);
          for (const f of scan.files.values()) expect(f.text ?? '').not.toContain('SECRET_OUTSIDE');
          if (scan.files.has('sub/in.c')) sawFolder++;
        }
        // the walk met the folder as a folder some of the time, so it was listed while being swapped
        expect(sawFolder).toBeGreaterThan(0);
      } finally {
        // stopped before the folders are removed: a rename under the removal would make it fail
        const exited = new Promise((resolve) => swapper.once('exit', resolve));
        swapper.kill('SIGKILL');
        await exited;
        rmSync(root, { recursive: true, force: true });
        rmSync(outside, { recursive: true, force: true });
      }
    },
    20_000,
  );
});
