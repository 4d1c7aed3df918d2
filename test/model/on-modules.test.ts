// buildModel tells the caller the C files and the modules as soon as it has them, so that the workers can start the
// modules' cleanup analyses while the rest of the model is built: the same objects the model ends with.

import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import type { RepoModel } from '../../src/model/types.js';
import { scanRepository } from '../../src/scan/index.js';

describe('buildModel onModules', () => {
  it('is called once, with the C files and modules the model ends with', () => {
    const calls: Pick<RepoModel, 'c' | 'modules'>[] = [];
    const model = buildModel(scanRepository('test/fixtures/correctness-defects', {}), EMPTY_CONFIG, {
      onModules: (found) => calls.push(found),
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].c).toBe(model.c);
    expect(calls[0].modules).toBe(model.modules);
    expect(model.modules.length).toBeGreaterThan(0);
    expect(model.modules[0].init?.function).toBeDefined();
  });
});
