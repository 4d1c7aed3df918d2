// Third-party code a repository bundles is reported once per tree and left out of the per-file style and tag rules
// (test/fixtures/fidelity-vendored: a BSD compressor in lzx/ by another holder, a library under third_party/).

import path from 'node:path';
import { expect, test } from 'vitest';
import { audit } from '../../src/audit.js';
import { provenanceOf } from '../../src/model/vendored.js';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'fidelity-vendored');

test('one finding per vendored tree, none per file inside it', async () => {
  const { model, report } = await audit(FIXTURE);
  expect(model.vendored?.map((t) => [t.dir, t.files, t.reason])).toEqual([
    ['lzx', 3, 'headers'],
    ['third_party/tinyz', 1, 'folder name'],
  ]);
  const vendored = report.findings.filter((f) => f.ruleId === 'upstream/vendored-code');
  expect(vendored.map((f) => f.file)).toEqual(['lzx/', 'third_party/tinyz/']);
  expect(vendored[0].message).toContain('Other Compression Corp, BSD-3-Clause');
  const inside = report.findings.filter((f) => /^(lzx|third_party)\//.test(f.file ?? '') && f.ruleId !== 'upstream/vendored-code');
  expect(inside.map((f) => f.ruleId)).toEqual([]);
  // The project's own file is still held to kernel style.
  expect(report.findings.some((f) => f.ruleId === 'style/indent-spaces' && f.file === 'packer_main.c')).toBe(true);
});

test('the provenance a header names', () => {
  expect(provenanceOf('// SPDX-License-Identifier: MIT\n/*\n** See Copyright Notice in lua.h\n*/\n')).toEqual({
    holder: 'copyright notice of lua.h',
    license: 'MIT',
  });
  expect(
    provenanceOf('/*\n * SPDX-FileCopyrightText: Copyright (c) 2020 NVIDIA CORPORATION\n * SPDX-License-Identifier: MIT\n */\n'),
  ).toEqual({
    holder: 'NVIDIA CORPORATION',
    license: 'MIT',
  });
});
