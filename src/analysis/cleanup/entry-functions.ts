// The setup/teardown pairs of a module: init/exit, and driver probe/remove callbacks found through
// `.probe =` / `.remove =` in driver structs. Functions are looked up in the module's own sources.

import type { CFile } from '../../model/c/types.js';
import { builtInOnly } from '../../model/modules.js';
import type { KernelModule } from '../../model/types.js';
import type { CleanupSource } from './source.js';

/** The C files an analysis reads, by path: the model's, or a worker's (see source.ts). */
export interface CleanupFiles<F extends CleanupSource = CleanupSource> {
  c: ReadonlyMap<string, F>;
}

export interface FoundFunction<F extends CleanupSource = CFile> {
  file: F;
  def: F['functions'][number];
}

export interface SetupTeardown {
  kind: 'init' | 'probe';
  setup: string;
  teardown?: string;
  /** Where the pair is declared (module_init, or the driver struct's `.probe`). */
  file: string;
  line: number;
}

/** Fields of a driver struct naming the teardown of its `.probe`. */
export const TEARDOWN_FIELDS = ['remove', 'remove_new', 'disconnect'];

/** All function definitions of a module, by name (a static one in the asking file wins). */
export class ModuleFunctions<F extends CleanupSource = CFile> {
  private readonly byName = new Map<string, FoundFunction<F>[]>();

  constructor(
    readonly model: CleanupFiles<F>,
    readonly module: KernelModule,
  ) {
    for (const path of [...module.sources, ...module.headers]) {
      const file = model.c.get(path);
      if (!file) continue;
      for (const def of file.functions) {
        // `#ifndef MODULE` definitions are not compiled into a module (matroxfb_init is defined twice)
        if (builtInOnly(file, def.line)) continue;
        const list = this.byName.get(def.name) ?? [];
        list.push({ file, def });
        this.byName.set(def.name, list);
      }
    }
  }

  find(name: string, fromFile?: string): FoundFunction<F> | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    return list.find((f) => f.file.path === fromFile) ?? list.find((f) => !f.def.isStatic) ?? list[0];
  }

  /** Every function the module defines, its headers' (static inline helpers) included. */
  everyFunction(): FoundFunction<F>[] {
    return [...this.byName.values()].flat();
  }

  /** Every function defined in the module's C sources. */
  all(): FoundFunction<F>[] {
    const sources = new Set(this.module.sources);
    return [...this.byName.values()].flat().filter((f) => sources.has(f.file.path));
  }

  files(): F[] {
    return this.module.sources.map((p) => this.model.c.get(p)).filter((f): f is F => f !== undefined);
  }
}

export function setupTeardownPairs(model: CleanupFiles, module: KernelModule): SetupTeardown[] {
  const pairs: SetupTeardown[] = [];
  if (module.init) {
    pairs.push({
      kind: 'init',
      setup: module.init.function,
      teardown: module.exit?.function,
      file: module.init.file,
      line: module.init.line,
    });
  }
  for (const path of module.sources) {
    const file = model.c.get(path);
    if (!file) continue;
    for (const fi of file.fieldInits) {
      if (fi.field !== 'probe') continue;
      const setup = functionName(fi.value);
      if (!setup) continue;
      const sibling = file.fieldInits.find(
        (o) => TEARDOWN_FIELDS.includes(o.field) && o.variable === fi.variable && o.variable !== undefined && functionName(o.value),
      );
      pairs.push({ kind: 'probe', setup, teardown: sibling ? functionName(sibling.value) : undefined, file: path, line: fi.line });
    }
  }
  return pairs;
}

function functionName(value: string): string | undefined {
  const v = value.replace(/^&/, '').trim();
  return /^[A-Za-z_]\w*$/.test(v) && v !== 'NULL' ? v : undefined;
}
