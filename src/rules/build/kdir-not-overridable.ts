import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { headersOverridability, kbuildCalls } from '../../model/make/wrapper.js';

export default defineRule({
  id: 'build/kdir-not-overridable',
  severity: 'warning',
  title: 'Headers directory cannot be overridden',
  why: 'dkms builds for kernels that are not running, CI builds against several header trees and cross builds use their own: a headers directory set with `:=`/`=` (or written literally after `-C`) ignores the environment, so those builds silently use the wrong kernel (kernel-facts §1, §7).',
  fix: 'Set it with `?=`: `KDIR ?= /lib/modules/$(shell uname -r)/build`, and call `$(MAKE) -C $(KDIR) M=$(CURDIR)`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const mf of model.make.values()) {
      const seen = new Set<string>();
      for (const call of kbuildCalls(mf)) {
        if (!call.ext) continue;
        const o = headersOverridability(mf, call.dir);
        if (o.overridable) continue;
        const key = o.variable ?? `${call.step.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (o.pinnedBy) {
          const how = o.reason === 'override' ? '`override` ignores even `make ' : 'the environment cannot change it (only `make ';
          out.push({
            file: mf.path,
            line: o.pinnedBy.line,
            message: `${o.variable} is set with ${o.pinnedBy.override ? 'override ' : ''}${o.pinnedBy.op}, so ${how}${o.variable}=...\`${o.reason === 'override' ? '' : ' can)'}; use ${o.variable} ?= ${o.pinnedBy.value}`,
          });
        } else {
          out.push({
            file: mf.path,
            line: call.step.line,
            message:
              o.reason === 'literal'
                ? `-C ${call.dir} is written literally; no build can point it at other kernel headers`
                : `-C ${call.dir} is built from variables none of which can be overridden`,
          });
        }
      }
    }
    return out;
  },
});
