/** Where a CLI command writes: results to `out` (stdout), reasons for failing to `err` (stderr). */
export type Output = { out: (text: string) => void; err: (text: string) => void };
