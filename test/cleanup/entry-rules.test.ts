import { describe, expect, it } from 'vitest';
import managedManualRelease from '../../src/rules/cleanup/managed-manual-release.js';
import missingModuleExit from '../../src/rules/cleanup/missing-module-exit.js';
import missingSectionAnnotation from '../../src/rules/cleanup/missing-section-annotation.js';
import { runRule } from '../helpers/rule-tester.js';
import { DEVM_PROBE, LADDER } from './fixtures.js';
import { repo } from './repo.js';

describe('cleanup/missing-module-exit', () => {
  it('reports module_init without module_exit', () => {
    const findings = runRule(missingModuleExit, repo('static int __init foo_init(void)\n{\n\treturn 0;\n}\nmodule_init(foo_init);\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('can never be unloaded');
  });

  it('reads module_init the way a module build (MODULE defined) compiles it', () => {
    const init = 'static int __init foo_init(void)\n{\n\treturn 0;\n}\n';
    for (const guard of [
      '#ifndef MODULE\nfs_initcall(foo_init);\n#else\nmodule_init(foo_init);\n#endif\n',
      '#if !defined(MODULE)\nfs_initcall(foo_init);\n#else\nmodule_init(foo_init);\n#endif\n',
      '#ifdef MODULE\nmodule_init(foo_init);\n#else\nfs_initcall(foo_init);\n#endif\n',
    ]) {
      const findings = runRule(missingModuleExit, repo(init + guard));
      expect(findings, guard).toHaveLength(1);
      expect(findings[0].message).toContain('module_init');
    }
    const withExit = `${init}static void __exit foo_exit(void)\n{\n}\n#ifndef MODULE\nfs_initcall(foo_init);\n#else\nmodule_init(foo_init);\n#endif\nmodule_exit(foo_exit);\n`;
    expect(runRule(missingModuleExit, repo(withExit))).toEqual([]);
  });

  it('does not pair a module_init with the exit of a driver macro from another configuration (two entry sets)', () => {
    // the ISA build has module_init and no exit; the platform build is a complete pair of its own
    const isa = 'static int __init foo_isa_init(void)\n{\n\treturn 0;\n}\n';
    const platform = '#ifdef CONFIG_FOO_PLATFORM\nmodule_platform_driver(foo_driver);\n#endif\n';
    const broken = runRule(missingModuleExit, repo(`${isa}#ifdef CONFIG_FOO_ISA\nmodule_init(foo_isa_init);\n#endif\n${platform}`));
    expect(broken.map((f) => f.message)).toEqual([expect.stringContaining('declares foo_isa_init with module_init')]);
    const whole = `${isa}static void __exit foo_isa_exit(void)\n{\n}\n#ifdef CONFIG_FOO_ISA\nmodule_init(foo_isa_init);\nmodule_exit(foo_isa_exit);\n#endif\n${platform}`;
    expect(runRule(missingModuleExit, repo(whole))).toEqual([]);
    expect(runRule(missingModuleExit, repo(`${platform}${isa}`))).toEqual([]);
  });

  it('finds the module of an obj- line whose other entries come from a variable it does not evaluate', () => {
    const init = 'static int __init foo_init(void)\n{\n\treturn 0;\n}\nmodule_init(foo_init);\n';
    const Makefile = 'extra-$(CONFIG_FOO_EXTRA) += extra.o\nobj-$(CONFIG_FOO) += main.o $(extra-y)\nobj-$(CONFIG_BAR) += bar.o\n';
    const bar =
      '#include <linux/module.h>\nstatic int __init bar_init(void)\n{\n\treturn 0;\n}\nstatic void __exit bar_exit(void)\n{\n}\nmodule_init(bar_init);\nmodule_exit(bar_exit);\nMODULE_LICENSE("GPL");\n';
    const findings = runRule(missingModuleExit, repo(init, { Makefile, 'bar.c': bar }));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('module main declares foo_init')]);
  });

  it('stays silent with module_exit and with helper-macro drivers', () => {
    expect(runRule(missingModuleExit, repo(LADDER))).toEqual([]);
    expect(runRule(missingModuleExit, repo(DEVM_PROBE))).toEqual([]);
  });
});

describe('cleanup/missing-section-annotation', () => {
  it('reports init without __init and exit without __exit', () => {
    const findings = runRule(
      missingSectionAnnotation,
      repo(LADDER.replace('static int __init foo_init', 'static int foo_init').replace('static void __exit', 'static void')),
    );
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('not marked __init'),
      expect.stringContaining('not marked __exit'),
    ]);
  });

  it('stays silent when annotated, and when init also calls the exit function', () => {
    expect(runRule(missingSectionAnnotation, repo(LADDER))).toEqual([]);
    const shared =
      'static void foo_exit(void)\n{\n}\n\nstatic int __init foo_init(void)\n{\n\tfoo_exit();\n\treturn 0;\n}\nmodule_init(foo_init);\nmodule_exit(foo_exit);\n';
    expect(runRule(missingSectionAnnotation, repo(shared))).toEqual([]);
  });
});

describe('cleanup/managed-manual-release', () => {
  it('reports kfree of devm_kzalloc memory in remove', () => {
    const bad = DEVM_PROBE.replace(
      'static int foo_remove(struct platform_device *pdev)\n{\n',
      'static int foo_remove(struct platform_device *pdev)\n{\n\tstruct foo *priv = platform_get_drvdata(pdev);\n\n\tkfree(priv);\n',
    );
    const findings = runRule(managedManualRelease, repo(bad));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('double free');
  });

  it('stays silent on a devm-only probe', () => {
    expect(runRule(managedManualRelease, repo(DEVM_PROBE))).toEqual([]);
  });
});
