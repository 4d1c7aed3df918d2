import { describe, expect, test } from 'vitest';
import type { PreprocCondition } from '../../src/model/c/types.js';
import { evaluateCondition, liveRange, mayMentionVersion, mentionsVersion } from '../../src/model/kernels/condition.js';
import { parseVersion, previousSeries, seriesOf } from '../../src/model/kernels/version.js';

const v = (s: string) => parseVersion(s) as number;
const holds = (expr: string, version: string, lookup?: (n: string) => string | undefined) =>
  evaluateCondition(expr, lookup)?.has(v(version));

describe('versions', () => {
  test('parse, series and the series before', () => {
    expect(v('6.1.0-57-amd64')).toBe(6 * 65536 + 256 + 0);
    expect(seriesOf('6.12.117+deb12-amd64')).toBe('6.12');
    expect(parseVersion('gcc')).toBeUndefined();
    expect(previousSeries(v('6.4'))).toBe('6.3');
    expect(previousSeries(v('6.0'))).toBe('5.19');
    expect(previousSeries(v('5.0'))).toBe('4.20');
  });
});

describe('version conditions', () => {
  test('comparisons in both orders', () => {
    expect(holds('LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)', '6.4')).toBe(true);
    expect(holds('LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)', '6.3.13')).toBe(false);
    expect(holds('KERNEL_VERSION(5,6,0) > LINUX_VERSION_CODE', '5.5')).toBe(true);
    expect(holds('KERNEL_VERSION(5,6,0) > LINUX_VERSION_CODE', '5.6')).toBe(false);
    expect(holds('LINUX_VERSION_CODE == KERNEL_VERSION(5,4,0)', '5.4')).toBe(true);
  });

  test('&&, ||, ! and parentheses', () => {
    const e =
      '(LINUX_VERSION_CODE >= KERNEL_VERSION(5,10,0) && LINUX_VERSION_CODE < KERNEL_VERSION(6,1,0)) || LINUX_VERSION_CODE >= KERNEL_VERSION(6,8,0)';
    expect(holds(e, '5.15')).toBe(true);
    expect(holds(e, '6.4')).toBe(false);
    expect(holds(e, '6.8')).toBe(true);
    expect(holds('!(LINUX_VERSION_CODE < KERNEL_VERSION(4,15,0))', '4.15')).toBe(true);
  });

  test('feature tests are unknown, unless the version part already decides', () => {
    expect(evaluateCondition('defined(HAVE_TIMER_SETUP)')).toBeUndefined();
    expect(evaluateCondition('defined(timer_setup)')).toBeUndefined();
    expect(evaluateCondition('RHEL_RELEASE_CODE >= RHEL_RELEASE_VERSION(8, 3)')).toBeUndefined();
    expect(evaluateCondition('LINUX_VERSION_CODE >= KERNEL_VERSION(5,6,0) || defined(HAVE_PROC_OPS)')).toBeUndefined();
    expect(evaluateCondition('0 && defined(X)')?.isEmpty).toBe(true);
    expect(evaluateCondition('1 || defined(X)')?.isAll).toBe(true);
  });

  test('object-like macros of the project are expanded', () => {
    const lookup = (n: string) => (n === 'NEW_CLASS_API' ? '(LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0))' : undefined);
    expect(holds('NEW_CLASS_API', '6.4', lookup)).toBe(true);
    expect(holds('!NEW_CLASS_API', '6.4', lookup)).toBe(false);
  });

  test("an expression's value is kept per repository: another repository's macros give it anew", () => {
    const older = (n: string) => (n === 'API_SINCE' ? 'KERNEL_VERSION(5, 10, 0)' : undefined);
    const newer = (n: string) => (n === 'API_SINCE' ? 'KERNEL_VERSION(6, 6, 0)' : undefined);
    const expr = 'LINUX_VERSION_CODE >= API_SINCE';
    expect(holds(expr, '6.1', older)).toBe(true);
    expect(holds(expr, '6.1', newer)).toBe(false);
    expect(holds(expr, '6.1', older)).toBe(true);
    expect(evaluateCondition(expr)).toBeUndefined();
    // the same answer asked again, from what was kept
    expect(evaluateCondition(expr, newer)).toBe(evaluateCondition(expr, newer));
  });

  test('#elif and #else exclude the earlier branches', () => {
    const cond = (directive: PreprocCondition['directive'], expr: string, previous: string[] = []): PreprocCondition => ({
      directive,
      expr,
      line: 1,
      previous,
    });
    const first = 'LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)';
    const second = 'LINUX_VERSION_CODE >= KERNEL_VERSION(5, 10, 0)';
    const elif = liveRange([cond('elif', second, [first])]);
    expect(elif.exact).toBe(true);
    expect(elif.live.has(v('5.15'))).toBe(true);
    expect(elif.live.has(v('6.4'))).toBe(false);
    const els = liveRange([cond('else', '', [first, second])]);
    expect(els.live.has(v('5.4'))).toBe(true);
    expect(els.live.has(v('5.10'))).toBe(false);
    const feature = liveRange([cond('ifdef', 'HAVE_X'), cond('if', first)]);
    expect(feature.exact).toBe(false);
    expect(feature.live.has(v('6.3'))).toBe(false);
  });
});

describe('mayMentionVersion', () => {
  test('is true wherever a directive may mention a version, and false on code without one', () => {
    for (const word of ['LINUX_VERSION_CODE', 'KERNEL_VERSION(5, 4, 0)', 'LINUX_VERSION_MAJOR', 'LINUX_VERSION_PATCHLEVEL']) {
      const code = `#if ${word} > 0\n#endif\n`;
      expect(mentionsVersion(code), word).toBe(true);
      expect(mayMentionVersion(code), word).toBe(true);
    }
    expect(mayMentionVersion('#define DRV_VERSION "1.0"\nint x;\n')).toBe(false);
    expect(mayMentionVersion('#if IS_ENABLED(CONFIG_PM)\n#endif\n')).toBe(false);
  });
});
