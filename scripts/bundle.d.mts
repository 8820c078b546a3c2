// Types of scripts/bundle.mjs for the tests.
export type Platform = 'win' | 'linux';
export declare const APP_PARTS: readonly string[];
export declare const WINDOWS_LAUNCHER: string;
export declare const POSIX_LAUNCHER: string;
export declare function requiredFiles(platform: Platform): string[];
export declare function layoutProblems(stage: string, platform: Platform, options?: { modules?: boolean }): string[];
export declare function productionPackages(root: string): string[];
export declare function stageBundle(options: { root: string; stage: string; platform: Platform; nodeBinary: string; modules: 'ci' | 'copy' | 'none' }): string;
export declare function zipStage(stage: string, zipFile: string, top: string): Promise<number>;
