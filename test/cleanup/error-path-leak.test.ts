import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/cleanup/error-path-leak.js';
import { runRule } from '../helpers/rule-tester.js';
import { DEVM_PROBE, LADDER } from './fixtures.js';
import { repo } from './repo.js';

const initWith = (body: string) =>
  repo(
    `static struct miscdevice foo_misc;\nstatic char *buf;\n\nstatic int __init foo_init(void)\n{\n${body}\n}\n\nstatic void __exit foo_exit(void)\n{\n\tmisc_deregister(&foo_misc);\n\tkfree(buf);\n}\nmodule_init(foo_init);\nmodule_exit(foo_exit);\n`,
  );

describe('cleanup/error-path-leak', () => {
  it('reports an error return that leaks an earlier allocation, naming the acquiring line', () => {
    const findings = runRule(
      rule,
      initWith(
        '\tint ret;\n\n\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tret = misc_register(&foo_misc);\n\tif (ret)\n\t\treturn ret;\n\treturn 0;',
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'main.c', line: 16 });
    expect(findings[0].message).toContain('kzalloc(64, GFP_KERNEL) from line 11');
    expect(findings[0].message).toContain('kfree');
  });

  it('walks the definition a module build compiles when #ifndef MODULE gives another one', () => {
    const leaky =
      '\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tif (misc_register(&foo_misc))\n\t\treturn -EIO;\n\treturn 0;';
    const clean = leaky.replace('\t\treturn -EIO;', '\t{\n\t\tkfree(buf);\n\t\treturn -EIO;\n\t}');
    const body = (builtIn: string, mod: string) =>
      repo(
        `static struct miscdevice foo_misc;\nstatic char *buf;\n\n#ifndef MODULE\nstatic int __init foo_init(void)\n{\n${builtIn}\n}\n#else\nstatic int __init foo_init(void)\n{\n${mod}\n}\n#endif\n\nstatic void __exit foo_exit(void)\n{\n\tmisc_deregister(&foo_misc);\n\tkfree(buf);\n}\nmodule_init(foo_init);\nmodule_exit(foo_exit);\n`,
      );
    expect(runRule(rule, body(leaky, clean))).toEqual([]);
    expect(runRule(rule, body(clean, leaky)).map((f) => f.message)).toEqual([expect.stringContaining('leaks kzalloc')]);
  });

  it('follows goto into a label that does not release everything', () => {
    const findings = runRule(
      rule,
      initWith(
        '\tint ret;\n\n\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tret = misc_register(&foo_misc);\n\tif (ret)\n\t\tgoto out;\n\treturn 0;\nout:\n\treturn ret;',
      ),
    );
    expect(findings.map((f) => f.line)).toEqual([19]);
  });

  it('follows a helper that acquires, without blaming init for what the helper holds', () => {
    const findings = runRule(
      rule,
      repo(`static char *buf;
static struct miscdevice foo_misc;

static int foo_alloc(void)
{
	buf = kzalloc(64, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	return 0;
}

static int __init foo_init(void)
{
	int ret = foo_alloc();

	if (ret)
		return ret;
	ret = misc_register(&foo_misc);
	if (ret < 0)
		return ret;
	return 0;
}

static void __exit foo_exit(void)
{
	misc_deregister(&foo_misc);
	kfree(buf);
}
module_init(foo_init);
module_exit(foo_exit);
`),
    );
    // Precision: a helper's resources are often unwound by the driver's own teardown helpers.
    expect(findings).toEqual([]);
  });

  it('stays silent on the canonical goto ladder', () => {
    expect(runRule(rule, repo(LADDER))).toEqual([]);
  });

  it('stays silent on a devm-only probe', () => {
    expect(runRule(rule, repo(DEVM_PROBE))).toEqual([]);
  });

  it('does not call `return misc_register(&x);` a leak', () => {
    expect(runRule(rule, initWith('\treturn misc_register(&foo_misc);'))).toEqual([]);
  });

  it('stays silent when init and its unwind sit under #if LINUX_VERSION_CODE / #ifdef CONFIG_', () => {
    const src = `static struct class *cls;
static struct miscdevice foo_misc;

static int __init foo_init(void)
{
	int ret = misc_register(&foo_misc);

	if (ret)
		return ret;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)
	cls = class_create("foo");
#else
	cls = class_create(THIS_MODULE, "foo");
#endif
	if (IS_ERR(cls)) {
#ifdef CONFIG_FOO_DEBUG
		pr_err("foo: no class\\n");
#endif
		misc_deregister(&foo_misc);
		return PTR_ERR(cls);
	}
	return 0;
}

static void __exit foo_exit(void)
{
	class_destroy(cls);
	misc_deregister(&foo_misc);
}
module_init(foo_init);
module_exit(foo_exit);
`;
    expect(runRule(rule, repo(src))).toEqual([]);
  });

  it('stays silent when a helper releases on the error path', () => {
    const src = `static char *buf;
static struct miscdevice foo_misc;

static void foo_free(void)
{
	kfree(buf);
}

static int __init foo_init(void)
{
	int ret;

	buf = kmalloc(64, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	ret = misc_register(&foo_misc);
	if (ret) {
		foo_free();
		return ret;
	}
	return 0;
}

static void __exit foo_exit(void)
{
	misc_deregister(&foo_misc);
	foo_free();
}
module_init(foo_init);
module_exit(foo_exit);
`;
    expect(runRule(rule, repo(src))).toEqual([]);
  });

  it('finds init after a function whose #if and #else branches each open a block', () => {
    // Each branch holds `if (...) {` and one `}` closes both: only one branch is compiled.
    const findings = runRule(
      rule,
      repo(`static struct miscdevice foo_misc;
static char *buf;

static void foo_tag(int *p)
{
#if LINUX_VERSION_CODE < KERNEL_VERSION(4, 4, 0)
	if (p && *p > 1) {
#else
	if (p) {
#endif
		*p = 0;
	}
}

#define FOO_RESET(x) do { \
	/* not yet: \
	if (x) { \
	} */ \
	(x) = 0; \
} while (0)

static int __init foo_init(void)
{
	int ret;

	buf = kzalloc(64, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	ret = misc_register(&foo_misc);
	if (ret)
		return ret;
	return 0;
}

static void __exit foo_exit(void)
{
	misc_deregister(&foo_misc);
	kfree(buf);
}
module_init(foo_init);
module_exit(foo_exit);
`),
    );
    expect(findings.map((f) => f.message.split(' leaks ')[1]?.slice(0, 25))).toEqual(['kzalloc(64, GFP_KERNEL) f']);
  });

  describe("a release under a flag the walk cannot tell (the Intel drivers' disable_dev)", () => {
    // e1000, ixgbe and ixgbevf unwind probe with `if (!adapter || disable_dev) pci_disable_device(pdev);`, where
    // disable_dev = !test_and_set_bit(...) of a bit nothing has set yet: the release is made on every path.
    const probe = (guard: string, extra = '') =>
      repo(`struct priv { unsigned long flags; };

static int m_probe(struct pci_dev *pdev, const struct pci_device_id *ent)
{
	struct priv *adapter = NULL;
	int err, disable_dev = 0;

	err = pci_enable_device(pdev);
	if (err)
		return err;
	adapter = kzalloc(sizeof(*adapter), GFP_KERNEL);
	if (!adapter) {
		err = -ENOMEM;
		goto err_alloc;
	}
	err = pci_request_regions(pdev, "m");
	if (err)
		goto err_reg;
	pci_set_drvdata(pdev, adapter);
	return 0;
err_reg:
	disable_dev = !test_and_set_bit(0, &adapter->flags);${extra}
	kfree(adapter);
err_alloc:
	${guard}
	return err;
}

static void m_remove(struct pci_dev *pdev)
{
	struct priv *adapter = pci_get_drvdata(pdev);

	pci_release_regions(pdev);
	kfree(adapter);
	pci_disable_device(pdev);
}

static const struct pci_device_id m_ids[] = { { PCI_DEVICE(0x1234, 0x5678) }, { } };
MODULE_DEVICE_TABLE(pci, m_ids);
static struct pci_driver m_driver = { .name = "m", .id_table = m_ids, .probe = m_probe, .remove = m_remove };
module_pci_driver(m_driver);
`);

    it('takes the guarded release as made', () => {
      expect(runRule(rule, probe('if (!adapter || disable_dev)\n\t\tpci_disable_device(pdev);'))).toEqual([]);
    });

    it('still reports the path when the flag is known to skip the release', () => {
      // disable_dev set to 0 on the way: the walk knows the release is skipped
      const findings = runRule(rule, probe('if (!adapter || disable_dev)\n\t\tpci_disable_device(pdev);', '\n\tdisable_dev = 0;'));
      expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('leaks pci_enable_device(pdev)')]);
    });

    it('knows a flag set to a number: the path that set it skips the release (jmb38x_ms, tifm_7xx1)', () => {
      // `pci_dev_busy = 1;` where the regions are busy, then `if (!pci_dev_busy) pci_disable_device(pdev);`
      const findings = runRule(rule, probe('if (!disable_dev)\n\t\tpci_disable_device(pdev);', '\n\tdisable_dev = 1;'));
      expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('leaks pci_enable_device(pdev)')]);
    });

    it('still reports a release missing from the path altogether', () => {
      const findings = runRule(rule, probe('if (!adapter || disable_dev)\n\t\tdev_info(&pdev->dev, "failed");'));
      expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('leaks pci_enable_device(pdev)')]);
    });

    it('follows a registration flag set to 1 into the success it makes (3c509, aha1542, ti-tfp410)', () => {
      const findings = runRule(
        rule,
        repo(`static struct miscdevice foo_misc;
static struct platform_driver foo_driver;

static int __init foo_init(void)
{
	int ret, registered = 0;

	ret = misc_register(&foo_misc);
	if (!ret)
		registered = 1;
	ret = platform_driver_register(&foo_driver);
	if (!ret)
		return 0;
	if (registered)
		return 0;
	return ret;
}

static void __exit foo_exit(void)
{
	platform_driver_unregister(&foo_driver);
	misc_deregister(&foo_misc);
}
module_init(foo_init);
module_exit(foo_exit);
`),
      );
      expect(findings).toEqual([]);
    });

    it("leaves a test of a resource's status to the walk: the path where the call failed goes on", () => {
      // `if (!ret) misc_deregister(...)` tests the registration's status: where it failed, the error return leaks buf
      const findings = runRule(
        rule,
        initWith(
          '\tint ret;\n\n\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tret = misc_register(&foo_misc);\n\tif (!ret)\n\t\tmisc_deregister(&foo_misc);\n\treturn ret;',
        ),
      );
      expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('leaks kzalloc(64, GFP_KERNEL)')]);
    });

    it('leaves a test of the resource itself to the walk', () => {
      // `if (buf) kfree(buf)` tests the handle: a path with the buffer held takes the release, as before
      const findings = runRule(
        rule,
        initWith(
          '\tint ret;\n\n\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tret = misc_register(&foo_misc);\n\tif (ret) {\n\t\tif (buf)\n\t\t\tkfree(buf);\n\t\treturn ret;\n\t}\n\treturn 0;',
        ),
      );
      expect(findings).toEqual([]);
    });
  });

  describe('counts', () => {
    // lance, smc-ultra, wd, baycom_epp: each card kept is counted, and the module fails only when none was
    const cards = (keep: string, test: string, counts = 'found = 0') =>
      repo(`static struct net_device *devs[4];
static int io[4];

static int __init foo_init(void)
{
	struct net_device *dev;
	int i, ${counts};

	for (i = 0; i < 4; i++) {
		if (io[i] == 0)
			break;
		dev = alloc_etherdev(0);
		if (!dev)
			break;
		if (register_netdev(dev) == 0) {
${keep}
			continue;
		}
		free_netdev(dev);
		break;
	}
	if (${test})
		return 0;
	return -ENXIO;
}

static void __exit foo_exit(void)
{
	int i;

	for (i = 0; i < 4; i++)
		if (devs[i]) {
			unregister_netdev(devs[i]);
			free_netdev(devs[i]);
		}
}
module_init(foo_init);
module_exit(foo_exit);
`);

    it('knows a count from zero is positive once incremented: the card kept makes the module load', () => {
      expect(runRule(rule, cards('\t\t\tdevs[found++] = dev;', 'found != 0'))).toEqual([]);
      expect(runRule(rule, cards('\t\t\tdevs[found] = dev;\n\t\t\tfound += 1;', 'found'))).toEqual([]);
    });

    it('keeps a count that only a copy of it is tested through (`n = found; if (n)`)', () => {
      expect(runRule(rule, cards('\t\t\tdevs[found++] = dev;\n\t\t\tn = found;', 'n', 'found = 0, n = 0'))).toEqual([]);
    });

    it('still reports the error return when the count is not the one tested', () => {
      // `other` never counts a card: the path that kept one still fails with it registered
      const findings = runRule(rule, cards('\t\t\tdevs[found++] = dev;', 'other', 'found = 0, other = 0'));
      expect(findings.map((f) => f.message).sort()).toEqual([
        expect.stringContaining('leaks alloc_etherdev(0)'),
        expect.stringContaining('leaks register_netdev(dev)'),
      ]);
    });

    it('does not take a count that may have crossed zero as positive', () => {
      // decremented back: zero again on the path that kept the card, and the error return leaks it
      const findings = runRule(rule, cards('\t\t\tdevs[found++] = dev;\n\t\t\tfound--;', 'found != 0'));
      expect(findings.map((f) => f.message).sort()).toEqual([
        expect.stringContaining('leaks alloc_etherdev(0)'),
        expect.stringContaining('leaks register_netdev(dev)'),
      ]);
    });

    it('takes a step down of more than one as crossing zero: `n -= 2` of a count of one is negative', () => {
      const findings = runRule(rule, cards('\t\t\tdevs[found++] = dev;\n\t\t\tfound -= 2;', 'found >= 0'));
      expect(findings.map((f) => f.message).sort()).toEqual([
        expect.stringContaining('leaks alloc_etherdev(0)'),
        expect.stringContaining('leaks register_netdev(dev)'),
      ]);
      // one step down is not negative
      expect(runRule(rule, cards('\t\t\tdevs[found++] = dev;\n\t\t\tfound -= 1;', 'found >= 0'))).toEqual([]);
    });

    it('reads `return n;` of a count as a result, not an error (udl_alloc_urb_list)', () => {
      const findings = runRule(
        rule,
        initWith(
          '\tint n = 0;\n\n\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tif (misc_register(&foo_misc))\n\t\treturn -EIO;\n\tn++;\n\treturn n;',
        ),
      );
      // the one leak is the -EIO return's; `return n;` is the success, with both held for the exit
      expect(findings.map((f) => f.line)).toEqual([15]);
    });

    it('takes the branch of `return c ? -EIO : 0;` the path knows `c` for', () => {
      const body = (check: string) =>
        initWith(
          `\tint ret;\n\n\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tret = misc_register(&foo_misc);\n\tif (ret) {\n\t\tkfree(buf);\n\t\treturn ret;\n\t}\n${check}\treturn ret ? -EIO : 0;`,
        );
      // `ret` is known zero past `if (ret)`: the return is the success, both kept for the exit
      expect(runRule(rule, body(''))).toEqual([]);
      // a status the walk cannot know: either branch, and the error one leaks both
      expect(
        runRule(rule, body('\tret = foo_hw_ready();\n'))
          .map((f) => f.message)
          .sort(),
      ).toEqual([expect.stringContaining('leaks kzalloc(64, GFP_KERNEL)'), expect.stringContaining('leaks misc_register(&foo_misc)')]);
    });
  });
});
