/** Types of postgres-driver-fix.mjs (plain JavaScript: the build runs it before anything is compiled). */
export function fixPostgresConnection(source: string): string;
export const POSTGRES_CONNECTION: RegExp;
export const postgresDriverFix: { name: string; setup(build: unknown): void };
