/** Types for scripts/unified-diff.mjs (plain JavaScript, so the demo runs with node alone). */
export declare function diffHunks(before: string, after: string, context?: number): string[][];
export declare function unifiedDiff(before: string, after: string, options?: { from?: string; to?: string; context?: number }): string;
