// Which preprocessor branches a kernel build never compiles: `#if 0`, and branches for other
// operating systems or for user space. Kbuild compiles every module with `-D__KERNEL__` for a Linux
// target (gcc predefines `__linux__`), so `#ifdef _WIN32`, `#ifdef __FreeBSD__` and
// `#ifndef __KERNEL__` are dead there. Conditions are evaluated to true, false or unknown;
// anything not listed here is unknown and the branch counts as built.

export type Truth = boolean | undefined;

/** Why a branch is never built: `#if 0`, or a condition about another platform. */
export type NeverReason = 'if-0' | 'other-os';

/** Defined in every kernel build (kbuild's -D__KERNEL__, the compiler's Linux target). */
const ALWAYS_DEFINED = new Set(['__KERNEL__', '__linux__', '__linux', '__gnu_linux__', '__GNUC__']);

/** Predefined only by compilers for other systems, or by user-space toolchains. */
const NEVER_DEFINED = new Set([
  '_WIN32',
  '_WIN64',
  'WIN32',
  'WIN64',
  '__WIN32__',
  '_WINDOWS',
  '__WINDOWS__',
  '_MSC_VER',
  '__CYGWIN__',
  '__MINGW32__',
  '__MINGW64__',
  '__APPLE__',
  '__MACH__',
  '__FreeBSD__',
  '__FreeBSD_kernel__',
  '__NetBSD__',
  '__OpenBSD__',
  '__DragonFly__',
  '__sun',
  '__sun__',
  '__SVR4',
  '__HAIKU__',
  '__QNX__',
  '__QNXNTO__',
  '_AIX',
  '__hpux',
  '__VXWORKS__',
  '__ANDROID__',
  '__EMSCRIPTEN__',
  '_KERNEL', // the BSD kernels' counterpart of __KERNEL__
  'KERNEL', // xnu
]);

/**
 * Truth of a `#if` expression in a kernel build: `defined(X)`, `X`, `!`, `&&`, `||`, parentheses
 * and integer literals; undefined when it depends on anything else.
 */
export function evalCondition(expr: string): Truth {
  const tokens = expr.match(/defined|\|\||&&|[A-Za-z_]\w*|\d+[uUlL]*|[()!]|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const or = (): Truth => {
    let v = and();
    while (peek() === '||') {
      i++;
      const r = and();
      v = v === true || r === true ? true : v === false && r === false ? false : undefined;
    }
    return v;
  };
  const and = (): Truth => {
    let v = unary();
    while (peek() === '&&') {
      i++;
      const r = unary();
      v = v === false || r === false ? false : v === true && r === true ? true : undefined;
    }
    return v;
  };
  const unary = (): Truth => {
    const t = tokens[i++];
    if (t === '!') {
      const v = unary();
      return v === undefined ? undefined : !v;
    }
    if (t === '(') {
      const v = or();
      if (tokens[i] === ')') i++;
      else return undefined;
      return v;
    }
    if (t === 'defined') {
      const paren = peek() === '(';
      if (paren) i++;
      const name = tokens[i++];
      if (paren && tokens[i++] !== ')') return undefined;
      return definedTruth(name);
    }
    if (t !== undefined && /^\d/.test(t)) return Number.parseInt(t, 10) !== 0;
    // A bare name in `#if` is its value: an undefined macro is 0; the defined ones above are 1 or a version.
    if (t !== undefined && /^[A-Za-z_]/.test(t)) return NEVER_DEFINED.has(t) ? false : undefined;
    return undefined;
  };
  const v = or();
  return i === tokens.length ? v : undefined;
}

function definedTruth(name: string | undefined): Truth {
  if (name === undefined) return undefined;
  if (ALWAYS_DEFINED.has(name)) return true;
  if (NEVER_DEFINED.has(name)) return false;
  return undefined;
}

/** Truth of a directive's own condition (`#ifdef X` is `defined(X)`). */
export function directiveTruth(directive: string, expr: string): Truth {
  if (directive === 'ifdef' || directive === 'elifdef') return definedTruth(expr.trim().split(/\s/)[0]);
  if (directive === 'ifndef' || directive === 'elifndef') {
    const v = definedTruth(expr.trim().split(/\s/)[0]);
    return v === undefined ? undefined : !v;
  }
  if (directive === 'else') return true;
  return evalCondition(expr);
}

/**
 * Follows one `#if` group branch by branch: each call gives whether that branch is never built
 * (its own condition is false, or an earlier branch of the group is always taken) and why.
 */
export class BranchGroup {
  /** Why an earlier branch is always taken (`#if 1`, `#ifdef __KERNEL__`), once one is. */
  private taken: NeverReason | undefined;

  enter(directive: string, expr: string): NeverReason | undefined {
    const literal = isLiteral(directive, expr);
    const truth = directiveTruth(directive, expr);
    const earlier = this.taken;
    if (truth === true && !earlier) this.taken = literal ? 'if-0' : 'other-os';
    if (earlier) return earlier;
    if (truth === false) return literal ? 'if-0' : 'other-os';
    return undefined;
  }
}

/** `#if 0`, `#if 1`, `#elif 0`: a branch switched by hand. */
function isLiteral(directive: string, expr: string): boolean {
  return (directive === 'if' || directive === 'elif') && /^\(?\s*[01]\s*\)?$/.test(expr.trim());
}
