import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/client.ts";
import { TEMPLATE_DATABASE, withDatabaseName } from "./test-database-names.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
  }
}

/**
 * Migrates once, then every test file starts from a copy: a PGlite data-dir dump (≈0.4 s to load instead of ≈3 s
 * to migrate), or on PostgreSQL a template database cloned with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    await recreateTemplateDatabase(url);
    project.provide("pgliteTemplatePath", "");
    return;
  }
  const handle = await openDatabase({ memory: true });
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir("none");
  const path = join(tmpdir(), `kargoruh-test-template-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide("pgliteTemplatePath", path);
}

async function recreateTemplateDatabase(url: string): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await admin.unsafe(`create database ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const template = await openDatabase({ url: withDatabaseName(url, TEMPLATE_DATABASE) });
  await template.close();
}
