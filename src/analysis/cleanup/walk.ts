// Walks every path of an init/probe function (and, through summaries, the module functions it
// calls), tracking what is acquired, checked and released. Produces the facts the cleanup rules
// report; when a path meets something it cannot follow, the function is inconclusive instead.

import { isTeardownName } from './teardown-names.js';
import { detached } from '../../text/intern.js';
import {
  type AcquireSpec,
  acquireSpec,
  isManaged,
  managedSpec,
  OWNERSHIP_TAKERS,
  releasedKinds,
  returnsErrPtr,
} from '../../data/acquire-release.js';
import type { CallExpr, FunctionBody, Test } from '../../model/c/syntax/ir.js';
import { normExpr } from '../../model/c/syntax/ir.js';
import { buildCfg, type Cfg, type CfgNode, type LoopCalls } from './cfg.js';
import { calledNames, type FailureReturn, failureReturn } from './summary.js';
import { type Val, ValTable } from './val-table.js';
import { assignedFrom, type LiveKeys, leaves, liveKeys, readsTarget } from './live-keys.js';

/** One acquired resource on a path. */
export interface Res {
  id: string;
  spec: AcquireSpec;
  managed: boolean;
  call: CallExpr;
  file: string;
  /** Function that made the acquiring call. */
  fn: string;
  /** Expressions naming the resource (the handle and its aliases). */
  handles: string[];
  /** Key whose test tells success from failure. */
  status: string;
  /** Pointer status: NULL/ERR_PTR is failure. Otherwise an int: non-zero/negative is failure. */
  ptrStatus: boolean;
  /** Acquired inside a module function the walked one called. */
  viaHelper?: boolean;
  /** Acquired by a helper that returned it (`dev = foo_alloc_netdev()`): the caller owns it as if it had made the call. */
  handedBack?: boolean;
  /** The call of the walked function that brought it (the helper's call), when it came from a helper. */
  via?: CallExpr;
  /**
   * Acquired inside a loop: one resource stands for every iteration's, its handles match any index
   * (`x[i]` and `x[j]`), and when one iteration fails the earlier ones are still held.
   */
  loop?: boolean;
}

/** A release seen on some path, not matched to a resource of the same function. */
export interface ReleaseEvent {
  /** Families it may release; empty for a teardown-like call (`foo_cleanup(dev)`) matched by handle only. */
  kinds: string[];
  handle: string;
  call: CallExpr;
  file: string;
  /** Made in a loop (`list_for_each_entry(r, ...) kfree(r)`): it releases what was acquired in a loop, if anything. */
  inLoop?: boolean;
}

export interface Leak {
  res: Res;
  file: string;
  fn: string;
  returnLine: number;
  returnText: string;
}

export interface WrongCheck {
  res: Res;
  file: string;
  line: number;
  check: 'null' | 'is_err';
}

export interface DoubleFree {
  res: Res;
  release: CallExpr;
  file: string;
}

export interface WalkResult {
  fn: string;
  file: string;
  /** Resources live at some success return (union). */
  successLive: Res[];
  /** Managed (devm_/pcim_) resources live at some success return. */
  successManaged: Res[];
  /**
   * Resources handed, on the way to a success return, to a call that only looks like a teardown
   * (`netif_stop_queue(netdev)`): most are still held; the release order is judged on them too.
   */
  successTorn: Res[];
  leaks: Leak[];
  /** The leaks the walk would report at the top (the same as `leaks` there; a helper's walk reports none). */
  topLeaks: Leak[];
  /** Resources acquired whose result was never checked on any path. */
  unchecked: Res[];
  wrongChecks: WrongCheck[];
  doubleFrees: DoubleFree[];
  /** Releases of resources this function did not acquire (for the caller). */
  foreignReleases: ReleaseEvent[];
  /** Those made on the way to a success return, and to an error return: a caller applies each on its outcome. */
  foreignOnSuccess: ReleaseEvent[];
  foreignOnFailure: ReleaseEvent[];
  /** The function returns one of its resources (`return p;`): the caller's assignment names it. */
  returnsHandleOf?: string;
  /** The function has error returns (its result is a status). */
  canFail: boolean;
  /** Every error return is a negative value (`return -ENOMEM;`, `return ret;` after `ret < 0`). */
  failsNegative: boolean;
  inconclusive: string[];
  /**
   * How deep the helpers this walk followed nest (0: none; 1: helpers that follow none ...), and whether the depth
   * and the walk's stack decided nothing in it: no helper refused as too deep or as a recursion, here or in a helper
   * it followed. Such a result is the walk at any depth from 1 that leaves room for that nesting (walkFunction).
   */
  nesting: number;
  depthFree: boolean;
}

/** What the walker needs to know of the module around a function. */
export interface WalkEnv {
  /** Parsed body of a function of the same module, or undefined when the module has none by that name. */
  body(name: string, fromFile: string): FunctionBody | undefined;
  /** Whether `body` would find one, without parsing it (a helper past the depth limit is only refused). */
  has(name: string, fromFile: string): boolean;
  /** A function-like macro of the module that may hide control flow or releases. */
  opaqueMacro(name: string): boolean;
  maxDepth: number;
  maxSteps: number;
}

interface State {
  live: Res[];
  /** Dropped from `live` by a teardown-like call of unknown effect. */
  torn?: Res[];
  /** What the path knows of variables' values: a number of the walk's ValTable. */
  vals: number;
  tainted: string | undefined;
  /** Releases of resources this function did not acquire, made on this path (keys of `Walker.foreign`). */
  freed?: string[];
}

/** Names of calls that judge a pointer (`i2c_client_has_driver`, `foo_is_valid`). */
const PREDICATE = /(^is_|_is_|(^|_)has_|valid|(^|_)check)/;

/** Calls whose result says whether a pointer failed: non-zero when it did. */
const STATUS_OF_POINTER = /^(PTR_ERR_OR_ZERO|IS_ERR|IS_ERR_OR_NULL)$/;
/** `found ? 0 : -ENODEV`, `(!ret) ? -ETIMEDOUT : 0` (spaces removed): the condition's `!`, its name, both branches. */
const TERNARY = /^\(?(!?)\(?([A-Za-z_][\w>.-]*)\)?\)?\?(0|-\(?[A-Z][A-Z0-9_]*\)?|-?\d+):(0|-\(?[A-Z][A-Z0-9_]*\)?|-?\d+)$/;
/** Calls by which a kernel thread ends itself. */
const THREAD_EXITS = new Set(['kthread_complete_and_exit', 'complete_and_exit', 'kthread_exit', 'do_exit', 'module_put_and_kthread_exit']);

const CHECKERS = new Set(['IS_ERR', 'IS_ERR_OR_NULL', 'PTR_ERR', 'PTR_ERR_OR_ZERO', 'WARN_ON', 'WARN_ON_ONCE', 'BUG_ON', 'ERR_CAST']);

/**
 * Walks already made, per module (its env: which helpers a name finds), function and depth: a walk at depth 2 stops
 * at helpers a walk at depth 0 follows. Keyed by the function alone, a module's result depended on which module
 * sharing a header was analysed first, and so on how modules were shared among worker threads.
 */
const summaries = new WeakMap<WalkEnv, WeakMap<FunctionBody, Map<number, WalkResult>>>();

/**
 * The walks this thread made (reused ones not counted) and their steps, and of them those that met the step limit
 * (drivers/net in one thread: 87 of 9,817 walks, 261,087 of 671,758 steps), for LKM_TIMING.
 */
const stats = { walks: 0, steps: 0, limited: 0, limitedSteps: 0 };
export function walkStats(): { walks: number; steps: number; limited: number; limitedSteps: number } {
  return { ...stats };
}

export function walkFunction(fnBody: FunctionBody, env: WalkEnv, depth = 0, stack: string[] = []): WalkResult {
  let perEnv = summaries.get(env);
  if (!perEnv) {
    perEnv = new WeakMap();
    summaries.set(env, perEnv);
  }
  let perBody = perEnv.get(fnBody);
  if (!perBody) {
    perBody = new Map();
    perEnv.set(fnBody, perBody);
  }
  const cached = perBody.get(depth) ?? atAnotherDepth(perBody, depth, env.maxDepth);
  const result = cached ?? new Walker(fnBody, env, depth, [...stack, fnBody.name]).run();
  perBody.set(depth, result);
  return result;
}

/**
 * The walk of this body made at another depth, as it would be at this one: the depth only decides where helpers stop
 * being followed and whether leaks are reported (at the top), so a walk that refused no helper, and whose helpers
 * nest shallowly enough to be followed from `depth` too, is the same walk with the leaks of its place.
 */
function atAnotherDepth(perBody: Map<number, WalkResult>, depth: number, maxDepth: number): WalkResult | undefined {
  for (const [d, w] of perBody) {
    if (!w.depthFree || depth + w.nesting > maxDepth) continue;
    return (d === 0) === (depth === 0) ? w : { ...w, leaks: depth === 0 ? w.topLeaks : [] };
  }
  return undefined;
}

/** A body's graph and live keys, built once: a body is walked again at other depths and from other callers. */
const graphs = new WeakMap<FunctionBody, { cfg: Cfg; live: LiveKeys }>();
function graphOf(fb: FunctionBody): { cfg: Cfg; live: LiveKeys } {
  let g = graphs.get(fb);
  if (!g) {
    const cfg = buildCfg(fb.body);
    // a graph with a goto to a missing label is not walked
    g = { cfg, live: cfg.missingLabels.length ? { at: new Int32Array(0), sets: [] } : liveKeys(cfg) };
    graphs.set(fb, g);
  }
  return g;
}

class Walker {
  private readonly created = new Map<string, Res>();
  private readonly checked = new Set<string>();
  /** Resources already tested with IS_ERR (a later NULL test is then deliberate: `p = NULL` on -ENOENT). */
  private readonly isErrChecked = new Set<string>();
  private readonly successLive = new Map<string, Res>();
  private readonly successManaged = new Map<string, Res>();
  private readonly successTorn = new Map<string, Res>();
  private readonly leaks = new Map<string, Leak>();
  private readonly wrong = new Map<string, WrongCheck>();
  private readonly doubles = new Map<string, DoubleFree>();
  private readonly foreign = new Map<string, ReleaseEvent>();
  private readonly foreignOnSuccess = new Set<string>();
  private readonly foreignOnFailure = new Set<string>();
  /** Helper calls whose outcomes were walked apart: the status value each path set must stay. */
  private readonly splitCalls = new Set<string>();
  private readonly inconclusive = new Set<string>();
  private readonly helperResults: WalkResult[] = [];
  private returnsHandleOf: string | undefined;
  /** See WalkResult.nesting and depthFree. */
  private nesting = 0;
  private depthFree = true;
  private canFail = false;
  private errorSignKnown = true;
  /** Calls whose int result may be a negative errno (module helpers that fail, registrations). */
  private readonly failingCalls = new Set<string>();
  private readonly values = new ValTable();
  /** The keys a path may still read, per node (see live-keys): a value kept for no other key decides nothing. */
  private live: LiveKeys = { at: new Int32Array(0), sets: [] };
  /** States as they reach a node, with only the values a step from there may read (by state, by set of live keys). */
  private readonly narrowed = new WeakMap<State, Map<number, State>>();

  constructor(
    private readonly fb: FunctionBody,
    private readonly env: WalkEnv,
    private readonly depth: number,
    private readonly stack: string[],
  ) {}

  run(): WalkResult {
    if (this.fb.problems.length) {
      return this.result(this.fb.problems.map((p) => `${this.fb.name}: ${p}`));
    }
    const { cfg, live } = graphOf(this.fb);
    if (cfg.missingLabels.length) return this.result([`${this.fb.name}: goto to unknown label ${cfg.missingLabels[0]}`]);
    this.live = live;
    const seen = new Set<number>();
    const ids = new StateIds();
    const nodeCount = cfg.nodes.length;
    const work: { node: number; st: State }[] = [{ node: cfg.entry, st: { live: [], vals: ValTable.EMPTY, tainted: undefined } }];
    let steps = 0;
    while (work.length) {
      if (++steps > this.env.maxSteps) {
        this.inconclusive.add(`${this.fb.name}: too many paths to follow`);
        break;
      }
      const popped = work.pop() as { node: number; st: State };
      const node = popped.node;
      const st = this.atNode(popped.st, node);
      const sig = ids.of(st) * nodeCount + node;
      if (seen.has(sig)) continue;
      seen.add(sig);
      for (const next of this.step(cfg.nodes[node], st)) work.push(next);
    }
    stats.walks++;
    stats.steps += steps;
    if (steps > this.env.maxSteps) {
      stats.limited++;
      stats.limitedSteps += steps;
    }
    return this.result([...this.inconclusive]);
  }

  /** `st` with the values no step from `node` on reads forgotten: paths that differ only there are walked once. */
  private atNode(st: State, node: number): State {
    if (st.vals === ValTable.EMPTY) return st;
    const setId = this.live.at[node];
    let byNode = this.narrowed.get(st);
    if (!byNode) {
      byNode = new Map();
      this.narrowed.set(st, byNode);
    }
    let out = byNode.get(setId);
    if (!out) {
      const vals = this.values.only(st.vals, this.live.sets[setId], setId);
      out = vals === st.vals ? st : { ...st, vals };
      byNode.set(setId, out);
    }
    return out;
  }

  private result(inconclusive: string[]): WalkResult {
    const unchecked = [...this.created.values()].filter(
      (r) => !this.checked.has(r.id) && r.spec.failure !== 'none' && r.spec.mustCheck !== false && r.fn === this.fb.name,
    );
    const fromHelpers = (pick: (w: WalkResult) => unknown[]) => this.helperResults.flatMap(pick);
    const leaks = [...this.leaks.values()];
    return {
      fn: this.fb.name,
      file: this.fb.file,
      successLive: [...this.successLive.values()],
      successManaged: [...this.successManaged.values()],
      successTorn: [...this.successTorn.values()],
      // (a helper, below the top, reports none)
      leaks: this.depth === 0 ? leaks : [],
      topLeaks: leaks,
      unchecked: [...unchecked, ...(fromHelpers((w) => w.unchecked) as Res[])],
      wrongChecks: [...this.wrong.values(), ...(fromHelpers((w) => w.wrongChecks) as WrongCheck[])],
      doubleFrees: [...this.doubles.values(), ...(fromHelpers((w) => w.doubleFrees) as DoubleFree[])],
      foreignReleases: [...this.foreign.values()],
      foreignOnSuccess: [...this.foreignOnSuccess].map((k) => this.foreign.get(k) as ReleaseEvent),
      foreignOnFailure: [...this.foreignOnFailure].map((k) => this.foreign.get(k) as ReleaseEvent),
      returnsHandleOf: this.returnsHandleOf,
      canFail: this.canFail,
      failsNegative: this.canFail && this.errorSignKnown,
      inconclusive: [...inconclusive, ...(fromHelpers((w) => w.inconclusive) as string[])],
      nesting: this.nesting,
      depthFree: this.depthFree,
    };
  }

  private step(n: CfgNode, st: State): { node: number; st: State }[] {
    switch (n.t) {
      case 'end':
        this.onReturn(st, undefined, 0);
        return [];
      case 'nop':
        return [{ node: n.next, st }];
      case 'multi':
        return n.succ.map((node) => ({ node, st }));
      case 'eff':
        return this.effects(st, n.calls, n.assigns, n.inLoop, n.discarded).map((s) => ({ node: n.next, st: s }));
      case 'cond': {
        const out: { node: number; st: State }[] = [];
        for (const s of this.effects(st, n.cond.calls, n.cond.assigns, n.inLoop)) {
          this.markTested(s, n.cond.test, n.line, leaves(n.cond.test));
          // a test the path's values decide takes one branch (assume alone cannot rule out `!(a && b)` when both hold)
          const known = this.truthOf(n.cond.test, s) ?? this.heldBranch(n, s);
          const yes = known === false ? undefined : this.assume(s, n.cond.test, true, n.yesBails);
          const no = known === true ? undefined : this.assume(s, n.cond.test, false, n.noBails);
          // `if (!adapter || disable_dev) pci_disable_device(pdev);`: the release is taken as made
          if (yes) out.push({ node: n.yes, st: yes });
          if (no && !(yes && (this.guardedRelease(n, s) || this.handleGuarded(n, s)))) out.push({ node: n.no, st: no });
        }
        return out;
      }
      case 'ret': {
        for (const s of this.effects(st, n.calls, n.assigns, n.inLoop)) this.onReturn(s, n.value, n.line, n.calls);
        return [];
      }
    }
  }

  /**
   * Whether `if (flag) release(r);` (no else) makes the release on every path here: when the walk cannot tell the flag
   * and the test names no resource: an unwinding path that releases under a flag of the driver's own
   * (e1000's `disable_dev = !test_and_set_bit(__E1000_DISABLED, ...)`, set on every path in probe) is taken to
   * release, as the driver means it to (the Intel drivers' probes were reported as leaking pci_enable_device).
   */
  private guardedRelease(n: CfgNode & { t: 'cond' }, st: State): boolean {
    if (!n.onlyCalls) return false;
    // (both branches are open also where the walk does not decide a disjunction it could: `!p || flag` with both known)
    if (this.truthOf(n.cond.test, st) !== undefined) return false;
    const keys = leaves(n.cond.test).flatMap((t) => ('key' in t ? [t.key] : []));
    if (keys.some((k) => st.live.some((r) => r.status === k || r.handles.includes(k)))) return false;
    return n.onlyCalls.every((c) => {
      const kinds = callKind(c.name).released.map((x) => x.kind);
      return kinds.length > 0 && st.live.some((r) => !r.managed && kinds.includes(r.spec.kind));
    });
  }

  /**
   * Whether `if (h && cond) release(h);` (no else) releases a resource the path holds under the handle `h`: the other
   * conditions are ones the walk cannot tell, and the driver tests its handle to release what it mapped, under the
   * condition it mapped it under (e1000e: `if ((adapter->hw.flash_address) && (hw->mac.type < e1000_pch_spt))
   * iounmap(...)`, mapped only below that type). The release is taken as made.
   */
  private handleGuarded(n: CfgNode & { t: 'cond' }, st: State): boolean {
    if (!n.onlyCalls || n.cond.test.op !== 'and') return false;
    const conjuncts: Test[] = [];
    const flatten = (t: Test): void => {
      if (t.op === 'and') {
        flatten(t.left);
        flatten(t.right);
      } else conjuncts.push(t);
    };
    flatten(n.cond.test);
    const handles = conjuncts.flatMap((t) => (t.op === 'not' && t.arg.op === 'zero' ? [t.arg.key] : []));
    if (handles.length === 0 || handles.length === conjuncts.length) return false;
    if (conjuncts.some((t) => !(t.op === 'not' && t.arg.op === 'zero') && this.truthOf(t, st) !== undefined)) return false;
    return n.onlyCalls.some((c) => {
      const kinds = callKind(c.name).released.map((x) => x.kind);
      return st.live.some(
        (r) =>
          !r.managed && kinds.includes(r.spec.kind) && handles.some((h) => r.handles.includes(h) && c.args.some((a) => normExpr(a) === h)),
      );
    });
  }

  /**
   * For `if (c) release_a(x); else release_b(y);` with `c` a condition the walk cannot tell: the branch whose release
   * the path holds something for, when the other releases only what it does not hold (megaraid's `if (flag &
   * BOARD_MEMMAP) release_mem_region(...); else release_region(...);`, the flag set where the memory region was
   * requested): true for the first branch, false for the second, else undefined.
   */
  private heldBranch(n: CfgNode & { t: 'cond' }, st: State): boolean | undefined {
    if (!n.branchCalls) return undefined;
    const kinds = (calls: CallExpr[]) => calls.flatMap((c) => callKind(c.name).released.map((x) => x.kind));
    const holds = (calls: CallExpr[]) => kinds(calls).some((k) => st.live.some((r) => !r.managed && r.spec.kind === k));
    const onlyReleases = (calls: CallExpr[]) => calls.every((c) => callKind(c.name).released.length > 0);
    const [yes, no] = n.branchCalls;
    if (!onlyReleases(yes) || !onlyReleases(no)) return undefined;
    if (holds(yes) && !holds(no)) return true;
    if (holds(no) && !holds(yes)) return false;
    return undefined;
  }

  /** What the path's known values make of a test: true, false, or undefined when they do not decide it. */
  private truthOf(t: Test, st: State): boolean | undefined {
    switch (t.op) {
      case 'unknown':
        return undefined;
      case 'not': {
        const v = this.truthOf(t.arg, st);
        return v === undefined ? undefined : !v;
      }
      case 'and':
      case 'or': {
        const l = this.truthOf(t.left, st);
        const r = this.truthOf(t.right, st);
        const decisive = t.op === 'or';
        if (l === decisive || r === decisive) return decisive;
        return l === undefined || r === undefined ? undefined : !decisive;
      }
      default: {
        const v = this.values.get(st.vals, t.key);
        if (v === undefined) return undefined;
        if (t.op === 'zero') return v === 'zero' ? true : v === 'nonneg' ? undefined : false;
        if (t.op === 'neg') return v === 'neg' ? true : v === 'nonneg' || v === 'zero' || v === 'pos' ? false : undefined;
        // is_err: an error pointer is one, NULL is one only to IS_ERR_OR_NULL
        return v === 'err' ? true : v === 'zero' ? t.orNull : undefined;
      }
    }
  }

  // ---- effects of calls and assignments ----

  private effects(
    st: State,
    calls: CallExpr[],
    assigns: { target: string; value: string; call?: CallExpr }[],
    inLoop: LoopCalls,
    discarded?: CallExpr,
  ): State[] {
    let states = [st];
    for (const c of calls) {
      if (CHECKERS.has(c.name)) {
        for (const s of states) for (const a of c.args) this.markKeyChecked(s, normExpr(a));
        continue;
      }
      const target = assigns.find((a) => a.call === c)?.target;
      states = states.flatMap((s) => this.call(s, c, target, inLoop, c === discarded));
    }
    return states.map((s) => this.assignAll(st, s, assigns));
  }

  private assignAll(st: State, after: State, assigns: { target: string; value: string; call?: CallExpr }[]): State {
    let s = after;
    if (!assigns.length) return s;
    let held: Set<string> | undefined;
    const before = (r: Res) => (held ??= new Set(st.live.map((x) => `${x.id}|${x.status}`))).has(`${r.id}|${r.status}`);
    for (const a of assigns) {
      if (readsTarget(a.value)) this.markKeyChecked(s, a.target); // `val |= f()`, `n++` use what the target held
      // a status variable assigned again no longer tells about what it reported before
      // (not what this very call acquired again: `retry: ret = drm_dev_register(...); ... goto retry;` replaces the
      // earlier acquisition with one of the same id and status, whose status is the new value: amdgpu)
      const stale = (r: Res) => r.status === a.target && before(r) && r.call !== a.call;
      if (s.live.some(stale)) s = { ...s, live: s.live.map((r) => (stale(r) ? { ...r, status: `${r.status}#${r.call.offset}` } : r)) };
      s = this.assign(s, a);
    }
    return s;
  }

  private call(st: State, c: CallExpr, target: string | undefined, inLoop: LoopCalls, discarded: boolean): State | State[] {
    // `if (!i2c_client_has_driver(client))`: a predicate of the module's or the kernel's has judged the
    // pointer (i2c_client_has_driver tests IS_ERR_OR_NULL): a later NULL test is then deliberate
    const kind = callKind(c.name);
    if (kind.predicate) {
      const args = c.args.map(normExpr);
      for (const r of st.live) if (r.handles.some((h) => args.includes(h))) this.isErrChecked.add(r.id);
    }
    const { spec, mspec } = kind;
    if (spec || mspec) {
      const s = (spec ?? mspec) as AcquireSpec;
      const argHandles = c.args.map(normExpr);
      // a devres-managed input device is unregistered by devres too (input.c)
      const onManaged =
        (s.kind === 'input' && st.live.some((r) => r.managed && r.handles.some((h) => argHandles.includes(h)))) ||
        // after pcim_enable_device, region requests are managed too (pci.c, pcim_release)
        (s.kind === 'pci_regions' && st.live.some((r) => r.managed && r.spec.kind === 'pci_enable'));
      const managed = !spec || kind.managedName || onManaged;
      // An input device allocated out of sight (by the caller, or by a library module: xone's gip_init_input)
      // is most often devm_input_allocate_device's, and then devres unregisters it: neither leak nor double free.
      const unseen = (s.kind === 'input' && !onManaged && !st.live.some((r) => r.spec.kind === 'input_alloc')) || this.endsItself(s, c);
      const handleExpr = s.handle === 'result' ? target : c.args[s.handle.arg];
      const status = target ?? c.key;
      const res: Res = {
        id: `${this.fb.file}:${c.offset}`,
        spec: unseen ? untracked(s) : s,
        managed,
        call: c,
        file: this.fb.file,
        fn: this.fb.name,
        handles: handleExpr ? [normExpr(handleExpr)] : [],
        status,
        ptrStatus: s.failure === 'err-ptr' || s.failure === 'null',
        // released in the same loop: each iteration's own, nothing carried over
        loop: inLoop && !s.release.some((n) => inLoop.has(n)) ? true : undefined,
      };
      // a discarded result (`misc_register(&m);`) keeps the call's own key as status: never checked
      void discarded;
      this.created.set(res.id, res);
      if (s.failure === 'negative') this.failingCalls.add(c.key);
      let vals = this.values.set(st.vals, status, 'unknown');
      // `pci_request_regions(pdev, ...)` dereferences its argument: a later `if (pdev)` is true.
      const argHandle = s.handle !== 'result' && handleExpr && !handleExpr.trim().startsWith('&') ? normExpr(handleExpr) : '';
      if (argHandle && /^[A-Za-z_][\w>.-]*$/.test(argHandle)) vals = this.values.set(vals, argHandle, 'nonzero');
      const next = { ...st, live: [...st.live.filter((r) => r.id !== res.id), res], vals };
      return OWNERSHIP_TAKERS.has(c.name) ? this.handOver(next, c) : next;
    }
    const kinds = kind.released;
    if (kinds.length) return this.release(st, c, kinds, inLoop !== undefined);
    if (OWNERSHIP_TAKERS.has(c.name)) return this.handOver(st, c);
    if (c.name === 'devm_add_action' || c.name === 'devm_add_action_or_reset') return this.toDevres(st, c);
    if (this.env.has(c.name, this.fb.file)) {
      if (!this.stack.includes(c.name)) {
        if (this.depth < this.env.maxDepth)
          return this.applyHelper(st, c, this.env.body(c.name, this.fb.file) as FunctionBody, target, inLoop, discarded);
        this.depthFree = false;
        return { ...st, tainted: st.tainted ?? `${c.name} is nested too deep to follow` };
      }
      this.depthFree = false; // a recursion, cut where the walk's stack says
    }
    if (this.env.opaqueMacro(c.name)) return { ...st, tainted: st.tainted ?? `macro ${c.name} (line ${c.line})` };
    if (kind.teardownName) return this.teardown(st, c);
    return st;
  }

  private release(st: State, c: CallExpr, specs: AcquireSpec[], inLoop = false): State {
    const kinds = specs.map((s) => s.kind);
    const args = specs.map((s) => (c.args[s.releaseArg] !== undefined ? normExpr(c.args[s.releaseArg]) : ''));
    let match = st.live.find((r) => kinds.includes(r.spec.kind) && args.some((a) => names(r, a)));
    if (match?.managed) {
      // a devres input device may still be unregistered by hand (input.c); freeing it is the double free
      if (!(match.spec.kind === 'input_alloc' && c.name !== 'input_free_device')) {
        this.doubles.set(`${match.id}|${c.offset}`, { res: match, release: c, file: this.fb.file });
      }
      return st;
    }
    if (!match) {
      // Not the handle we know (an alias we did not follow): the latest live resource of the family.
      const candidates = st.live.filter((r) => !r.managed && kinds.includes(r.spec.kind));
      match = candidates[candidates.length - 1];
    }
    if (!match) {
      const ev: ReleaseEvent = { kinds, handle: args[0] ?? '', call: c, file: this.fb.file };
      if (inLoop) ev.inLoop = true;
      return this.freed(st, `${c.offset}`, ev);
    }
    const id = match.id;
    const kind = match.spec.releasesAll ? match.spec.kind : undefined;
    // A call that releases both a resource and the one it depends on ends both: input_unregister_device()
    // unregisters the device and frees it, whichever of the two handles it was given.
    const found = match;
    const paired = (r: Res) =>
      !r.managed &&
      r.spec.release.includes(c.name) &&
      (r.spec.dependsOn?.includes(found.spec.kind) || found.spec.dependsOn?.includes(r.spec.kind));
    return { ...st, live: st.live.filter((r) => r.id !== id && (kind === undefined || r.spec.kind !== kind) && !paired(r)) };
  }

  /**
   * A kernel thread whose function ends itself (`kthread_complete_and_exit(&done, 0)`, the module's
   * exit then waits for `done`) needs no kthread_stop.
   */
  private endsItself(s: AcquireSpec, c: CallExpr): boolean {
    if (s.kind !== 'kthread' || !c.args[0]) return false;
    const fn = this.env.body(c.args[0].replace(/^&/, '').trim(), this.fb.file);
    if (!fn) return false;
    const names = calledNames(fn);
    return [...THREAD_EXITS].some((n) => names.has(n));
  }

  /** `device_register(&obj->dev)`: the object's memory now belongs to its release callback. */
  private handOver(st: State, c: CallExpr): State {
    const args = c.args.map(normExpr);
    const live = st.live.filter(
      (r) =>
        r.spec.failure !== 'null' || !r.handles.some((h) => args.some((a) => a === h || a.startsWith(`${h}->`) || a.startsWith(`${h}.`))),
    );
    return live.length === st.live.length ? st : { ...st, live };
  }

  /** `devm_add_action_or_reset(dev, fn, data)`: devres now releases what `data` names. */
  private toDevres(st: State, c: CallExpr): State {
    const data = normExpr(c.args[2] ?? '');
    if (!data) return st;
    // The action usually frees fields of a private struct: `ts->buf`, `priv->id` hang off `ts`, `priv`.
    const named = (h: string) => h === data || h.startsWith(`${data}->`) || h.startsWith(`${data}.`);
    return { ...st, live: st.live.map((r) => (r.handles.some(named) ? { ...r, managed: true } : r)) };
  }

  /** `foo_cleanup(dev)`: releases what is named by (or hangs off) its arguments. */
  private teardown(st: State, c: CallExpr): State {
    const args = c.args.map(normExpr).filter((a) => a !== '');
    // An object embedded in the resource (`&priv->dev`, `priv.kobj`) ends it with its last reference;
    // a pointer member (`usb_put_dev(usbtv->udev)`) is another object, and releasing it leaves the container.
    const embedded = new Set(c.args.filter((a) => /^\s*&/.test(a) || !a.includes('->')).map(normExpr));
    const hit = (h: string) =>
      args.some(
        (a) =>
          a === h ||
          (embedded.has(a) && (a.startsWith(`${h}->`) || a.startsWith(`${h}.`))) ||
          h.startsWith(`${a}->`) ||
          h.startsWith(`${a}.`),
      );
    const gone = (r: Res) => !r.managed && (r.handles.some(hit) || (r.loop === true && r.handles.map(anyIndex).some(hit)));
    const live = st.live.filter((r) => !gone(r));
    let s = live.length === st.live.length ? st : { ...st, live, torn: [...(st.torn ?? []), ...st.live.filter(gone)] };
    for (const a of args) s = this.freed(s, `${c.offset}:${a}`, { kinds: [], handle: a, call: c, file: this.fb.file });
    return s;
  }

  /** A release of something this function did not acquire, made on this path (for the caller, by outcome). */
  private freed(st: State, key: string, ev: ReleaseEvent): State {
    this.foreign.set(key, ev);
    return st.freed?.includes(key) ? st : { ...st, freed: [...(st.freed ?? []), key] };
  }

  private applyHelper(
    st: State,
    c: CallExpr,
    helper: FunctionBody,
    target: string | undefined,
    inLoop: LoopCalls,
    discarded: boolean,
  ): State | State[] {
    const w = walkFunction(helper, this.env, this.depth + 1, this.stack);
    this.helperResults.push(w);
    this.nesting = Math.max(this.nesting, w.nesting + 1);
    this.depthFree &&= w.depthFree;
    if (w.canFail) this.failingCalls.add(c.key);
    if (w.inconclusive.length) return { ...st, tainted: st.tainted ?? w.inconclusive[0] };
    const pointer = failureReturn(helper, (n) => this.env.body(n, this.fb.file));
    const status = target ?? c.key;
    // A helper that fails with a status and releases other things on failure than on success (it unwinds what
    // its caller set up only when it fails): each outcome is walked on with its own releases, told apart by
    // the status the caller tests.
    if (w.canFail && !pointer && !discarded && !sameEvents(w.foreignOnSuccess, w.foreignOnFailure)) {
      this.splitCalls.add(c.key);
      const ok = this.helperOutcome(st, c, w, target, inLoop, w.foreignOnSuccess, true);
      const failed = w.foreignOnFailure.reduce((s, ev) => this.applyForeign(s, ev, inLoop), st);
      return [
        { ...ok, vals: this.values.set(ok.vals, status, 'zero') },
        { ...failed, vals: this.values.set(failed.vals, status, w.failsNegative ? 'neg' : 'nonzero') },
      ];
    }
    const s = this.checkOnly(st, c, target, pointer);
    return this.helperOutcome(s, c, w, target, inLoop, w.foreignReleases, false, pointer !== undefined);
  }

  /** The state after a helper returned: its releases applied, what it holds on success added. */
  private helperOutcome(
    st: State,
    c: CallExpr,
    w: WalkResult,
    target: string | undefined,
    inLoop: LoopCalls,
    events: ReleaseEvent[],
    split: boolean,
    /** The helper fails with NULL or an error pointer: what it holds, it holds only when its result is valid. */
    pointer = false,
  ): State {
    let s = st;
    for (const ev of events) s = this.applyForeign(s, ev, inLoop);
    const status = target ?? c.key;
    // (`dev = init_card(); if (!dev) return -ENODEV;`: a NULL result means the helper unwound, airo's _init_airo_card)
    const byPointer = pointer && target !== undefined;
    const added = w.successLive.map((r): Res => {
      const returned = w.returnsHandleOf === r.id;
      return {
        ...r,
        handles: returned && target ? [...r.handles, target] : r.handles,
        status: w.canFail || returned || byPointer ? status : `${c.key}:void`,
        ptrStatus: byPointer || (returned && r.ptrStatus),
        viaHelper: true,
        handedBack: returned && target !== undefined ? true : undefined,
        via: c,
        loop: (inLoop && !r.spec.release.some((n) => inLoop.has(n))) || r.loop,
      };
    });
    if (!added.length) return s;
    for (const r of added) this.checked.add(r.id); // the helper's own checks stand
    const ids = new Set(added.map((r) => r.id));
    const live = [...s.live.filter((r) => !ids.has(r.id)), ...added];
    return { ...s, live, vals: split ? s.vals : this.values.set(s.vals, status, 'unknown') };
  }

  /**
   * The result of a module function that fails with an error pointer or NULL (its summary): tracked
   * only so that the caller's check of it can be judged, never leaked.
   */
  private checkOnly(st: State, c: CallExpr, target: string | undefined, kind: FailureReturn): State {
    if (!kind) return st;
    const spec = resultSpec(c.name, kind);
    const res: Res = {
      id: `${this.fb.file}:${c.offset}:result`,
      spec,
      managed: true,
      call: c,
      file: this.fb.file,
      fn: this.fb.name,
      handles: target ? [normExpr(target)] : [],
      status: target ?? c.key,
      ptrStatus: true,
    };
    this.created.set(res.id, res);
    return { ...st, live: [...st.live.filter((r) => r.id !== res.id), res] };
  }

  private applyForeign(st: State, ev0: ReleaseEvent, inLoop: LoopCalls): State {
    const ev = inLoop && !ev0.inLoop ? { ...ev0, inLoop: true } : ev0;
    if (ev.kinds.length === 0) return this.teardown(st, { ...ev.call, args: [ev.handle] });
    const exact = st.live.find((r) => ev.kinds.includes(r.spec.kind) && names(r, ev.handle));
    // a helper's release in a loop (of list entries, of an array) cannot be of one object the caller made once
    const candidates = st.live.filter((r) => !r.managed && ev.kinds.includes(r.spec.kind) && (!ev.inLoop || r.loop));
    const match = exact ?? candidates[candidates.length - 1];
    if (!match) return this.freed(st, `${ev.file}:${ev.call.offset}`, ev);
    if (match.managed) return st;
    const kind = match.spec.releasesAll ? match.spec.kind : undefined;
    return { ...st, live: st.live.filter((r) => r.id !== match.id && (kind === undefined || r.spec.kind !== kind)) };
  }

  private assign(st0: State, a: { target: string; value: string; call?: CallExpr }): State {
    const v = assignedFrom(a.value);
    // The target names what it is given now, no longer what it named before (`tmp` reused for each buffer).
    const stale = (r: Res) => r.handles.includes(a.target) && r.call !== a.call && r.via !== a.call && !r.handles.includes(v);
    const st = st0.live.some(stale)
      ? { ...st0, live: st0.live.map((r) => (stale(r) ? { ...r, handles: r.handles.filter((h) => h !== a.target) } : r)) }
      : st0;
    let vals = st.vals;
    if (a.call && STATUS_OF_POINTER.test(a.call.name) && a.call.args.length === 1) {
      // `ret = PTR_ERR_OR_ZERO(p);` / `bad = IS_ERR_OR_NULL(p);`: the variable is non-zero exactly when p failed
      const p = normExpr(a.call.args[0]);
      const live = st.live.map((r) =>
        r.ptrStatus && (r.status === p || r.handles.includes(p)) ? { ...r, status: a.target, ptrStatus: false } : r,
      );
      return { ...st, live, vals: this.values.set(vals, a.target, 'unknown') };
    }
    if (a.call && this.failingCalls.has(a.call.key)) this.failingCalls.add(a.target);
    else this.failingCalls.delete(a.target);
    if (a.call) {
      if (/^(PTR_ERR|ERR_PTR|ERR_CAST)$/.test(a.call.name)) vals = this.values.set(vals, a.target, 'err');
      else if (this.splitCalls.has(a.call.key)) {
        // keeps the value the helper's outcome set
      } else if (!st.live.some((r) => r.status === a.target && r.call === a.call)) vals = this.values.set(vals, a.target, 'unknown');
    } else if (/^-[A-Z0-9_]+$|^-\d+$/.test(v)) vals = this.values.set(vals, a.target, 'neg');
    else if (/^(0|NULL|false)$/.test(v)) vals = this.values.set(vals, a.target, 'zero');
    // `found = true;` in a loop that acquires: a later `if (!found)` is not taken on a path that set it; `busy = 1;`
    // likewise (jmb38x_ms: `if (!pci_dev_busy) pci_disable_device(pdev);` after `pci_dev_busy = 1;`)
    else if (v === 'true' || /^[1-9]\d*[uUlL]*$/.test(v)) vals = this.values.set(vals, a.target, 'nonzero');
    else if (v === '++' || v === '--') {
      vals = this.values.set(vals, a.target, stepped(this.values.get(vals, a.target), v));
    } else if (v === '?') vals = this.values.set(vals, a.target, 'unknown');
    else {
      const src = this.values.get(vals, v);
      vals = this.values.set(vals, a.target, src ?? 'unknown');
      // `dev->buf = buf`: both names now reach the resource
      const aliased = st.live.map((r) =>
        r.handles.includes(v) && !r.handles.includes(a.target) ? { ...r, handles: [...r.handles, a.target] } : r,
      );
      const statusCopy = aliased.map((r) => (r.status === v ? { ...r, status: a.target } : r));
      return { ...st, live: statusCopy, vals };
    }
    return vals === st.vals ? st : { ...st, vals };
  }

  // ---- conditions ----

  private markKeyChecked(st: State, key: string): void {
    for (const r of st.live) if (r.status === key || r.handles.includes(key)) this.checked.add(r.id);
  }

  private markTested(st: State, t: Test, line: number, all: Test[]): void {
    switch (t.op) {
      case 'not':
        this.markTested(st, t.arg, line, all);
        return;
      case 'and':
      case 'or':
        this.markTested(st, t.left, line, all);
        this.markTested(st, t.right, line, all);
        return;
      case 'unknown':
        return;
      default: {
        this.markKeyChecked(st, t.key);
        for (const r of st.live) {
          if (r.status !== t.key && !r.handles.includes(t.key)) continue;
          if (r.viaHelper) continue;
          // (an IS_ERR of a pointer this path knows valid, vxlan's `vs` found or made, cannot miss its NULL)
          if (t.op === 'is_err' && !t.orNull && r.spec.failure === 'null' && this.values.get(st.vals, t.key) !== 'nonzero') {
            this.wrong.set(`${r.id}|${line}`, { res: r, file: this.fb.file, line, check: 'is_err' });
          }
          const alsoIsErr = all.some((o) => o.op === 'is_err' && o.key === t.key);
          const isErrBefore = this.isErrChecked.has(r.id);
          if (t.op === 'is_err') this.isErrChecked.add(r.id);
          // (a status derived from the pointer, `ret = PTR_ERR_OR_ZERO(p)`, is rightly tested as an int)
          if (t.op === 'zero' && r.spec.failure === 'err-ptr' && r.ptrStatus && r.status === t.key && !alsoIsErr && !isErrBefore) {
            this.wrong.set(`${r.id}|${line}`, { res: r, file: this.fb.file, line, check: 'null' });
          }
        }
      }
    }
  }

  /** The state on the branch where `t` is `truth`, or undefined when that branch cannot be taken. */
  private assume(st: State, t: Test, truth: boolean, bails = false): State | undefined {
    switch (t.op) {
      case 'unknown':
        return st;
      case 'not':
        return this.assume(st, t.arg, !truth, bails);
      case 'and':
      case 'or': {
        const both = (t.op === 'and') === truth;
        if (!both) {
          // One operand decided and we do not know which; the right one may not even have run (short
          // circuit), so what its calls acquired is not known to be held here.
          const keys = new Set(leaves(t.right).flatMap((l) => ('key' in l ? [l.key] : [])));
          const live = st.live.filter((r) => !keys.has(r.status));
          return live.length === st.live.length ? st : { ...st, live };
        }
        const l = this.assume(st, t.left, truth, bails);
        return l && this.assume(l, t.right, truth, bails);
      }
      default: {
        const known = this.values.get(st.vals, t.key);
        let val: Val;
        if (t.op === 'zero') val = truth ? 'zero' : 'nonzero';
        else if (t.op === 'neg') val = truth ? 'neg' : 'nonneg';
        else val = truth ? 'err' : 'nonzero';
        if (known && contradicts(known, val)) return undefined;
        const failed = (r: Res): boolean | undefined => {
          if (r.ptrStatus) {
            if (t.op === 'zero') return truth;
            if (t.op === 'is_err') return truth ? true : r.spec.failure === 'err-ptr' ? false : undefined;
            return undefined;
          }
          if (t.op === 'zero') return !truth;
          if (t.op === 'neg') return truth;
          return undefined;
        };
        const live = st.live.filter((r) => {
          if (r.status !== t.key && !(r.ptrStatus && r.handles.includes(t.key))) return true;
          // one iteration failed and the loop is left: what the earlier ones acquired is still held
          return failed(r) !== true || (r.loop === true && bails);
        });
        const vals = this.values.set(st.vals, t.key, val);
        // the same objects when nothing changed: states and live lists are numbered by identity first (StateIds)
        if (live.length === st.live.length) return vals === st.vals ? st : { ...st, vals };
        return { ...st, live, vals };
      }
    }
  }

  // ---- returns ----

  private onReturn(st: State, value: string | undefined, line: number, calls: CallExpr[] = []): void {
    const outcome = this.classify(st, value, calls);
    for (const o of outcome) {
      for (const k of o.st.freed ?? []) (o.error ? this.foreignOnFailure : this.foreignOnSuccess).add(k);
      if (o.error) {
        this.canFail = true;
        const k = value ? normExpr(value) : '';
        const known = this.values.get(o.st.vals, k);
        if (!/^-|^PTR_ERR\(/.test(k) && known !== 'neg' && known !== 'err') this.errorSignKnown = false;
        // What a called function acquired is often unwound by a matching teardown function of the
        // driver's own: report only what this function acquired itself.
        const leaked = o.st.live.filter((r) => !r.managed && r.spec.tracked !== false && (!r.viaHelper || r.handedBack));
        if (leaked.length && o.st.tainted) {
          this.inconclusive.add(`${this.fb.name}: cannot follow ${o.st.tainted}`);
          continue;
        }
        // A helper's caller often owns the unwinding (it calls a teardown on failure): only the top walk reports its
        // leaks (result), but each walk keeps them, so that it stands for the walk at any depth (atAnotherDepth).
        for (const r of leaked) {
          this.leaks.set(`${r.id}|${line}`, { res: r, file: this.fb.file, fn: this.fb.name, returnLine: line, returnText: value ?? '' });
        }
      } else {
        for (const r of o.st.live) {
          if (r.spec.tracked !== false) (r.managed ? this.successManaged : this.successLive).set(r.id, r);
        }
        for (const r of o.st.torn ?? []) if (r.spec.tracked !== false) this.successTorn.set(r.id, r);
        if (value) {
          const k = normExpr(value);
          // `return alloc_netdev(...);`: the resource made by the returned call itself
          const made = (r: Res) => r.handles.length === 0 && calls.includes(r.call) && k.startsWith(`${r.call.name}(`);
          const returned = o.st.live.find((r) => r.handles.includes(k) || made(r));
          if (returned) {
            this.returnsHandleOf = returned.id;
            this.checked.add(returned.id);
          }
        }
      }
    }
  }

  /** The branch `c ? a : b` (`c` a name or its negation, `a` and `b` numbers or errnos) takes where the path knows `c`. */
  private ternaryBranch(v: string, st: State): string | undefined {
    const m = TERNARY.exec(v);
    if (!m) return undefined;
    // the condition as the test `!c` it is the negation of, decided as every test is
    const zero = this.truthOf({ op: 'zero', key: normExpr(m[2]) }, st);
    if (zero === undefined) return undefined;
    return !zero !== (m[1] === '!') ? m[3] : m[4];
  }

  private classify(st: State, value: string | undefined, calls: CallExpr[]): { error: boolean; st: State }[] {
    if (value === undefined) return [{ error: false, st }];
    const v = value.replace(/\s+/g, '');
    if (/^-\(?[A-Z][A-Z0-9_]*\)?$|^-\d+$/.test(v) || /^(PTR_ERR|ERR_PTR|ERR_CAST)\(/.test(v)) return [{ error: true, st }];
    if (/^\(?(0|0L|true|false|NULL|IRQ_HANDLED|NOTIFY_\w+)\)?$/.test(v) || /^\d+$/.test(v)) return [{ error: false, st }];
    // `return ok ? 0 : -EINVAL;`: either
    if (v.includes('?') && /[?:]-\(?E[A-Z0-9_]+\)?/.test(v)) {
      // the condition is the check: `return (p == NULL) ? -ENOMEM : 0;`, `return f(x) ? -EIO : g(x);`
      for (const word of topLevelWords(v)) this.markKeyChecked(st, normExpr(word));
      for (const c of calls) this.markKeyChecked(st, c.key);
      // `return found ? 0 : -ENODEV;` where the path knows `found`: the branch it takes
      const taken = this.ternaryBranch(v, st);
      if (taken !== undefined) return this.classify(st, taken, []);
      return [
        { error: true, st },
        { error: false, st },
      ];
    }
    const outer = calls[calls.length - 1];
    const isCall =
      outer && outer.offset === calls.reduce((m, c) => Math.min(m, c.offset), Infinity) && v.endsWith(')') && v.startsWith(outer.name);
    // `return PTR_ERR_OR_ZERO(p);`: p's error, or 0 when p is valid
    if (isCall && outer.name === 'PTR_ERR_OR_ZERO' && outer.args.length === 1) {
      const p = normExpr(outer.args[0]);
      this.markKeyChecked(st, p);
      const failed = st.live.filter((r) => r.ptrStatus && (r.status === p || r.handles.includes(p)));
      if (this.values.get(st.vals, p) === 'err') return [{ error: true, st }];
      const ids = new Set(failed.map((r) => r.id));
      return [
        { error: true, st: { ...st, live: st.live.filter((r) => !ids.has(r.id)) } },
        { error: false, st },
      ];
    }
    const key = isCall ? outer.key : normExpr(v);
    // Only the returned status is checked by the caller: handles passed to a call in the return
    // expression (`return f(handle);`) are only passed along.
    this.markKeyChecked(st, key);
    for (const word of topLevelWords(v)) this.markKeyChecked(st, normExpr(word));
    // `return p;` of an object this function allocated and checked hands it to the caller
    if ([...this.created.values()].some((r) => r.ptrStatus && r.handles.includes(key))) return [{ error: false, st }];
    const known = this.values.get(st.vals, key);
    if (known === 'nonzero' || known === 'neg' || known === 'err') return [{ error: true, st }];
    // a count (`return n;` after `n++`) is a result, as `return 1;` is: errors are negative
    if (known === 'zero' || known === 'nonneg' || known === 'pos') return [{ error: false, st }];
    const pending = st.live.filter((r) => r.status === key && !r.ptrStatus);
    // `return helper(...)` of a helper that can fail, or of a registration: the caller sees its error
    if (pending.length || this.failingCalls.has(key)) {
      const ids = new Set(pending.map((r) => r.id));
      return [
        { error: true, st: { ...st, live: st.live.filter((r) => !ids.has(r.id)) } },
        { error: false, st },
      ];
    }
    return [{ error: false, st }];
  }
}

/** `x[i]` -> `x[*]`: the handle of any iteration. */
function anyIndex(h: string): string {
  return h.replace(/\[[^\]]*\]/g, '[*]');
}

/** Does `a` name the resource (any iteration's, for one acquired in a loop)? */
function names(r: Res, a: string): boolean {
  if (r.handles.includes(a)) return true;
  if (!r.loop || !a.includes('[')) return false;
  const any = anyIndex(a);
  return r.handles.some((h) => anyIndex(h) === any);
}

/** Names in an expression outside the argument lists of calls: `ret ?: f(p)` -> `ret`. */
function topLevelWords(v: string): string[] {
  let out = '';
  let depth = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '(' && depth === 0 && /[\w]$/.test(out)) {
      depth = 1;
      out = out.replace(/[A-Za-z_]\w*$/, ' ');
      continue;
    }
    if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      continue;
    }
    out += c;
  }
  return out.match(/[A-Za-z_][\w>.-]*/g) ?? [];
}

function contradicts(known: Val, v: Val): boolean {
  const zeroish = (x: Val) => x === 'zero';
  const nonzero = (x: Val) => x === 'nonzero' || x === 'neg' || x === 'err' || x === 'pos';
  const nonneg = (x: Val) => x === 'nonneg' || x === 'pos';
  if (zeroish(known) && nonzero(v)) return true;
  if (nonzero(known) && zeroish(v)) return true;
  if (known === 'neg' && nonneg(v)) return true;
  if (nonneg(known) && v === 'neg') return true;
  return false;
}

/** A value after `++` or `--`: a count from zero up stays positive; anything else may cross zero. */
function stepped(known: Val | undefined, op: '++' | '--'): Val {
  if (op === '++') return known === 'zero' || known === 'nonneg' || known === 'pos' ? 'pos' : 'unknown';
  return known === 'pos' ? 'nonneg' : known === 'zero' ? 'neg' : 'unknown';
}

// States are never mutated and pass unchanged through most nodes, so each state object is numbered once, and a walk
// compares states by those numbers: equal numbers exactly when the parts the walk tells apart are equal.

/** Numbers for the states of one walk. */
class StateIds {
  /** A resource as the walk tells it apart (its acquisition, status, and how many names reach it), by id and status. */
  private readonly resources = new Map<string, Map<string, number[]>>();
  private resourceCount = 0;
  private readonly lives = new Map<string, number>();
  /** Live lists pass unchanged from state to state (the same array): numbered once. */
  private readonly byLive = new WeakMap<Res[], number>();
  private readonly states = new Map<string, number>();
  /** Most states reach several nodes unchanged (the same object): numbered once. */
  private readonly byObject = new WeakMap<State, number>();

  of(st: State): number {
    let id = this.byObject.get(st);
    if (id === undefined) {
      id = intern(this.states, `${this.live(st.live)}|${st.vals}|${st.tainted ? 1 : 0}|${st.freed?.length ?? 0}`);
      this.byObject.set(st, id);
    }
    return id;
  }

  private live(live: Res[]): number {
    let id = this.byLive.get(live);
    if (id === undefined) {
      let text = '';
      for (const r of live) text += `${this.resource(r)},`;
      id = intern(this.lives, text);
      this.byLive.set(live, id);
    }
    return id;
  }

  private resource(r: Res): number {
    let byStatus = this.resources.get(r.id);
    if (!byStatus) this.resources.set(r.id, (byStatus = new Map()));
    let byHandles = byStatus.get(r.status);
    if (!byHandles) byStatus.set(r.status, (byHandles = []));
    byHandles[r.handles.length] ??= this.resourceCount++;
    return byHandles[r.handles.length];
  }
}

function intern(table: Map<string, number>, text: string): number {
  let id = table.get(text);
  if (id === undefined) {
    id = table.size;
    table.set(text, id);
  }
  return id;
}

/** What a call's name alone tells the walk (the tables, the name's patterns): asked at each step that makes the call. */
interface CallKind {
  /** Judges a pointer (PREDICATE). */
  predicate: boolean;
  /** The family it acquires, from the table. */
  spec: AcquireSpec | undefined;
  /** Without one: the managed family (`devm_kzalloc`) or the error pointer it returns. */
  mspec: AcquireSpec | undefined;
  /** `devm_` or `pcim_`. */
  managedName: boolean;
  released: AcquireSpec[];
  teardownName: boolean;
}

/** By name; emptied when it grows past CALL_KINDS_MAX (a tree's distinct call names). */
const callKinds = new Map<string, CallKind>();
const CALL_KINDS_MAX = 100_000;

function callKind(name: string): CallKind {
  let k = callKinds.get(name);
  if (!k) {
    const spec = acquireSpec(name);
    k = {
      predicate: PREDICATE.test(name),
      spec,
      mspec: spec ? undefined : (managedSpec(name) ?? (returnsErrPtr(name) ? errPtrSpec(name) : undefined)),
      managedName: isManaged(name),
      released: releasedKinds(name),
      teardownName: isTeardownName(name),
    };
    if (callKinds.size >= CALL_KINDS_MAX) callKinds.clear();
    // (a call's name is a view of its file's text: kept as the key, it kept the whole text alive)
    callKinds.set(detached(name), k);
  }
  return k;
}

const untrackedSpecs = new Map<AcquireSpec, AcquireSpec>();
/** The same family, never reported as leaked (whether it must be released is not known). */
function untracked(s: AcquireSpec): AcquireSpec {
  let u = untrackedSpecs.get(s);
  if (!u) {
    u = { ...s, tracked: false };
    untrackedSpecs.set(s, u);
  }
  return u;
}

const errPtrSpecs = new Map<string, AcquireSpec>();
function errPtrSpec(name: string): AcquireSpec {
  let s = errPtrSpecs.get(name);
  if (!s) {
    s = { kind: name, acquire: [name], failure: 'err-ptr', handle: 'result', release: [], releaseArg: 0 };
    errPtrSpecs.set(name, s);
  }
  return s;
}

const resultSpecs = new Map<string, AcquireSpec>();
/** A module function that fails with NULL or an error pointer, whose result is not known to need a release. */
function resultSpec(name: string, failure: 'err-ptr' | 'null'): AcquireSpec {
  const key = `${failure}:${name}`;
  let s = resultSpecs.get(key);
  if (!s) {
    s = { kind: name, acquire: [name], failure, handle: 'result', release: [], releaseArg: 0, mustCheck: false, tracked: false };
    resultSpecs.set(key, s);
  }
  return s;
}

function sameEvents(a: ReleaseEvent[], b: ReleaseEvent[]): boolean {
  const key = (e: ReleaseEvent) => `${e.file}:${e.call.offset}:${e.handle}`;
  const keys = new Set(b.map(key));
  return a.length === b.length && a.every((e) => keys.has(key(e)));
}
