// The action's in-tree and kernel-aliases inputs, read as the runner passes them (INPUT_* variables).

import { afterEach, describe, expect, it } from 'vitest';
import { InputError, readInputs } from '../../src/github/inputs.js';

const NAMES = ['INPUT_IN-TREE', 'INPUT_KERNEL-ALIASES'];
afterEach(() => {
  for (const n of NAMES) delete process.env[n];
});

describe('action inputs in-tree and kernel-aliases', () => {
  it('default to detection and the installed kernels', () => {
    expect(readInputs()).toMatchObject({ inTree: false, kernelAliases: [] });
  });

  it('take `true` and newline-separated files', () => {
    process.env['INPUT_IN-TREE'] = 'true';
    process.env['INPUT_KERNEL-ALIASES'] = '/lib/modules/6.1.0-57-amd64/modules.alias\n\n  other/modules.alias  \n';
    expect(readInputs()).toMatchObject({
      inTree: true,
      kernelAliases: ['/lib/modules/6.1.0-57-amd64/modules.alias', 'other/modules.alias'],
    });
  });

  it('refuse anything else for in-tree', () => {
    process.env['INPUT_IN-TREE'] = 'yes';
    expect(() => readInputs()).toThrow(InputError);
    expect(() => readInputs()).toThrow('input `in-tree` must be one of auto, true (got "yes")');
  });
});
