// The scan's size cap, alone in a module so that the CLI's launcher can read it without loading the scan.

/** Files larger than this are listed but not read (WalkOptions.maxFileBytes, unless the config says otherwise). */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
