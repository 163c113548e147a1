/** Types of build.mjs for the TypeScript that imports it (the test setup, the benches). */
export declare const ROOT: string;
export declare const APP_DIR: string;
export declare function inputsFingerprint(): string;
export declare function appIsStale(): boolean;
export declare function buildApp(): Promise<void>;
export declare function buildTemplate(): Promise<void>;
