// The repository model: every fact the rules may use, parsed once. Rules never read files.

import type { BuildResult } from '../build/types.js';
import type { Config } from '../config/types.js';
import type { RepoFiles } from '../scan/types.js';
import type { AnalysisNote } from '../types.js';
import type { CFile } from './c/types.js';
import type { CiModel } from './ci/types.js';
import type { KernelAliasDb } from './devices/kernel-aliases.js';
import type { DeviceTables } from './devices/tables.js';
import type { DkmsConf } from './dkms/types.js';
import type { TodoList } from './docs/todo.js';
import type { DocsModel } from './docs/types.js';
import type { TreeContext } from './context/in-tree.js';
import type { KconfigSymbol } from './kconfig.js';
import type { KernelsModel } from './kernels/types.js';
import type { LicenseModel } from './license/types.js';
import type { MakeFile, ObjEntry } from './make/types.js';
import type { VendoredTree } from './vendored.js';

export interface EntryPoint {
  function: string;
  file: string;
  line: number;
  /** The macro that declared it: module_init, module_exit, module_platform_driver, init_module (legacy) ... */
  via: string;
}

export interface StringFact {
  value: string;
  file: string;
  line: number;
  column: number;
  /** The argument as written when it was not a plain string literal (a macro name, concatenation). */
  raw?: string;
  /** False when the value came from a macro the audit could not resolve. */
  resolved: boolean;
}

export interface ModuleParam {
  name: string;
  /** module_param, module_param_named, module_param_array ... */
  macro: string;
  type?: string;
  perm: string;
  file: string;
  line: number;
  column: number;
  description?: StringFact;
}

export interface KernelModule {
  name: string;
  /** Folder of the build file that declares it, relative to root ('.' for the root). */
  dir: string;
  buildFile: string;
  buildLine: number;
  /** C sources that make up the module (existing files only), relative to root. */
  sources: string[];
  /** Headers included by the sources with quotes that exist in the repository. */
  headers: string[];
  init?: EntryPoint;
  exit?: EntryPoint;
  /** The first MODULE_LICENSE (what `modinfo` shows first). */
  license?: StringFact;
  /** Every MODULE_LICENSE of the module: modpost marks it non-GPL if any one is not GPL-compatible. */
  licenses: StringFact[];
  description?: StringFact;
  authors: StringFact[];
  version?: StringFact;
  params: ModuleParam[];
  /** Sources the build names that exist but were not read (over the scan's size cap). */
  unread?: string[];
  /** The source that holds module_init or the MODULE_* tags: where module-level findings anchor. */
  mainSource?: string;
}

export interface RepoModel {
  root: string;
  scan: RepoFiles;
  config: Config;
  /** Parsed Makefiles and Kbuild files by path. */
  make: Map<string, MakeFile>;
  objEntries: ObjEntry[];
  /** Kconfig symbols defined in the repository. */
  kconfig: Map<string, KconfigSymbol>;
  /** The project's include folders from the build files' `-I` flags (`-I$(src)/include` -> `include`). */
  includeDirs?: string[];
  /** Parsed kernel C sources and headers by path (user-space C is not here). */
  c: Map<string, CFile>;
  /** Third-party trees the repository carries: reported once, left out of per-file style and tag rules. */
  vendored?: VendoredTree[];
  modules: KernelModule[];
  docs: DocsModel;
  /** Open items of TODO files and TODO-like README sections: the maintainers' own list of what is missing. */
  todo: TodoList[];
  license: LicenseModel;
  ci: CiModel;
  dkms: DkmsConf[];
  kernels: KernelsModel;
  /** Device-ID table entries and MODULE_ALIAS strings, as the aliases modpost generates. */
  devices: DeviceTables;
  /** `modules.alias` of kernels to compare device IDs with; set by the engine before the rules run. */
  kernelAliases?: KernelAliasDb[];
  /** In a kernel tree (in-tree mode) or a repository of its own. */
  context: TreeContext;
  notes: AnalysisNote[];
  /** Build mode only: one result per kernel header tree, set by `runBuilds` before the rules run. */
  buildResults?: BuildResult[];
}
