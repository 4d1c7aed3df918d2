// The audit's result, shaped exactly like the JSON report contract (ARCHITECTURE.md).

import type { AnalysisNote, Category, Finding } from '../types.js';

export interface ReportModule {
  name: string;
  dir: string;
  sources: string[];
  buildFile: string;
  init: { function: string; file: string; line: number } | null;
  exit: { function: string; file: string; line: number } | null;
  license: string | null;
}

export interface CategoryScore {
  score: number;
  findings: number;
  /** One sentence on why points were lost (empty when none were). */
  reason: string;
}

export interface Report {
  tool: { name: 'lkm-audit'; version: string };
  root: string;
  modules: ReportModule[];
  kernels: {
    declared: string | null;
    tested: string[];
    /** CI also builds for kernels it decides at run time (a computed matrix or a loop over header trees). */
    testedAtRunTime?: boolean;
    implied: { min: string | null; max: string | null };
  };
  licenses: { file: string; spdx: string | null; confidence: number }[];
  score: number;
  grade: string;
  categories: Partial<Record<Category, CategoryScore>>;
  findings: Finding[];
  /** Findings silenced by inline suppressions (kept for the record, not counted). */
  suppressed: Finding[];
  notes: AnalysisNote[];
  summary: { errors: number; warnings: number; notes: number; suppressed: number; filesScanned: number };
}
