// Kernel versions: what the project declares, what CI tests, what the code implies.

export interface DeclaredKernels {
  min?: string;
  max?: string;
  /** Where the claim was read. */
  source: { file: string; line: number; text: string };
}

export interface KernelsModel {
  declared?: DeclaredKernels;
  tested: string[];
  implied: { min: string | null; max: string | null };
}
