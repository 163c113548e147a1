/** Types of postgres-driver-fix.mjs (plain JavaScript: the build runs it before anything is compiled). */
export declare function fixPostgresConnection(source: string): string;
export declare const POSTGRES_CONNECTION: RegExp;
export declare const postgresDriverFix: { name: string; setup(build: unknown): void };
