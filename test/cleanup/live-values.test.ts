// The walk forgets the values no later step reads (live-keys.ts), and what that made it walk to the end on drivers/
// showed it must understand: a test its values decide, a helper that fails with NULL, a release guarded by its handle.
import { describe, expect, it } from 'vitest';
import leakRule from '../../src/rules/cleanup/error-path-leak.js';
import exitRule from '../../src/rules/cleanup/exit-missing-release.js';
import orderRule from '../../src/rules/cleanup/release-order.js';
import wrongRule from '../../src/rules/cleanup/wrong-error-check.js';
import { type LiveKeys, liveKeys } from '../../src/analysis/cleanup/live-keys.js';
import { buildCfg } from '../../src/analysis/cleanup/cfg.js';
import type { Stmt } from '../../src/model/c/syntax/ir.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

/**
 * A PCI driver's module: `probe` and `remove` bodies after `decls`; with `exit`, its own init registering the driver
 * and an exit unregistering it, then running `exit` (else module_pci_driver).
 */
const probeModule = (probe: string, remove = '', decls = '', exit?: string) =>
  repo(`#include <linux/pci.h>
#include <linux/interrupt.h>
#include <linux/slab.h>
#include <linux/io.h>
#include <linux/workqueue.h>

${decls}
static int foo_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
${probe}
}

static void foo_remove(struct pci_dev *pdev)
{
${remove}
}

static struct pci_driver foo_driver = {
	.name = "foo",
	.probe = foo_probe,
	.remove = foo_remove,
};
${
  exit === undefined
    ? 'module_pci_driver(foo_driver);'
    : `
static int __init foo_init(void)
{
	return pci_register_driver(&foo_driver);
}

static void __exit foo_exit(void)
{
	pci_unregister_driver(&foo_driver);
${exit}
}
module_init(foo_init);
module_exit(foo_exit);`
}
`);

/** The keys live at some node of the graph. */
const everLive = (live: LiveKeys) => new Set(live.sets.flatMap((set) => [...set]));

describe('live values', () => {
  it('knows a value dead after its last test: the paths it split meet again', () => {
    // v is tested once, then never again: the two states after the test differ in nothing a later step reads
    const cfg = buildCfg([
      { kind: 'expr', line: 1, calls: [], assigns: [{ target: 'v', value: '0' }] },
      {
        kind: 'if',
        line: 2,
        cond: { text: 'v', test: { op: 'not', arg: { op: 'zero', key: 'v' } }, calls: [], assigns: [] },
        whenTrue: [],
      },
      { kind: 'return', line: 3, value: 'w', calls: [], assigns: [] },
    ] as unknown as Stmt[]);
    const live = liveKeys(cfg);
    const at = (t: string) => live.sets[live.at[cfg.nodes.findIndex((n) => n.t === t)]];
    expect([...at('cond')].sort()).toEqual(['v', 'w']);
    expect([...at('ret')]).toEqual(['w']);
    // the assignment writes v: before it, only w is read on
    expect([...at('eff')]).toEqual(['w']);
    expect([...everLive(live)].sort()).toEqual(['v', 'w']);
  });

  it('reads the source of a copy only where its target is read on (a copy into a key nothing tests is no read)', () => {
    const cfg = buildCfg([
      { kind: 'expr', line: 1, calls: [], assigns: [{ target: 'a', value: 'b' }] },
      { kind: 'expr', line: 2, calls: [], assigns: [{ target: 'c', value: 'd' }] },
      { kind: 'return', line: 3, value: 'a', calls: [], assigns: [] },
    ] as unknown as Stmt[]);
    const live = liveKeys(cfg);
    // b is read through a (returned); d is copied into c, which nothing reads
    expect(everLive(live).has('b')).toBe(true);
    expect(everLive(live).has('d')).toBe(false);
    expect(everLive(live).has('c')).toBe(false);
  });

  it('takes the one branch a test its values decide: `registered && p` with both set releases the IRQ', () => {
    const body = (guard: string, set = '1') => `	void *p;
	int registered = 0;
	int err;

	p = kzalloc(16, GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	err = request_irq(pdev->irq, NULL, 0, "foo", p);
	if (err)
		goto fail;
	else
		registered = ${set};
	if (pci_enable_device(pdev))
		goto fail;
	return 0;
fail:
	if (${guard})
		free_irq(pdev->irq, p);
	kfree(p);
	return -ENODEV;`;
    expect(runRule(leakRule, probeModule(body('registered && p'), '\tpci_disable_device(pdev);'))).toEqual([]);
    // a test the path cannot decide still splits: the IRQ leaks where `registered` is false
    const open = runRule(leakRule, probeModule(body('registered && p', 'other'), '\tpci_disable_device(pdev);', 'static int other;'));
    expect(open.map((f) => f.message)).toEqual([expect.stringContaining('leaks request_irq')]);
  });

  it('takes what a helper that fails with NULL holds as held only when its result is valid', () => {
    // (airo's _init_airo_card: what it returns is what it registered; the list holds the allocation)
    const helper = `#include <linux/miscdevice.h>

static LIST_HEAD(foo_list);

static struct miscdevice *foo_make(void)
{
	struct miscdevice *f = kzalloc(sizeof(*f), GFP_KERNEL);

	if (!f)
		return NULL;
	list_add(&f->list, &foo_list);
	if (misc_register(f)) {
		kfree(f);
		return NULL;
	}
	return f;
}
`;
    const probe = `	struct miscdevice *f;

	if (pci_enable_device(pdev))
		return -EIO;
	f = foo_make();
	if (!f) {
		pci_disable_device(pdev);
		return -ENODEV;
	}
	pci_set_drvdata(pdev, f);
	return 0;`;
    const remove = '\tstruct miscdevice *f = pci_get_drvdata(pdev);\n\n\tmisc_deregister(f);\n\tkfree(f);\n\tpci_disable_device(pdev);';
    expect(runRule(leakRule, probeModule(probe, remove, helper))).toEqual([]);
  });

  it('takes `if (h && cond) release(h)` as releasing what the path holds under h', () => {
    const probe = (guard: string, released = 'flash') => `	void __iomem *flash = NULL, *bar = NULL;
	int err;

	if (pci_enable_device(pdev))
		return -EIO;
	if (pdev->device > 7) {
		flash = ioremap(0, 16);
		if (!flash) {
			err = -ENOMEM;
			goto disable;
		}
	}
	err = pci_request_regions(pdev, "foo");
	if (err)
		goto unmap;
	return 0;
unmap:
	if (${guard})
		iounmap(${released});
disable:
	pci_disable_device(pdev);
	return err;`;
    const remove = '\tpci_release_regions(pdev);\n\tpci_disable_device(pdev);';
    expect(runRule(leakRule, probeModule(probe('flash && pdev->device > 7'), remove))).toEqual([]);
    // a guard that tests one handle and releases another is no such guard
    const unguarded = runRule(leakRule, probeModule(probe('flash && pdev->device > 7', 'bar'), remove));
    expect(unguarded.map((f) => f.message)).toEqual([expect.stringContaining('leaks ioremap')]);
  });

  it('does not call IS_ERR wrong on a pointer the path knows valid (found, or made by another call)', () => {
    const body = (test: string) => `#include <linux/err.h>

static struct foo *foo_find(int id);
static struct foo *foo_create(int id);

static struct foo *foo_find(int id)
{
	if (id > 3)
		return NULL;
	return kzalloc(8, GFP_KERNEL);
}

static struct foo *foo_create(int id)
{
	if (id > 5)
		return ERR_PTR(-EINVAL);
	return kzalloc(8, GFP_KERNEL);
}

static int __init foo_init(void)
{
	struct foo *vs = foo_find(1);

${test}
	if (IS_ERR(vs))
		return PTR_ERR(vs);
	return 0;
}

static void __exit foo_exit(void)
{
}
module_init(foo_init);
module_exit(foo_exit);
`;
    expect(runRule(wrongRule, repo(body('\tif (!vs)\n\t\tvs = foo_create(1);')))).toEqual([]);
    // without the NULL test, the IS_ERR of what foo_find gave misses its NULL
    expect(runRule(wrongRule, repo(body('')))).toHaveLength(1);
  });
});

describe('a call right before a return in a loop', () => {
  it("runs once: the cleanup helper an iteration's failure calls releases what init made once (thinkpad_acpi)", () => {
    const module = (last: string, cleanup = '\tif (proc_dir)\n\t\tremove_proc_entry("foo", NULL);') =>
      repo(`#include <linux/proc_fs.h>

static struct proc_dir_entry *proc_dir;
static int parts[4];

static void foo_cleanup(void)
{
${cleanup}
}

static int foo_part(int i)
{
	return parts[i] ? 0 : -ENODEV;
}

static int __init foo_init(void)
{
	int i, ret;

	proc_dir = proc_mkdir("foo", NULL);
	if (!proc_dir)
		return -ENOMEM;
	for (i = 0; i < 4; i++) {
		ret = foo_part(i);
		if (ret < 0) {
			foo_cleanup();
			${last}
		}
	}
	return 0;
}

static void __exit foo_exit(void)
{
	foo_cleanup();
}
module_init(foo_init);
module_exit(foo_exit);
`);
    expect(runRule(leakRule, module('return ret;'))).toEqual([]);
    // the walk does reach that return: with a cleanup that releases nothing, the directory leaks there
    expect(runRule(leakRule, module('return ret;', '\tparts[0] = 0;')).map((f) => f.message)).toEqual([
      expect.stringContaining('proc_mkdir'),
    ]);
  });
});

describe('a call retried by a goto', () => {
  it("takes the status of the acquisition made again as the new one's (amdgpu's drm_dev_register retried on -EAGAIN)", () => {
    const probe = `	int ret, tries = 0;

	if (pci_enable_device(pdev))
		return -EIO;
retry:
	ret = pci_request_regions(pdev, "foo");
	if (ret == -EAGAIN && ++tries <= 3)
		goto retry;
	else if (ret)
		goto disable;
	return 0;
disable:
	pci_disable_device(pdev);
	return ret;`;
    const remove = '\tpci_release_regions(pdev);\n\tpci_disable_device(pdev);';
    expect(runRule(leakRule, probeModule(probe, remove))).toEqual([]);
    // the failure after the retries is walked: without the disable there, the enabled device leaks
    const leaky = probeModule(probe.replace('disable:\n\tpci_disable_device(pdev);', 'disable:'), remove);
    expect(runRule(leakRule, leaky).map((f) => f.message)).toEqual([expect.stringContaining('pci_enable_device')]);
  });
});

describe('a release in each branch of an if/else the walk cannot tell', () => {
  it('takes the branch that releases what the path holds (pd6729: an IRQ or a poll timer, by irq_mode)', () => {
    const probe = `	int ret;

	if (pci_enable_device(pdev))
		return -EIO;
	if (irq_mode == 1) {
		ret = request_irq(pdev->irq, NULL, 0, "foo", pdev);
		if (ret)
			goto disable;
	} else {
		timer_setup(&poll_timer, NULL, 0);
		mod_timer(&poll_timer, jiffies + HZ);
	}
	ret = pci_request_regions(pdev, "foo");
	if (ret)
		goto stop;
	return 0;
stop:
	if (irq_mode == 1)
		free_irq(pdev->irq, pdev);
	else
		del_timer_sync(&poll_timer);
disable:
	pci_disable_device(pdev);
	return ret;`;
    const decls = '#include <linux/timer.h>\n\nstatic int irq_mode;\nstatic struct timer_list poll_timer;\n';
    expect(runRule(leakRule, probeModule(probe, '\tpci_release_regions(pdev);\n\tpci_disable_device(pdev);', decls))).toEqual([]);
  });
});

describe('releases the tables now know', () => {
  it('takes release_resource() as the release of the region request_mem_region() gave', () => {
    const module = (release: string) =>
      probeModule(
        `	struct resource *res;

	res = request_mem_region(0x1000, 16, "foo");
	if (!res)
		return -EBUSY;
	pci_set_drvdata(pdev, res);
	return 0;`,
        `	struct resource *res = pci_get_drvdata(pdev);

${release}`,
      );
    expect(runRule(exitRule, module('\trelease_resource(res);\n\tkfree(res);'))).toEqual([]);
    expect(runRule(exitRule, module('\tkfree(res);')).map((f) => f.message)).toEqual([expect.stringContaining('release_mem_region')]);
  });

  it("takes a disk's .free_disk callback as releasing what it frees (virtio_blk's index, freed by the last put_disk)", () => {
    const module = (callback: string) =>
      probeModule(
        `	int index = ida_alloc(&foo_ida, GFP_KERNEL);

	if (index < 0)
		return index;
	foo_index = index;
	return 0;`,
        '\tput_disk(foo_disk);',
        `#include <linux/blkdev.h>
#include <linux/idr.h>

static DEFINE_IDA(foo_ida);
static struct gendisk *foo_disk;
static int foo_index;

static void foo_free_disk(struct gendisk *disk)
{
	ida_free(&foo_ida, foo_index);
}

static const struct block_device_operations foo_fops = {
	.owner = THIS_MODULE,
	${callback} = foo_free_disk,
};
`,
      );
    expect(runRule(exitRule, module('.free_disk'))).toEqual([]);
    // the same function under a field the block layer never calls at the end is no release
    expect(runRule(exitRule, module('.getgeo')).map((f) => f.message)).toEqual([expect.stringContaining('ida_alloc')]);
  });

  it('does not report what another remove paired with the same probe releases (two drivers, one probe)', () => {
    const module = (hifRelease: string, release = '\tpci_disable_device(pdev);') =>
      repo(`#include <linux/pci.h>

static int foo_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	if (pci_enable_device(pdev))
		return -EIO;
	return 0;
}

static void foo_remove(struct pci_dev *pdev)
{
${release}
}

static void foo_hif_remove(struct pci_dev *pdev)
{
${hifRelease}
}

static struct pci_driver foo_hif_driver = {
	.name = "foo-hif",
	.probe = foo_probe,
	.remove = foo_hif_remove,
};

static struct pci_driver foo_driver = {
	.name = "foo",
	.probe = foo_probe,
	.remove = foo_remove,
};

static int __init foo_init(void)
{
	int err = pci_register_driver(&foo_hif_driver);

	if (err)
		return err;
	err = pci_register_driver(&foo_driver);
	if (err)
		pci_unregister_driver(&foo_hif_driver);
	return err;
}

static void __exit foo_exit(void)
{
	pci_unregister_driver(&foo_driver);
	pci_unregister_driver(&foo_hif_driver);
}
module_init(foo_init);
module_exit(foo_exit);
`);
    const findings = runRule(exitRule, module('\tpci_release_regions(pdev);'));
    expect(findings.filter((f) => f.message.includes('pci_enable_device'))).toEqual([]);
    // released by neither remove, it is reported
    const neither = runRule(exitRule, module('\tpci_release_regions(pdev);', '\tpci_release_regions(pdev);'));
    expect(neither.filter((f) => f.message.includes('pci_enable_device'))).toHaveLength(1);
  });
});

describe('what a probe keeps for the module', () => {
  const module = (global: boolean) =>
    probeModule(
      `${global ? '' : '\tstruct workqueue_struct *foo_wq = NULL;\n'}
	if (!foo_wq) {
		foo_wq = create_singlethread_workqueue("foo_wq");
		if (!foo_wq)
			return -ENOMEM;
	}
	if (pci_enable_device(pdev))
		return -EIO;
	return 0;`,
      '\tpci_disable_device(pdev);',
      global ? 'static struct workqueue_struct *foo_wq;' : '',
      '\tif (foo_wq)\n\t\tdestroy_workqueue(foo_wq);',
    );

  it("leaves to the module's exit what a probe creates once for the module (bnxt's workqueue)", () => {
    expect(runRule(leakRule, module(true))).toEqual([]);
    expect(runRule(exitRule, module(true))).toEqual([]);
  });

  it("leaves to the exit the entries of the module's list it frees one by one (sunhme's quattro list)", () => {
    const listModule = (exitFrees: boolean) =>
      probeModule(
        `	struct quattro *qp = kzalloc(sizeof(*qp), GFP_KERNEL);

	if (!qp)
		return -ENOMEM;
	qp->next = qfe_list;
	qfe_list = qp;
	if (pci_enable_device(pdev))
		return -EIO;
	return 0;`,
        '\tpci_disable_device(pdev);',
        `struct quattro {
	struct quattro *next;
};

static struct quattro *qfe_list;

static void foo_free_list(void)
{
	while (qfe_list) {
		struct quattro *qfe = qfe_list;

		qfe_list = qfe->next;
		${exitFrees ? 'kfree(qfe);' : ''}
	}
}
`,
        '\tfoo_free_list();',
      );
    expect(runRule(leakRule, listModule(true))).toEqual([]);
    expect(runRule(exitRule, listModule(true))).toEqual([]);
    expect(runRule(exitRule, listModule(false)).map((f) => f.message)).toEqual([expect.stringContaining('kzalloc')]);
  });

  it("still reports the probe's own, a local of the same name", () => {
    expect(runRule(leakRule, module(false)).map((f) => f.message)).toEqual([
      expect.stringContaining('leaks create_singlethread_workqueue'),
    ]);
  });
});

describe('cleanup/release-order, objects told apart', () => {
  const stop = `static void foo_stop(struct net_device *dev, struct net_device *extra)
{
	unregister_netdev(dev);
	if (extra) {
		unregister_netdev(extra);
		free_netdev(extra);
	}
}
`;
  it('does not take a helper run once per card for a free before an unregister', () => {
    const module = repo(`#include <linux/netdevice.h>
#include <linux/etherdevice.h>

static struct net_device *cards[2];
${stop}
static int __init foo_init(void)
{
	int err;

	cards[0] = alloc_etherdev(0);
	if (!cards[0])
		return -ENOMEM;
	err = register_netdev(cards[0]);
	if (err) {
		free_netdev(cards[0]);
		return err;
	}
	return 0;
}

static void __exit foo_exit(void)
{
	foo_stop(cards[0], cards[1]);
	free_netdev(cards[0]);
	foo_stop(cards[1], NULL);
	free_netdev(cards[1]);
}
module_init(foo_init);
module_exit(foo_exit);
`);
    expect(runRule(orderRule, module)).toEqual([]);
  });

  it("does not compare the exit's own releases with those of the remove a driver's unregistration runs", () => {
    // (tlan: the exit unregisters the PCI driver, whose remove unregisters each PCI card, then frees its EISA cards)
    const module = repo(`#include <linux/pci.h>
#include <linux/netdevice.h>
#include <linux/etherdevice.h>

static struct net_device *eisa_card;

static int foo_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct net_device *dev = alloc_etherdev(0);

	if (!dev)
		return -ENOMEM;
	if (register_netdev(dev)) {
		free_netdev(dev);
		return -EIO;
	}
	pci_set_drvdata(pdev, dev);
	return 0;
}

static void foo_remove(struct pci_dev *pdev)
{
	struct net_device *dev = pci_get_drvdata(pdev);

	unregister_netdev(dev);
	free_netdev(dev);
}

static struct pci_driver foo_driver = {
	.name = "foo",
	.probe = foo_probe,
	.remove = foo_remove,
};

static void foo_eisa_cleanup(void)
{
	free_netdev(eisa_card);
}

static int __init foo_init(void)
{
	int err;

	eisa_card = alloc_etherdev(0);
	if (!eisa_card)
		return -ENOMEM;
	err = register_netdev(eisa_card);
	if (err) {
		free_netdev(eisa_card);
		return err;
	}
	err = pci_register_driver(&foo_driver);
	if (err) {
		unregister_netdev(eisa_card);
		free_netdev(eisa_card);
	}
	return err;
}

static void __exit foo_exit(void)
{
	unregister_netdev(eisa_card);
	foo_eisa_cleanup();
	pci_unregister_driver(&foo_driver);
}
module_init(foo_init);
module_exit(foo_exit);
`);
    expect(runRule(orderRule, module)).toEqual([]);
  });

  it('still reports a free before the unregister of the same card', () => {
    const module = repo(`#include <linux/netdevice.h>
#include <linux/etherdevice.h>

static struct net_device *card;

static int __init foo_init(void)
{
	int err;

	card = alloc_etherdev(0);
	if (!card)
		return -ENOMEM;
	err = register_netdev(card);
	if (err) {
		free_netdev(card);
		return err;
	}
	return 0;
}

static void __exit foo_exit(void)
{
	free_netdev(card);
	unregister_netdev(card);
}
module_init(foo_init);
module_exit(foo_exit);
`);
    expect(runRule(orderRule, module).map((f) => f.message)).toEqual([
      expect.stringContaining('free_netdev() runs before unregister_netdev()'),
    ]);
  });
});
