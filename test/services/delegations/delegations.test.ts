import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { delegations, invitations, meetings, outbox } from "../../../src/db/schema.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { upsertStartedPerson } from "../../../src/services/shared/people.ts";
import {
  confirmDelegation,
  createDelegation,
  decideDelegation,
  delegatesOf,
  expireDelegations,
  openDelegationLink,
  revokeDelegation,
} from "../../../src/services/delegations/delegations.ts";
import { standingAt } from "../../../src/services/session/standing.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { seatedCommittee } from "../../helpers/recorded-session.ts";
import { CHAIR, MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const STATEMENT = "آقای رضا احمدی، معاون اداره، به نمایندگی از اینجانب با حق رأی در این جلسه حاضر می‌شود.";
const DELEGATE = { id: 5001, first_name: "رضا", last_name: "احمدی", language_code: "fa" };
const OTHER = { id: 5002, first_name: "Sara", language_code: "en" };
/** Reads Persian (MEMBERS[0] reads English). */
const PRINCIPAL = MEMBERS[1]!;

describe("delegations (bylaw B1)", () => {
  let h: BotHarness;
  const ids: Record<number, number> = {};
  let meetingId: number;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    const seated = await seatedCommittee(h);
    Object.assign(ids, seated.ids);
    const convened = await conveneMeeting(h.services, ids[SECRETARY]!, {
      committeeId: seated.committeeId,
      startsAt: MEETING,
      place: "دفتر فرماندار",
      agenda: ["بررسی طرح‌ها"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    meetingId = convened.meetingId;
  });

  const principal = () => ids[PRINCIPAL]!;
  const personOf = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;
  const created = async (by = principal()) => {
    const result = await createDelegation(h.services, by, meetingId, STATEMENT);
    if (result.kind !== "created") throw new Error(result.kind);
    return result;
  };
  /** Named, opened and confirmed by the delegate: waiting for the secretary. */
  const confirmed = async () => {
    const { token, delegation } = await created();
    expect((await openDelegationLink(h.services, DELEGATE, token)).kind).toBe("opened");
    expect(await confirmDelegation(h.services, await personOf(DELEGATE.id), delegation.delegationId)).toEqual({
      kind: "confirmed",
      officerNotified: true,
    });
    return delegation.delegationId;
  };
  const accepted = async () => {
    const id = await confirmed();
    expect(await decideDelegation(h.services, ids[SECRETARY]!, id, true)).toEqual({ kind: "accepted" });
    return id;
  };
  const statusOf = async (id: number) =>
    (await h.database.db.select({ status: delegations.status }).from(delegations).where(eq(delegations.id, id)))[0]
      ?.status;
  const outboxTo = async (telegramId: number) =>
    h.database.db.select().from(outbox).where(eq(outbox.chatId, telegramId));

  it("B1 the written statement is recorded with a one-time link and the answer becomes 'sending a delegate'", async () => {
    const result = await created();
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(result.delegation).toMatchObject({
      status: "awaiting_delegate",
      statement: STATEMENT,
      seatTitle: "عضو ۲",
      delegateName: null,
    });
    const [invitation] = await h.database.db.select().from(invitations).where(eq(invitations.personId, principal()));
    expect(invitation!.response).toBe("delegating");
    expect((await listAudit(h.database.db, { action: "delegation.created" })).length).toBe(1);
  });

  it("B1 delegate accepted: the secretary gets the statement with Accept/Reject, the member and the delegate are told, standing follows", async () => {
    const id = await confirmed();
    const [forSecretary] = await outboxTo(SECRETARY).then((rows) =>
      rows.filter((r) => r.purpose === "delegation_for_officer"),
    );
    expect(forSecretary!.payload).toMatchObject({ method: "sendMessage" });
    const payload = forSecretary!.payload as {
      text: string;
      replyMarkup: { inline_keyboard: { callback_data: string }[][] };
    };
    expect(payload.text).toContain(STATEMENT);
    expect(payload.replyMarkup.inline_keyboard.flat().map((b) => b.callback_data)).toEqual([`da:${id}`, `dr:${id}`]);

    expect(await decideDelegation(h.services, ids[SECRETARY]!, id, true)).toEqual({ kind: "accepted" });
    const delegate = await personOf(DELEGATE.id);
    expect(await standingAt(h.database.db, meetingId, principal())).toEqual({
      kind: "delegated_away",
      seatId: expect.any(Number),
      delegationId: id,
    });
    expect(await standingAt(h.database.db, meetingId, delegate)).toEqual({
      kind: "delegate",
      seatId: expect.any(Number),
      delegationId: id,
    });
    expect((await delegatesOf(h.database.db, meetingId)).map((d) => [d.seatTitle, d.delegateName])).toEqual([
      ["عضو ۲", "رضا احمدی"],
    ]);
    await h.deliver();
    expect(h.emulator.lastSent(PRINCIPAL)!.text).toContain("تأیید کرد");
    const toDelegate = h.emulator.lastSent(DELEGATE.id)!.text!;
    expect(toDelegate).toContain("نماینده موقت");
    expect(toDelegate).toContain("۱. بررسی طرح‌ها");
  });

  it("B1 delegate rejected: the member and the delegate are told, the member votes again and may name someone else", async () => {
    const id = await confirmed();
    expect(await decideDelegation(h.services, ids[SECRETARY]!, id, false)).toEqual({ kind: "rejected" });
    expect(await statusOf(id)).toBe("rejected");
    expect((await standingAt(h.database.db, meetingId, principal())).kind).toBe("member");
    expect((await standingAt(h.database.db, meetingId, await personOf(DELEGATE.id))).kind).toBe("none");
    await h.deliver();
    expect(h.emulator.lastSent(PRINCIPAL)!.text).toContain("نپذیرفت");
    expect(h.emulator.lastSent(DELEGATE.id)!.text).toContain("نپذیرفت");
    expect(await decideDelegation(h.services, ids[SECRETARY]!, id, true)).toEqual({
      kind: "already_decided",
      status: "rejected",
    });
    expect((await createDelegation(h.services, principal(), meetingId, STATEMENT)).kind).toBe("created");
  });

  it("B1 the member revokes before the meeting; the delegate and the secretary are told; after the start it is refused", async () => {
    const id = await accepted();
    await h.deliver();
    expect(await revokeDelegation(h.services, ids[MEMBERS[2]!]!, id)).toEqual({ kind: "not_yours" });
    expect(await revokeDelegation(h.services, principal(), id)).toEqual({ kind: "revoked" });
    expect((await standingAt(h.database.db, meetingId, principal())).kind).toBe("member");
    await h.deliver();
    expect(h.emulator.lastSent(DELEGATE.id)!.text).toContain("لغو کرد");
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("لغو کرد");
    expect(await revokeDelegation(h.services, principal(), id)).toEqual({ kind: "ended", status: "revoked" });

    const again = await created();
    h.clock.set(new Date(MEETING.getTime() + 60_000));
    const before = await h.database.rowCounts();
    expect(await revokeDelegation(h.services, principal(), again.delegation.delegationId)).toEqual({
      kind: "meeting_closed",
    });
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B1 a delegation expires when the meeting closes", async () => {
    const id = await accepted();
    await h.database.db
      .update(meetings)
      .set({ status: "in_session", startedAt: MEETING })
      .where(eq(meetings.id, meetingId));
    const expired = await h.database.db.transaction((tx) =>
      expireDelegations(tx, meetingId, new Date(MEETING.getTime() + 3_600_000)),
    );
    expect(expired).toBe(1);
    expect(await statusOf(id)).toBe("expired");
    expect((await standingAt(h.database.db, meetingId, principal())).kind).toBe("member");
    expect((await standingAt(h.database.db, meetingId, await personOf(DELEGATE.id))).kind).toBe("none");
    expect((await listAudit(h.database.db, { action: "delegation.expired" })).length).toBe(1);
    expect(await h.database.db.transaction((tx) => expireDelegations(tx, meetingId, new Date()))).toBe(0);
  });

  it("B1 a delegate link is one-time: a second person and the principal are refused and nothing is written", async () => {
    const { token } = await created();
    const before = await h.database.rowCounts();
    expect(await openDelegationLink(h.services, { id: PRINCIPAL, first_name: "عضو" }, token)).toEqual({
      kind: "own_link",
    });
    expect(await h.database.rowCounts()).toEqual(before);
    expect((await openDelegationLink(h.services, DELEGATE, token)).kind).toBe("opened");
    const opened = await h.database.rowCounts();
    expect(await openDelegationLink(h.services, OTHER, token)).toEqual({ kind: "used" });
    expect(await h.database.rowCounts()).toEqual(opened);
    // The delegate who holds the link may open it again.
    expect((await openDelegationLink(h.services, DELEGATE, token)).kind).toBe("opened");
    expect(await openDelegationLink(h.services, OTHER, "AAAAAAAAAAAAAAAAAAAAAA")).toEqual({ kind: "unknown_token" });
  });

  it("B1 one delegate per seat per meeting: a second delegation for the same seat is refused", async () => {
    await created();
    const before = await h.database.rowCounts();
    const second = await createDelegation(h.services, principal(), meetingId, "شخص دیگری");
    expect(second).toMatchObject({ kind: "already_delegated", delegation: { status: "awaiting_delegate" } });
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B1 one person, one vote: a voting member of the committee and a delegate of another seat are refused", async () => {
    const { token } = await created();
    const before = await h.database.rowCounts();
    expect(await openDelegationLink(h.services, { id: MEMBERS[2]!, first_name: "عضو ۳" }, token)).toEqual({
      kind: "holds_seat",
    });
    expect(await openDelegationLink(h.services, { id: CHAIR, first_name: "رئیس" }, token)).toEqual({
      kind: "holds_seat",
    });
    expect(await h.database.rowCounts()).toEqual(before);

    expect((await openDelegationLink(h.services, DELEGATE, token)).kind).toBe("opened");
    const other = await createDelegation(h.services, ids[MEMBERS[3]!]!, meetingId, STATEMENT);
    if (other.kind !== "created") throw new Error(other.kind);
    const opened = await h.database.rowCounts();
    expect(await openDelegationLink(h.services, DELEGATE, other.token)).toEqual({ kind: "other_seat" });
    expect(await h.database.rowCounts()).toEqual(opened);
  });

  it("B1 a member cannot name a delegate once the meeting has started, nor for a meeting they are not invited to", async () => {
    const outsider = await h.services.db.transaction(
      async (tx) => (await upsertStartedPerson(tx, OTHER, h.clock.now())).id,
    );
    const before = await h.database.rowCounts();
    expect((await createDelegation(h.services, outsider, meetingId, STATEMENT)).kind).toBe("no_voting_seat");
    expect((await createDelegation(h.services, principal(), 999_999, STATEMENT)).kind).toBe("unknown_meeting");
    expect((await createDelegation(h.services, principal(), meetingId, "   ")).kind).toBe("statement_required");
    expect((await createDelegation(h.services, principal(), meetingId, "x".repeat(1501))).kind).toBe("too_long");
    h.clock.set(new Date(MEETING.getTime() + 1));
    expect((await createDelegation(h.services, principal(), meetingId, STATEMENT)).kind).toBe("meeting_closed");
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B1 only the secretary or chair decides; forged or unknown ids change nothing", async () => {
    const id = await confirmed();
    const before = await h.database.rowCounts();
    expect(await decideDelegation(h.services, ids[MEMBERS[3]!]!, id, true)).toEqual({ kind: "not_officer" });
    expect(await decideDelegation(h.services, principal(), id, true)).toEqual({ kind: "not_officer" });
    expect(await decideDelegation(h.services, ids[SECRETARY]!, 999_999, true)).toEqual({ kind: "unknown_delegation" });
    expect(await confirmDelegation(h.services, ids[MEMBERS[3]!]!, id)).toEqual({ kind: "not_yours" });
    expect(await confirmDelegation(h.services, await personOf(DELEGATE.id), 999_999)).toEqual({ kind: "not_yours" });
    expect(await revokeDelegation(h.services, principal(), 999_999)).toEqual({ kind: "unknown_delegation" });
    expect(await h.database.rowCounts()).toEqual(before);
    expect(await decideDelegation(h.services, ids[CHAIR]!, id, true)).toEqual({ kind: "accepted" });
  });

  it("B1 the secretary's own delegate is decided by the chair", async () => {
    const result = await createDelegation(h.services, ids[SECRETARY]!, meetingId, STATEMENT);
    if (result.kind !== "created") throw new Error(result.kind);
    await openDelegationLink(h.services, DELEGATE, result.token);
    await confirmDelegation(h.services, await personOf(DELEGATE.id), result.delegation.delegationId);
    expect((await outboxTo(CHAIR)).some((r) => r.purpose === "delegation_for_officer")).toBe(true);
    expect(await decideDelegation(h.services, ids[SECRETARY]!, result.delegation.delegationId, true)).toEqual({
      kind: "own_delegation",
    });
    expect(await decideDelegation(h.services, ids[CHAIR]!, result.delegation.delegationId, true)).toEqual({
      kind: "accepted",
    });
  });

  it("B1 an accepted delegate receives the final agenda and the last reminder, without buttons", async () => {
    await accepted();
    await h.deliver();
    h.emulator.clearCalls();
    const [meeting] = await h.database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    h.clock.set(new Date(meeting!.proposalDeadline.getTime() + 1000));
    await h.runJobs();
    await h.deliver();
    const finalAgenda = h.emulator.lastSent(DELEGATE.id)!;
    expect(finalAgenda.text).toContain("دستور جلسه نهایی");
    expect(finalAgenda.reply_markup).toBeUndefined();
    h.clock.set(new Date(MEETING.getTime() - 2 * 60 * 60 * 1000 + 1000));
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.lastSent(DELEGATE.id)!.text).toContain("دو ساعت دیگر");
  });
});
