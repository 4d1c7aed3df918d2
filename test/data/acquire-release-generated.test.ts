// The generated acquire/release table: the generator on a small kernel tree of our own (with the
// real Debian headers), and the committed data as the cleanup analysis reads it.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireSpec, generatedSpecs, releasedKinds, returnsErrPtr, returnsNull, tableKnows } from '../../src/data/acquire-release.js';
import generated from '../../src/data/acquire-release.generated.json' with { type: 'json' };

const headers = readdirSync('/usr/src').filter((d) => /^linux-headers-6\.(1|12)\.\d.*-(amd64|common)$/.test(d));
const haveHeaders = headers.length >= 4;
if (!haveHeaders) console.warn('skipping the generator test: Debian linux-headers 6.1 and 6.12 (amd64 and common) are not installed');

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
}

describe.skipIf(!haveHeaders)('scripts/gen-acquire-release.mjs', () => {
  it('pairs exported functions by name and use, with the failure read from the definition', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lkm-gen-ar-'));
    made.push(root);
    const user = 'static int f(void)\n{\n\tmempool_t *p = mempool_create(1, a, b, c);\n\tmempool_destroy(p);\n\treturn 0;\n}\n';
    write(root, {
      'mm/mempool.c': `mempool_t *mempool_create(int min_nr, mempool_alloc_t *alloc_fn,
			  mempool_free_t *free_fn, void *pool_data)
{
	mempool_t *pool = kzalloc(sizeof(*pool), GFP_KERNEL);

	if (!pool)
		return NULL;
	return pool;
}
EXPORT_SYMBOL(mempool_create);

void mempool_destroy(mempool_t *pool)
{
	kfree(pool);
}
EXPORT_SYMBOL(mempool_destroy);
`,
      // used together by two drivers: a convention, not one odd driver
      'drivers/a/a.c': user,
      'drivers/b/b.c': user,
      // one user only: left out
      'drivers/c/c.c':
        'static int g(void)\n{\n\tstruct dma_pool *p = dma_pool_create("x", d, 8, 8, 0);\n\tdma_pool_destroy(p);\n\treturn 0;\n}\n',
    });
    const out = path.join(root, 'out.json');
    execFileSync(process.execPath, ['scripts/gen-acquire-release.mjs', '--src', root, '--out', out], { stdio: 'pipe' });
    const data = JSON.parse(readFileSync(out, 'utf8'));
    expect(data.pairs).toEqual([{ acquire: 'mempool_create', release: 'mempool_destroy', failure: 'null', handle: 'result', users: 2 }]);
    // kthread_run is a macro around kthread_create, whose header documents ERR_PTR; read from the headers
    expect(data.returns.mempool_create).toBe('null');
    expect(data.returns.kthread_run).toBe('err-ptr');
    // --check compares with the file
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-acquire-release.mjs', '--src', root, '--out', out, '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
    writeFileSync(out, '{}\n');
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-acquire-release.mjs', '--src', root, '--out', out, '--check'], { stdio: 'pipe' }),
    ).toThrow();
  }, 180_000);
});

describe('the generated table as the analysis reads it', () => {
  it('is committed with pairs and failure returns', () => {
    expect(existsSync('src/data/acquire-release.generated.json')).toBe(true);
    expect(generated.pairs.length).toBeGreaterThan(100);
    expect(Object.keys(generated.returns).length).toBeGreaterThan(100);
  });

  it('leaves hand-written families alone (the hand-written table takes precedence)', () => {
    expect(acquireSpec('kzalloc')?.kind).toBe('kmalloc');
    expect(acquireSpec('class_create')?.failure).toBe('err-ptr');
    expect(tableKnows('kfree')).toBe('hand-written');
    for (const s of generatedSpecs()) {
      expect(tableKnows(s.acquire[0])).toBe('generated');
      expect(s.mustCheck).toBe(false);
    }
  });

  it('loses no generated acquisition to a release the hand-written table names (each is written out there)', () => {
    // a generated pair is left out when the hand-written table names its release: `release_resource` named for the
    // regions would drop request_resource, `scsi_host_put` for iSCSI hosts scsi_host_alloc (cdemu's vhba leak)
    const lost = (generated.pairs as { acquire: string; release: string }[]).filter(
      (p) => acquireSpec(p.acquire) === undefined && releasedKinds(p.release).length > 0,
    );
    expect(lost.map((p) => `${p.acquire} -> ${p.release}`)).toEqual([]);
    expect(acquireSpec('scsi_host_alloc')?.release).toContain('scsi_host_put');
    expect(acquireSpec('atm_dev_register')?.release).toContain('atm_dev_deregister');
  });

  it('adds pairs and failure kinds the hand-written table lacks', () => {
    const pair = generatedSpecs().find((s) => s.acquire[0] === 'sg_alloc_table');
    expect(pair?.release).toEqual(['sg_free_table']);
    expect(releasedKinds('sg_free_table').map((s) => s.kind)).toContain('sg_alloc_table');
    expect(returnsNull('platform_get_resource')).toBe(true);
    expect(returnsErrPtr('kthread_create')).toBe(true);
    // list links are not resources
    expect(acquireSpec('list_add')).toBeUndefined();
  });

  it('knows no call by the name of an object property (a module may define `constructor` or `toString`)', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(tableKnows(name)).toBeUndefined();
      expect(returnsErrPtr(name) || returnsNull(name)).toBe(false);
    }
  });
});
