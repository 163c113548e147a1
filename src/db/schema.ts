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
    /**
     * The coordination council only: the chair and the secretary the roster names among its derived members (part A
     * leaves the choice open); null follows the default rule in domain/council.
     */
    namedChairPersonId: integer("named_chair_person_id").references(() => people.id),
    namedSecretaryPersonId: integer("named_secretary_person_id").references(() => people.id),
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
    /**
     * Set when the members elected this seat's holder secretary (B7): a roster file that still says "member" for it
     * (exported before the election) does not undo the election. Cleared once the role is set another way.
     */
    roleElectedAt: instant("role_elected_at"),
    createdAt: createdAt(),
    /** A seat that left the roster is ended, never deleted: its history stays. */
    endedAt: instant("ended_at"),
  },
  // Unique among current seats only: the council's seats are one per person and named by what they hold, so a new
  // governor's seat may carry the title of the one who left, whose ended seat keeps it.
  (t) => [uniqueIndex("seats_committee_title").on(t.committeeId, t.title).where(sql`ended_at is null`)],
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
    uniqueIndex("appointments_one_current_per_seat").on(t.seatId).where(sql`ended_at is null`),
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
  /** Replaced by a newer link for the same seat (/appoint): opening it no longer takes the seat. */
  revokedAt: instant("revoked_at"),
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
    /** Position in its HQ's chain (domain/audit-chain.ts), from 1. */
    chainSeq: bigint("chain_seq", { mode: "number" }).notNull(),
    /** The hash of the chain's previous entry (the genesis hash for the first). */
    prevHash: text("prev_hash").notNull(),
    /** SHA-256 of prev_hash and this entry's canonical content. */
    hash: text("hash").notNull(),
    /**
     * Chained by the migration that introduced the chain, from a content form computed in SQL (db/queries/audit.ts,
     * LEGACY_CONTENT): those rows were written before the application hashed anything.
     */
    chainedAtMigration: boolean("chained_at_migration").notNull().default(false),
  },
  (t) => [
    index("audit_hq_at").on(t.hqId, t.at),
    // Two writers can never give one chain two entries at the same place, whatever happens to the head lock.
    uniqueIndex("audit_chain_seq").on(sql`coalesce(${t.hqId}, 0)`, t.chainSeq),
  ],
);

/**
 * The last entry of each audit chain (`chain` = the HQ's id, 0 for entries with no HQ). Locked by every writer of the
 * chain, so entries of one HQ are appended one transaction at a time even across instances; and it records where the
 * chain ends, so deleting its last entries shows.
 */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chain: integer("chain").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});

export type OutboxPayload =
  | {
      method: "sendMessage";
      text: string;
      parseMode?: "HTML";
      replyMarkup?: unknown;
      messageThreadId?: number;
    }
  | {
      /** Live tallies: a newer edit of the same message replaces a pending one (see outbox.dedupe_key). */
      method: "editMessageText";
      messageId: number;
      text: string;
      replyMarkup?: unknown;
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
    /** Rows with one key coalesce while pending: only the latest edit of a live message is sent. */
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
    sentAt: instant("sent_at"),
  },
  (t) => [
    uniqueIndex("outbox_pending_dedupe").on(t.dedupeKey).where(sql`status = 'pending' and dedupe_key is not null`),
    index("outbox_due").on(t.status, t.priority, t.nextAttemptAt),
    index("outbox_person_waiting").on(t.personId, t.status),
  ],
);

/**
 * Telegram's send limits are per bot, not per process: every instance's outbox worker and direct replies take their
 * send slots from these rows (delivery/shared-send-budget.ts), so together they stay under 30 a second, one a second
 * per chat and twenty a minute per group.
 */
export const sendBudget = pgTable(
  "send_budget",
  {
    /** A chat, or 0 for the bot as a whole (no Telegram chat has id 0): the row every taker locks first. */
    chatId: telegramId("chat_id").primaryKey(),
    /** Slots taken, epoch milliseconds, oldest first: as many as the chat's rule looks back at. May lie ahead. */
    recent: jsonb("recent").$type<number[]>().notNull(),
    /** After a 429: nothing to this chat (or, on row 0, anywhere) before then. */
    pausedUntil: instant("paused_until"),
    /** The earliest time this chat may have another slot: chats past it are left out of the outbox's look. */
    readyAt: instant("ready_at").notNull(),
    /** The latest slot; a chat silent for a minute constrains nothing and its row is deleted. */
    lastAt: instant("last_at"),
  },
  (t) => [index("send_budget_ready").on(t.readyAt)],
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
  /**
   * A token the claiming attempt chose: when the connection is lost while the claim is in flight, the retry tells
   * its own committed claim (same token) from another instance's (a redelivery).
   */
  claim: text("claim"),
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
    /** `not_held`: convened, never started, and recorded so by an officer the day after (B9/B13: counted in the reports). */
    status: text("status", { enum: ["scheduled", "in_session", "ended", "cancelled", "not_held"] })
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
    /** The attendance message in the group chat, kept up to date during the session. */
    sessionChatId: bigint("session_chat_id", { mode: "number" }),
    sessionMessageId: integer("session_message_id"),
  },
  (t) => [
    index("meetings_committee_starts").on(t.committeeId, t.startsAt),
    index("meetings_status_starts").on(t.status, t.startsAt),
  ],
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
  (t) => [
    uniqueIndex("invitations_meeting_seat").on(t.meetingId, t.seatId),
    index("invitations_person").on(t.personId),
  ],
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
  (t) => [
    uniqueIndex("proposals_committee_number").on(t.committeeId, t.number),
    index("proposals_meeting").on(t.meetingId),
  ],
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

// ─── In session (bylaw B1, B3, B8) ───────────────────────────────────────────────────────────────

/** B1: a member who cannot attend names a temporary delegate in writing, for one meeting. */
export const delegations = pgTable(
  "delegations",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    seatId: integer("seat_id")
      .notNull()
      .references(() => seats.id),
    principalPersonId: integer("principal_person_id")
      .notNull()
      .references(() => people.id),
    /** The written statement: who the delegate is and the authorization. */
    statement: text("statement").notNull(),
    /** One-time link the member forwards to the delegate. */
    token: text("token").notNull().unique(),
    delegatePersonId: integer("delegate_person_id").references(() => people.id),
    status: text("status", {
      // superseded: the member came to the meeting and took the seat back (B1).
      enum: ["awaiting_delegate", "awaiting_secretary", "accepted", "rejected", "revoked", "expired", "superseded"],
    }).notNull(),
    createdAt: createdAt(),
    confirmedAt: instant("confirmed_at"),
    decidedByPersonId: integer("decided_by_person_id"),
    decidedAt: instant("decided_at"),
    endedAt: instant("ended_at"),
  },
  (t) => [
    // One standing delegation per seat per meeting.
    uniqueIndex("delegations_one_per_seat")
      .on(t.meetingId, t.seatId)
      .where(sql`status in ('awaiting_delegate', 'awaiting_secretary', 'accepted')`),
    index("delegations_delegate").on(t.delegatePersonId),
  ],
);

/** B8: a non-member agency's representative invited to a meeting, without a vote, once the approving HQ agrees. */
export const guests = pgTable(
  "guests",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    /** The HQ whose staff decide: the provincial HQ when the county has one, otherwise the county's own. */
    approvingHqId: integer("approving_hq_id")
      .notNull()
      .references(() => headquarters.id),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    agency: text("agency").notNull(),
    reason: text("reason").notNull(),
    requestedByPersonId: integer("requested_by_person_id")
      .notNull()
      .references(() => people.id),
    status: text("status", { enum: ["requested", "approved", "rejected"] }).notNull(),
    decidedByPersonId: integer("decided_by_person_id"),
    decidedAt: instant("decided_at"),
    /** One-time link for the guest, issued on approval. */
    token: text("token").unique(),
    guestPersonId: integer("guest_person_id").references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index("guests_meeting").on(t.meetingId)],
);

/** B3: who is present. A seat counts once, whether its member or its accepted delegate checked in. */
export const attendance = pgTable(
  "attendance",
  {
    id: serial("id").primaryKey(),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    seatId: integer("seat_id").references(() => seats.id),
    guestId: integer("guest_id").references(() => guests.id),
    /** Who is in the room for the seat: the member, the delegate or the guest. */
    personId: integer("person_id").references(() => people.id),
    present: boolean("present").notNull(),
    via: text("via", { enum: ["self", "delegate", "secretary"] }).notNull(),
    markedByPersonId: integer("marked_by_person_id"),
    at: instant("at").notNull(),
  },
  (t) => [
    uniqueIndex("attendance_meeting_seat").on(t.meetingId, t.seatId).where(sql`seat_id is not null`),
    uniqueIndex("attendance_meeting_guest").on(t.meetingId, t.guestId).where(sql`guest_id is not null`),
  ],
);

/** B3: an in-chat vote; passes only with yes ≥ the threshold computed from ALL voting members. */
export const votes = pgTable(
  "votes",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    agendaItemId: integer("agenda_item_id").references(() => agendaItems.id),
    question: text("question").notNull(),
    secret: boolean("secret").notNull().default(false),
    status: text("status", { enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    openedByPersonId: integer("opened_by_person_id").notNull(),
    openedAt: instant("opened_at").notNull(),
    /** The vote message in the group chat, kept up to date. */
    chatId: bigint("chat_id", { mode: "number" }),
    messageId: integer("message_id"),
    closedByPersonId: integer("closed_by_person_id"),
    closedAt: instant("closed_at"),
    /** Frozen at closing: the figures the result message and the minutes cite. */
    result: jsonb("result").$type<{
      yes: number;
      no: number;
      abstain: number;
      votingSeats: number;
      threshold: number;
      majority: "absolute" | "strict";
      /** Voting seats present at closing and the quorum (B3); absent from votes closed before the quorum was re-checked. */
      presentVoting?: number;
      quorumRequired?: number;
      /** `no_quorum`: the quorum was lost before closing; no decision, no resolution. Absent on older votes: `passed` decides. */
      decision?: "passed" | "failed" | "no_quorum";
      passed: boolean;
    }>(),
  },
  (t) => [index("votes_meeting").on(t.meetingId)],
);

/**
 * One ballot per seat per vote. In a secret vote `choice` stays null: the choice goes only into `secretTallies`,
 * so no row ever ties a seat to what it chose.
 */
export const ballots = pgTable(
  "ballots",
  {
    id: serial("id").primaryKey(),
    voteId: integer("vote_id")
      .notNull()
      .references(() => votes.id),
    seatId: integer("seat_id")
      .notNull()
      .references(() => seats.id),
    choice: text("choice", { enum: ["yes", "no", "abstain"] }),
    castByPersonId: integer("cast_by_person_id").notNull(),
    castAt: instant("cast_at").notNull(),
  },
  (t) => [uniqueIndex("ballots_vote_seat").on(t.voteId, t.seatId)],
);

export const secretTallies = pgTable("secret_tallies", {
  voteId: integer("vote_id")
    .primaryKey()
    .references(() => votes.id),
  yes: integer("yes").notNull().default(0),
  no: integer("no").notNull().default(0),
  abstain: integer("abstain").notNull().default(0),
});

/**
 * A decision: a meeting's vote (passed or not), or a county HQ resolution notified to the group (B14). Passed ones
 * go to the approving HQ after the minutes are signed (B11) and are followed until implemented; see
 * domain/resolution-status for the states and who may move them.
 */
export const resolutions = pgTable(
  "resolutions",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    committeeId: integer("committee_id")
      .notNull()
      .references(() => committees.id),
    /** Null for a resolution the HQ notified (B14). */
    meetingId: integer("meeting_id").references(() => meetings.id),
    voteId: integer("vote_id")
      .references(() => votes.id)
      .unique(),
    text: text("text").notNull(),
    passed: boolean("passed").notNull(),
    source: text("source", { enum: ["vote", "hq"] })
      .notNull()
      .default("vote"),
    status: text("status", {
      enum: [
        "not_passed",
        "recorded",
        "awaiting_approval",
        "returned",
        "notified",
        "approved",
        "in_progress",
        "blocked",
        "implemented",
      ],
    })
      .notNull()
      .default("recorded"),
    /** The seat (a member agency) responsible for carrying it out. */
    ownerSeatId: integer("owner_seat_id").references(() => seats.id),
    dueDate: date("due_date", { mode: "string" }),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("resolutions_meeting").on(t.meetingId),
    index("resolutions_committee_status").on(t.committeeId, t.status),
  ],
);

/** The timeline of a resolution: every decision and every answer of its owner, in order. */
export const resolutionEvents = pgTable(
  "resolution_events",
  {
    id: serial("id").primaryKey(),
    resolutionId: integer("resolution_id")
      .notNull()
      .references(() => resolutions.id),
    status: text("status").notNull(),
    note: text("note"),
    personId: integer("person_id"),
    at: instant("at").notNull(),
  },
  (t) => [index("resolution_events_resolution").on(t.resolutionId, t.at)],
);

// ─── Minutes (bylaw B9) ──────────────────────────────────────────────────────────────────────────

/** The working draft of a meeting's minutes: the secretary's notes; the facts come from the record. */
export const minutes = pgTable(
  "minutes",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    committeeId: integer("committee_id")
      .notNull()
      .references(() => committees.id),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id)
      .unique(),
    /** Notes per agenda item (by position) and the general free text, as the secretary wrote them. */
    itemNotes: jsonb("item_notes").$type<Record<string, string>>().notNull().default({}),
    freeText: text("free_text").notNull().default(""),
    /** B9: signed and sent by this moment. */
    dueAt: instant("due_at").notNull(),
    /** When the first version was signed; null while unsigned (what the 48-hour clock and /overdue look at). */
    signedAt: instant("signed_at"),
    overdueNotifiedAt: instant("overdue_notified_at"),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [index("minutes_unsigned_due").on(t.dueAt).where(sql`signed_at is null`)],
);

/** A signed, frozen version. A correction is a new version that says what it supersedes. */
export const minutesVersions = pgTable(
  "minutes_versions",
  {
    id: serial("id").primaryKey(),
    minutesId: integer("minutes_id")
      .notNull()
      .references(() => minutes.id),
    version: integer("version").notNull(),
    text: text("text").notNull(),
    /** SHA-256 of the UTF-8 text, hex: anyone can check a copy with /verify. */
    sha256: text("sha256").notNull(),
    signedByPersonId: integer("signed_by_person_id")
      .notNull()
      .references(() => people.id),
    signedAt: instant("signed_at").notNull(),
    supersedesVersionId: integer("supersedes_version_id"),
    correctionNote: text("correction_note"),
    /**
     * The hash of the HQ's audit chain head when this version was signed; it is in the signed text, so every member's
     * copy anchors the audit log up to that point. Null for versions signed before the chain existed.
     */
    auditHead: text("audit_head"),
  },
  (t) => [
    uniqueIndex("minutes_versions_number").on(t.minutesId, t.version),
    index("minutes_versions_hash").on(t.sha256),
  ],
);

export const minutesReceipts = pgTable(
  "minutes_receipts",
  {
    id: serial("id").primaryKey(),
    versionId: integer("version_id")
      .notNull()
      .references(() => minutesVersions.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    acknowledgedAt: instant("acknowledged_at").notNull(),
  },
  (t) => [uniqueIndex("minutes_receipts_version_person").on(t.versionId, t.personId)],
);

// ─── Referrals, reports, sub-groups, field visits, elections (bylaw B5, B7, B12, B13, B15) ─────────

/** B12: a subject the HQ secretariat refers to a group, answered with a written report. */
export const referrals = pgTable(
  "referrals",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    committeeId: integer("committee_id")
      .notNull()
      .references(() => committees.id),
    subject: text("subject").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    referredByPersonId: integer("referred_by_person_id")
      .notNull()
      .references(() => people.id),
    status: text("status", { enum: ["open", "reported"] })
      .notNull()
      .default("open"),
    reportText: text("report_text"),
    reportFile: jsonb("report_file").$type<{ fileId: string; fileName?: string }>(),
    reportedByPersonId: integer("reported_by_person_id"),
    reportedAt: instant("reported_at"),
    createdAt: createdAt(),
  },
  (t) => [index("referrals_committee_status").on(t.committeeId, t.status)],
);

/** B13 and part C: a drafted performance report for a period, reviewed and sent by the secretary. */
export const performanceReports = pgTable(
  "performance_reports",
  {
    id: serial("id").primaryKey(),
    hqId: integer("hq_id")
      .notNull()
      .references(() => headquarters.id),
    /** Null for the HQ's annual assembly of its groups' quarterly figures for the provincial HQ. */
    committeeId: integer("committee_id").references(() => committees.id),
    kind: text("kind", { enum: ["monthly", "quarterly", "annual"] }).notNull(),
    periodStart: instant("period_start").notNull(),
    periodEnd: instant("period_end").notNull(),
    /** e.g. "1405-Q3", "1405-09", "1405". */
    label: text("label").notNull(),
    figures: jsonb("figures").$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: ["draft", "sent"] })
      .notNull()
      .default("draft"),
    sentByPersonId: integer("sent_by_person_id"),
    sentAt: instant("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("performance_reports_period").on(t.hqId, t.committeeId, t.kind, t.label)],
);

/** B5: a committee's secretary proposes a sub-working group; the county HQ approves its title and duties. */
export const subgroupProposals = pgTable("subgroup_proposals", {
  id: serial("id").primaryKey(),
  hqId: integer("hq_id")
    .notNull()
    .references(() => headquarters.id),
  parentCommitteeId: integer("parent_committee_id")
    .notNull()
    .references(() => committees.id),
  title: text("title").notNull(),
  duties: text("duties").notNull(),
  proposedByPersonId: integer("proposed_by_person_id")
    .notNull()
    .references(() => people.id),
  status: text("status", { enum: ["proposed", "approved", "rejected"] })
    .notNull()
    .default("proposed"),
  decidedByPersonId: integer("decided_by_person_id"),
  decidedAt: instant("decided_at"),
  createdCommitteeId: integer("created_committee_id").references(() => committees.id),
  createdAt: createdAt(),
});

/** B15: a group's field visit, coordinated with the HQ secretariat. */
export const fieldVisits = pgTable("field_visits", {
  id: serial("id").primaryKey(),
  hqId: integer("hq_id")
    .notNull()
    .references(() => headquarters.id),
  committeeId: integer("committee_id")
    .notNull()
    .references(() => committees.id),
  startsAt: instant("starts_at").notNull(),
  place: text("place").notNull(),
  purpose: text("purpose").notNull(),
  requestedByPersonId: integer("requested_by_person_id")
    .notNull()
    .references(() => people.id),
  status: text("status", { enum: ["requested", "approved", "other_date_proposed", "cancelled"] })
    .notNull()
    .default("requested"),
  proposedStartsAt: instant("proposed_starts_at"),
  decidedByPersonId: integer("decided_by_person_id"),
  decidedAt: instant("decided_at"),
  createdAt: createdAt(),
});

/** B7: the members determine the secretary at the first meeting: one ballot per voting seat, for a member's seat. */
export const elections = pgTable("elections", {
  id: serial("id").primaryKey(),
  hqId: integer("hq_id")
    .notNull()
    .references(() => headquarters.id),
  committeeId: integer("committee_id")
    .notNull()
    .references(() => committees.id),
  /** B7: the election is an item of this meeting, held in its session; the minutes record it. Null for older rows. */
  meetingId: integer("meeting_id").references(() => meetings.id),
  role: text("role", { enum: ["secretary"] }).notNull(),
  status: text("status", { enum: ["open", "closed"] })
    .notNull()
    .default("open"),
  openedByPersonId: integer("opened_by_person_id").notNull(),
  openedAt: instant("opened_at").notNull(),
  closedAt: instant("closed_at"),
  winnerSeatId: integer("winner_seat_id").references(() => seats.id),
  result: jsonb("result").$type<Record<string, unknown>>(),
});

export const electionBallots = pgTable(
  "election_ballots",
  {
    id: serial("id").primaryKey(),
    electionId: integer("election_id")
      .notNull()
      .references(() => elections.id),
    voterSeatId: integer("voter_seat_id")
      .notNull()
      .references(() => seats.id),
    candidateSeatId: integer("candidate_seat_id")
      .notNull()
      .references(() => seats.id),
    castAt: instant("cast_at").notNull(),
  },
  (t) => [uniqueIndex("election_ballots_one_per_seat").on(t.electionId, t.voterSeatId)],
);
