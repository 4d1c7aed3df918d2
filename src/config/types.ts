import type { SeverityOrOff } from '../types.js';

export interface Config {
  /** Where the config was read from, relative to the root, if any. */
  path?: string;
  rules: Map<string, { severity: SeverityOrOff; line: number }>;
  ignore: string[];
  kernels?: { min?: string; max?: string; line: number };
}

export interface ConfigError {
  file: string;
  line?: number;
  message: string;
}
