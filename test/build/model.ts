// The real scan and model for a file map, plus dkms.conf parsed from that scan when the model builder does not
// (yet) do it itself, so dkms rules see what the audit will see once it is wired.

import { posix } from 'node:path';
import { parseDkmsConf } from '../../src/model/dkms/parse.js';
import type { RepoModel } from '../../src/model/types.js';
import type { Rule } from '../../src/rules/rule.js';
import type { RawFinding } from '../../src/types.js';
import { modelFromFiles } from '../helpers/rule-tester.js';

export function buildTestModel(files: Record<string, string | Buffer>): RepoModel {
  const model = modelFromFiles(files);
  if (model.dkms.length === 0) {
    for (const f of model.scan.files.values()) {
      if (posix.basename(f.path) === 'dkms.conf' && f.text !== undefined) model.dkms.push(parseDkmsConf(f.path, f.text));
    }
  }
  return model;
}

export function check(rule: Rule, files: Record<string, string | Buffer>): RawFinding[] {
  return rule.check(buildTestModel(files));
}
