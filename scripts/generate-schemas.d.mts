/** Types for the test that holds the generator's package list to the registry (src/librechat). */
export declare const TARGETS: readonly { id: string; alias: string }[];
export declare function generateSchemas(outDir: string): { targets: { id: string }[] };
