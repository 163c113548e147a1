import { randomBytes } from "node:crypto";
import postgres from "postgres";

export const TEMPLATE_DATABASE = "kargoruh_test_template";

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A database of its own for one run of a real process, cloned from the migrated template; returns its name. */
export async function cloneTemplateDatabase(url: string, prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await asAdmin(url, (admin) => admin.unsafe(`create database ${name} template ${TEMPLATE_DATABASE}`));
  return name;
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await asAdmin(url, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`));
}

async function asAdmin(url: string, work: (admin: postgres.Sql) => Promise<unknown>): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
