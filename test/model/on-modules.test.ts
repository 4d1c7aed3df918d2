// buildModel tells the caller the C files and the modules as soon as it has them, so that the workers can start the
// modules' cleanup analyses while the rest of the model is built: the same objects the model ends with, given before
// the model's later parts (docs, kernels) are read.

import { describe, expect, it, vi } from 'vitest';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import type { RepoModel } from '../../src/model/types.js';
import { scanRepository } from '../../src/scan/index.js';

// Each mocked builder notes its turn in `order`, then builds as it would.
const { order, noting } = vi.hoisted(() => {
  const order: string[] = [];
  const noting =
    <A extends unknown[], R>(label: string, build: (...args: A) => R) =>
    (...args: A): R => {
      order.push(label);
      return build(...args);
    };
  return { order, noting };
});
vi.mock('../../src/model/kernels/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/model/kernels/index.js')>();
  return { ...real, buildKernelsModel: noting('kernels', real.buildKernelsModel) };
});
vi.mock('../../src/model/docs/readme.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/model/docs/readme.js')>();
  return { ...real, buildDocsModel: noting('docs', real.buildDocsModel) };
});

describe('buildModel onModules', () => {
  it('is called once, before the docs and kernels models, with the C files and modules the model ends with', () => {
    const calls: Pick<RepoModel, 'c' | 'modules'>[] = [];
    const model = buildModel(scanRepository('test/fixtures/correctness-defects', {}), EMPTY_CONFIG, {
      onModules: (found) => {
        order.push('modules');
        calls.push(found);
      },
    });
    expect(order).toEqual(['modules', 'docs', 'kernels']);
    expect(calls).toHaveLength(1);
    expect(calls[0].c).toBe(model.c);
    expect(calls[0].modules).toBe(model.modules);
    expect(model.modules.length).toBeGreaterThan(0);
    expect(model.modules[0].init?.function).toBeDefined();
  });
});
