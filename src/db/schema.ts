import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const telegramId = (name: string) => bigint(name, { mode: "number" });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => instant("created_at").notNull().defaultNow();

/** A Headquarters for Sustainable Regeneration (county or province); every record hangs off one. */
export const headquarters = pgTable("headquarters", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  level: text("level", { enum: ["county", "province"] }).notNull(),
  /** Key, not id: a county may be imported before its province exists. */
  parentKey: text("parent_key"),
  name: text("name").notNull(),
  timezone: text("timezone").notNull(),
  locale: text("locale", { enum: ["fa", "en"] }).notNull(),
  secretariatChatId: telegramId("secretariat_chat_id"),
  createdAt: createdAt(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});

export const people = pgTable("people", {
  id: serial("id").primaryKey(),
  telegramId: telegramId("telegram_id").unique(),
  name: text("name").notNull(),
  /** The language the person chose (/lang) or the roster set; null → Telegram's, then the HQ default. */
  locale: text("locale", { enum: ["fa", "en"] }),
  telegramLanguage: text("telegram_language"),
  /** When the person first opened the bot: before that Telegram refuses our messages (403). */
  startedAt: instant("started_at"),
  blockedAt: instant("blocked_at"),
  createdAt: createdAt(),
});

/** HQ secretariat staff: administrators of one headquarters. */
export const hqStaff = pgTable(
  "hq_staff",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    startedAt: instant("started_at").notNull().defaultNow(),
    endedAt: instant("ended_at"),
  },
  (t) => [uniqueIndex("hq_staff_hq_person").on(t.hqId, t.personId)],
);

export const committees = pgTable(
  "committees",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    key: text("key").notNull(),
    template: text("template"),
    titleFa: text("title_fa").notNull(),
    titleEn: text("title_en").notNull(),
    chatId: telegramId("chat_id"),
    /** Set for a sub-working group (bylaw B5). */
    parentId: integer("parent_id"),
    /** Per-committee overrides of the bylaw numbers; see domain/rules. */
    rules: jsonb("rules").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    endedAt: instant("ended_at"),
  },
  (t) => [uniqueIndex("committees_hq_key").on(t.hqId, t.key), index("committees_chat").on(t.chatId)],
);

export const seats = pgTable(
  "seats",
  {
    id: serial("id").primaryKey(),
    committeeId: integer("committee_id")
      .notNull()
      .references(() => committees.id),
    title: text("title").notNull(),
    role: text("role", { enum: ["chair", "secretary", "member"] }).notNull(),
    voting: boolean("voting").notNull().default(true),
    position: integer("position").notNull(),
    createdAt: createdAt(),
    /** A seat that left the roster is ended, never deleted: its history stays. */
    endedAt: instant("ended_at"),
  },
  (t) => [uniqueIndex("seats_committee_title").on(t.committeeId, t.title)],
);

/** Who holds a seat, for which term (bylaw B2: appointment orders run two years). */
export const appointments = pgTable(
  "appointments",
  {
    id: serial("id").primaryKey(),
    seatId: integer("seat_id")
      .notNull()
      .references(() => seats.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    termStart: date("term_start", { mode: "string" }).notNull(),
    termEnd: date("term_end", { mode: "string" }).notNull(),
    startedAt: instant("started_at").notNull().defaultNow(),
    endedAt: instant("ended_at"),
  },
  (t) => [
    uniqueIndex("appointments_one_current_per_seat")
      .on(t.seatId)
      .where(sql`ended_at is null`),
    index("appointments_person").on(t.personId),
  ],
);

export const inviteTokens = pgTable("invite_tokens", {
  token: text("token").primaryKey(),
  kind: text("kind", { enum: ["seat"] }).notNull(),
  seatId: integer("seat_id").references(() => seats.id),
  createdAt: createdAt(),
  usedAt: instant("used_at"),
  usedByPersonId: integer("used_by_person_id").references(() => people.id),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    hqId: integer("hq_id"),
    actorPersonId: integer("actor_person_id"),
    actorTelegramId: telegramId("actor_telegram_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    at: instant("at").notNull().defaultNow(),
  },
  (t) => [index("audit_hq_at").on(t.hqId, t.at)],
);

export type OutboxPayload =
  | {
      method: "sendMessage";
      text: string;
      parseMode?: "HTML";
      replyMarkup?: unknown;
      messageThreadId?: number;
    }
  | {
      method: "sendDocument";
      filename: string;
      /** base64 */
      content: string;
      caption?: string;
      parseMode?: "HTML";
      replyMarkup?: unknown;
    };

/** Messages the bot sends on its own, written in the same transaction as the change that causes them. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    hqId: integer("hq_id"),
    chatId: telegramId("chat_id").notNull(),
    /** The recipient, when it is a person: lets a message refused before /start be delivered afterwards. */
    personId: integer("person_id"),
    purpose: text("purpose").notNull(),
    payload: jsonb("payload").$type<OutboxPayload>().notNull(),
    /** Lower is sooner. */
    priority: smallint("priority").notNull().default(5),
    status: text("status", {
      enum: ["pending", "sending", "sent", "failed", "awaiting_start", "blocked"],
    })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at").notNull().defaultNow(),
    lockedUntil: instant("locked_until"),
    lastError: text("last_error"),
    messageIds: jsonb("message_ids").$type<number[]>(),
    createdAt: createdAt(),
    sentAt: instant("sent_at"),
  },
  (t) => [
    index("outbox_due").on(t.status, t.priority, t.nextAttemptAt),
    index("outbox_person_waiting").on(t.personId, t.status),
  ],
);

/** Due-time work (reminders, deadlines), claimed with FOR UPDATE SKIP LOCKED so instances never share one. */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    runAt: instant("run_at").notNull(),
    status: text("status", { enum: ["pending", "running", "done", "failed", "cancelled"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: instant("locked_until"),
    lastError: text("last_error"),
    /** Scheduling the same job twice (e.g. a reminder for one meeting) keeps one row. */
    dedupeKey: text("dedupe_key").unique(),
    createdAt: createdAt(),
    finishedAt: instant("finished_at"),
  },
  (t) => [index("jobs_due").on(t.status, t.runAt)],
);

export const processedUpdates = pgTable("processed_updates", {
  updateId: bigint("update_id", { mode: "number" }).primaryKey(),
  receivedAt: instant("received_at").notNull().defaultNow(),
});

/** @grammyjs/conversations state, so a wizard survives a restart. */
export const conversationState = pgTable("conversation_state", {
  key: text("key").primaryKey(),
  state: jsonb("state").notNull(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});
