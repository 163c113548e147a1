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
  | ({
      method: "sendDocument";
      caption?: string;
      parseMode?: "HTML";
      replyMarkup?: unknown;
    } & (
      | {
          filename: string;
          /** base64 */
          content: string;
        }
      /** A file Telegram already has (e.g. a member's attachment), forwarded by its id. */
      | { fileId: string }
    ));

/** Messages the bot sends on its own, written in the same transaction as the change that causes them. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    hqId: integer("hq_id"),
    chatId: telegramId("chat_id").notNull(),
    /** The recipient, when it is a person: lets a message refused before /start be delivered afterwards. */
    personId: integer("person_id"),
    /** The meeting the message is about, so a refused invitation can be reported to its secretary. */
    meetingId: integer("meeting_id"),
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

// ─── Convening (bylaw B4, B6, B10) ───────────────────────────────────────────────────────────────

/** A meeting of one committee, convened by its secretary or chair (B4) with at least a week's notice (B6). */
export const meetings = pgTable(
  "meetings",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    committeeId: integer("committee_id")
      .notNull()
      .references(() => committees.id),
    status: text("status", { enum: ["scheduled", "in_session", "ended", "cancelled"] })
      .notNull()
      .default("scheduled"),
    startsAt: instant("starts_at").notNull(),
    place: text("place"),
    /** B10: written proposals accepted until then; fixed at convening (and moved by a reschedule). */
    proposalDeadline: instant("proposal_deadline").notNull(),
    convenedByPersonId: integer("convened_by_person_id")
      .notNull()
      .references(() => people.id),
    convenedAt: instant("convened_at").notNull(),
    /** Set when it answers a member's request (B4). */
    requestId: integer("request_id"),
    finalAgendaSentAt: instant("final_agenda_sent_at"),
    cancelledAt: instant("cancelled_at"),
    startedAt: instant("started_at"),
    endedAt: instant("ended_at"),
  },
  (t) => [index("meetings_committee_starts").on(t.committeeId, t.startsAt), index("meetings_status_starts").on(t.status, t.startsAt)],
);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: serial("id").primaryKey(),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    /** The written proposal this item came from, if any. */
    proposalId: integer("proposal_id"),
    createdAt: createdAt(),
  },
  (t) => [index("agenda_items_meeting").on(t.meetingId, t.position)],
);

/** One per seat per meeting: the invitation and the member's answer. */
export const invitations = pgTable(
  "invitations",
  {
    id: serial("id").primaryKey(),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    seatId: integer("seat_id")
      .notNull()
      .references(() => seats.id),
    /** Who held the seat when invited; null for a vacant seat (counted, nobody to invite). */
    personId: integer("person_id").references(() => people.id),
    response: text("response", { enum: ["attending", "not_attending", "delegating"] }),
    respondedAt: instant("responded_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("invitations_meeting_seat").on(t.meetingId, t.seatId), index("invitations_person").on(t.personId)],
);

/** B10: a member's written proposal for a meeting, decided by the secretary. */
export const proposals = pgTable(
  "proposals",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    committeeId: integer("committee_id")
      .notNull()
      .references(() => committees.id),
    /** Null while kept for the next meeting after a late submission. */
    meetingId: integer("meeting_id").references(() => meetings.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    /** Receipt number shown to the proposer, sequential per committee. */
    number: integer("number").notNull(),
    text: text("text").notNull(),
    attachment: jsonb("attachment").$type<{ kind: "document" | "photo"; fileId: string; fileName?: string }>(),
    status: text("status", { enum: ["submitted", "accepted", "declined", "held_for_next", "late"] })
      .notNull()
      .default("submitted"),
    declineReason: text("decline_reason"),
    decidedByPersonId: integer("decided_by_person_id"),
    decidedAt: instant("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("proposals_committee_number").on(t.committeeId, t.number), index("proposals_meeting").on(t.meetingId)],
);

/** B4: a member asks the secretary and the chair to convene. */
export const meetingRequests = pgTable("meeting_requests", {
  id: serial("id").primaryKey(),
  hqId: integer("hq_id")
    .notNull()
    .references(() => headquarters.id),
  committeeId: integer("committee_id")
    .notNull()
    .references(() => committees.id),
  personId: integer("person_id")
    .notNull()
    .references(() => people.id),
  reason: text("reason").notNull(),
  status: text("status", { enum: ["open", "convened", "declined"] })
    .notNull()
    .default("open"),
  decidedByPersonId: integer("decided_by_person_id"),
  decidedAt: instant("decided_at"),
  createdAt: createdAt(),
});
