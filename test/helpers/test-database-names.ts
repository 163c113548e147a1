import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL only: this run's migrated template database (empty on PGlite). */
    postgresTemplate: string;
  }
}

/**
 * A template of its own per test run (the global setup makes and drops it), so two runs on one server — CI's
 * and a developer's, or the main suite and the fault suite — never drop each other's template.
 */
export function newTemplateDatabaseName(): string {
  return `kargoruh_test_template_${process.pid}_${randomBytes(3).toString("hex")}`;
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A database of its own for one run of a real process, cloned from the migrated template; returns its name. */
export async function cloneTemplateDatabase(url: string, prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const template = inject("postgresTemplate");
  if (!template) throw new Error("no PostgreSQL template: the global setup runs only with TEST_DATABASE_URL");
  await asAdmin(url, (admin) => admin.unsafe(`create database ${name} template ${template}`));
  return name;
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await asAdmin(url, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`));
}

export async function asAdmin(url: string, work: (admin: postgres.Sql) => Promise<unknown>): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
