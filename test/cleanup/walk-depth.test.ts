import { describe, expect, it } from 'vitest';
import { analyseCleanup } from '../../src/analysis/cleanup/module-analysis.js';
import { syntaxStats } from '../../src/model/c/syntax/function-body.js';
import { modelFromFiles } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

// init -> h1 -> h2 -> h3 -> h4 -> h5: the walk follows helpers three calls deep (h3), and refuses h4 there.
const chain = [5, 4, 3, 2, 1].map((n) => `static int h${n}(void)\n{\n\t${n === 5 ? '' : `h${n + 1}();\n\t`}return 0;\n}\n`).join('\n');
const files = repo(`#include <linux/slab.h>

static char *buf;

${chain}
static int __init m_init(void)
{
	buf = kzalloc(16, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	h1();
	return 0;
}

static void __exit m_exit(void)
{
	kfree(buf);
}
module_init(m_init);
module_exit(m_exit);
`);

describe('helpers past the depth the walk follows', () => {
  it('are refused without being parsed', () => {
    const model = modelFromFiles(files);
    const before = syntaxStats().functions;
    const [analysis] = analyseCleanup(model);
    expect(analysis.pairs.map((p) => p.pair.setup)).toEqual(['m_init']);
    // m_init, m_exit, and h1-h3 that the walk follows; h4 is only looked up, h5 never reached
    expect(syntaxStats().functions - before).toBe(5);
  });
});
