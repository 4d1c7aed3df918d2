// Measures an OS abstraction layer: the vendor "osdep"/HAL code that wraps kernel primitives in the
// driver's own names, renames kernel types, and keeps code for other operating systems behind #ifdef.
// Upstream review asks for all of it to go (staging TODO files of vendor Wi-Fi drivers list it first).

import type { CFile } from '../../model/c/types.js';
import { isSpace } from '../../text/space.js';

/** Kernel primitives vendor layers wrap: memory, locking, sleeping, timers, lists, atomics, work, skbs. */
const PRIMITIVE =
  /^(?:memcpy|memset|memcmp|memmove|strncpy|strlen|kmalloc|kzalloc|kcalloc|vmalloc|vzalloc|kfree|vfree|kmemdup|spin_lock(?:_\w+)?|spin_unlock(?:_\w+)?|spin_lock_init|mutex_init|mutex_lock(?:_interruptible)?|mutex_unlock|sema_init|down(?:_interruptible|_timeout)?|up|msleep(?:_interruptible)?|mdelay|udelay|usleep_range|ssleep|init_timer|timer_setup|setup_timer|mod_timer|del_timer(?:_sync)?|jiffies_to_msecs|msecs_to_jiffies|INIT_LIST_HEAD|list_add(?:_tail)?|list_del(?:_init)?|list_empty|atomic_(?:set|read|inc|dec|add|sub|inc_return|dec_return)|init_completion|complete|wait_for_completion(?:_\w+)?|INIT_WORK|schedule_work|cancel_work_sync|queue_work|flush_workqueue|tasklet_init|tasklet_schedule|tasklet_kill|dev_alloc_skb|dev_kfree_skb(?:_any|_irq)?|skb_put|skb_pull|skb_push|skb_reserve|get_random_bytes|copy_from_user|copy_to_user|local_irq_save|local_irq_restore|netif_carrier_on|netif_carrier_off|netif_stop_queue|netif_wake_queue)$/;

/** #if conditions that select another operating system (or "Linux" as one platform among several). */
export const OTHER_OS =
  /\b(PLATFORM_(?:WINDOWS|LINUX|FREEBSD|OS_\w+|MPIXEL|ECOS)|_WIN32|WIN32|_WIN64|__FreeBSD__|__NetBSD__|__OpenBSD__|__APPLE__|_MSC_VER|NDIS_MINIPORT_DRIVER|NDIS\d+_MINIPORT|__VXWORKS__|__rtems__|__ECOS|CONFIG_PLATFORM_WINDOWS)\b/;

/** Kernel types a layer renames: `typedef spinlock_t _lock;`. */
const KERNEL_TYPE_TYPEDEF =
  /\btypedef\s+((?:struct\s+)?(?:spinlock_t|struct\s+semaphore|semaphore|mutex|struct\s+mutex|timer_list|struct\s+timer_list|list_head|struct\s+list_head|work_struct|struct\s+work_struct|completion|struct\s+completion|atomic_t|tasklet_struct|struct\s+tasklet_struct|wait_queue_head_t|sk_buff|struct\s+sk_buff|net_device|struct\s+net_device|struct\s+urb|struct\s+usb_device|struct\s+task_struct))\s*(\*?)\s*(\w+)\s*;/g;

/** Folders named for an abstraction layer. */
const LAYER_FOLDER = /(^|\/)(os_?dep|osal|os_intfs|hal|hal_?common|platform|os)(\/|$)/i;

export interface Wrapper {
  name: string;
  wraps: string;
  file: string;
  line: number;
  lines: number;
}

export interface OsAbstraction {
  wrappers: Wrapper[];
  typedefs: { name: string; of: string; file: string; line: number }[];
  otherOs: { file: string; line: number; symbol: string; lines: number }[];
  layerFolders: { folder: string; files: number; lines: number }[];
}

function params(text: string): string[] {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return [];
  return text
    .slice(open + 1, close)
    .split(',')
    .map((p) => /(\w+)\s*(?:\[[^\]]*\])?\s*$/.exec(p.trim())?.[1] ?? '')
    .filter((p) => p && p !== 'void');
}

/**
 * A function whose whole body is one call to a kernel primitive with (some of) its own parameters passed
 * straight through: `void _rtw_spinlock(_lock *plock) { spin_lock(plock); }`. Callbacks (functions assigned
 * with `.field = fn`) are not wrappers: a kref release that only frees is how the kernel wants it.
 */
function wrappersIn(f: CFile, callbacks: () => Set<string>): Wrapper[] {
  const out: Wrapper[] = [];
  for (const fn of f.functions) {
    if (statementsUpTo(f.code, fn.bodyStart + 1, fn.bodyEnd, 2) !== 1) continue;
    const body = f.code.slice(fn.bodyStart + 1, fn.bodyEnd).trim();
    const call = /^(?:return\s+)?(?:\([^()]*\)\s*)?(\w+)\s*\(([\s\S]*)\)\s*;?$/.exec(body);
    if (!call || !PRIMITIVE.test(call[1])) continue;
    const own = new Set(params(f.code.slice(fn.offset, fn.bodyStart)));
    const args = call[2].split(',').map((a) => a.trim().replace(/^[&*]+/, ''));
    if (!args.some((a) => own.has(a)) || callbacks().has(fn.name)) continue;
    out.push({ name: fn.name, wraps: call[1], file: f.path, line: fn.line, lines: f.lineAt(fn.bodyEnd) - fn.line + 1 });
  }
  return out;
}

/**
 * The statements of code[from, to): its pieces between `;` that are not blank (as `split(';')` and `trim()` count
 * them), counted up to `limit` in place, without a copy of every function body and its pieces.
 */
export function statementsUpTo(code: string, from: number, to: number, limit: number): number {
  let count = 0;
  let filled = false;
  for (let i = from; i < to; i++) {
    const c = code.charCodeAt(i);
    if (c === 59 /* ; */) {
      if (filled && ++count >= limit) return count;
      filled = false;
    } else if (!filled && !isSpace(c)) filled = true;
  }
  return filled ? Math.min(count + 1, limit) : count;
}

/** A directive line opening or continuing a conditional group, with the rest of its line. */
const CONDITION_LINE = /^\s*#\s*(?:if|ifdef|ifndef|elif)\b(.*)$/;

/** Whether `if` or `elif` starts at `at` after blanks (a line's text up to `end`): else CONDITION_LINE cannot match. */
function opensCondition(code: string, at: number, end: number): boolean {
  while (at < end && isSpace(code.charCodeAt(at))) at++;
  return code.startsWith('if', at) || code.startsWith('elif', at);
}

/**
 * The `#if` groups of a file whose condition names another system, with where each starts and how many lines it runs.
 * Only a line holding `#` can be a directive: the reading jumps from `#` to `#` and tries the line around each, so the
 * code between directives is not read (an expression over every file was 0.9 s of drivers/; the lines tried and the
 * lines counted are those of the file split at \n, as before).
 */
function otherOsBlocks(f: CFile): OsAbstraction['otherOs'] {
  const out: OsAbstraction['otherOs'] = [];
  const code = f.code;
  let lines: string[] | undefined;
  // the 0-based line of `counted`, advanced only when a block is found
  let line = 0;
  let counted = 0;
  for (let hash = code.indexOf('#'); hash >= 0; ) {
    let end = code.indexOf('\n', hash);
    if (end < 0) end = code.length;
    const start = code.lastIndexOf('\n', hash) + 1;
    // most directives are #define and #include: the line is tried only when `if` or `elif` follows the `#`
    const m = opensCondition(code, hash + 1, end) ? CONDITION_LINE.exec(code.slice(start, end)) : null;
    const os = m ? OTHER_OS.exec(m[1]) : null;
    if (os) {
      for (let nl = code.indexOf('\n', counted); nl >= 0 && nl < start; nl = code.indexOf('\n', nl + 1)) line++;
      counted = start;
      lines ??= code.split('\n');
      // The block runs to the matching #endif.
      let depth = 1;
      let j = line + 1;
      for (; j < lines.length && depth > 0; j++) {
        if (/^\s*#\s*if/.test(lines[j])) depth++;
        else if (/^\s*#\s*endif\b/.test(lines[j])) depth--;
      }
      out.push({ file: f.path, line: line + 1, symbol: os[1], lines: j - line });
    }
    hash = code.indexOf('#', end);
  }
  return out;
}

export function measureOsAbstraction(files: CFile[]): OsAbstraction {
  // Every initialiser of a tree (millions in drivers/) made into a set only once a function looks like a wrapper.
  let values: Set<string> | undefined;
  const callbacks = () => {
    if (values) return values;
    values = new Set();
    for (const f of files) for (const fi of f.fieldInits) values.add(fi.value.trim());
    return values;
  };
  const result: OsAbstraction = { wrappers: [], typedefs: [], otherOs: [], layerFolders: [] };
  const folders = new Map<string, { files: number; lines: number }>();
  for (const f of files) {
    result.wrappers.push(...wrappersIn(f, callbacks));
    for (const m of f.code.matchAll(KERNEL_TYPE_TYPEDEF))
      result.typedefs.push({ name: m[3], of: `${m[1].replace(/\s+/g, ' ')}${m[2] ? ' *' : ''}`, file: f.path, line: f.lineAt(m.index) });
    result.otherOs.push(...otherOsBlocks(f));
    const folder = LAYER_FOLDER.exec(f.path);
    if (folder) {
      const key = f.path.slice(0, folder.index + folder[0].length).replace(/\/$/, '');
      const entry = folders.get(key) ?? { files: 0, lines: 0 };
      entry.files++;
      entry.lines += f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0);
      folders.set(key, entry);
    }
  }
  result.layerFolders = [...folders].map(([folder, v]) => ({ folder, ...v })).sort((a, b) => (a.folder < b.folder ? -1 : 1));
  return result;
}
