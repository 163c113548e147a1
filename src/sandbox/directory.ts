/**
 * Who is who in the sandbox, read from the HQs' exported rosters: each person with the chats they are in (their
 * private chat with the bot, their groups' chats, their secretariat's), and each chat's title and members.
 */
export type DirectoryChat = { id: number; title: string; members: number[] };
export type DirectoryPerson = { id: number; name: string; locale: string; roles: string[]; chats: number[] };
export type Directory = { people: DirectoryPerson[]; chats: DirectoryChat[] };

type ExportedMember = { telegram_id?: number; name?: string; locale?: string; seat?: string; role?: string };
type ExportedRoster = {
  headquarters: {
    name?: string;
    locale?: string;
    secretariat_chat_id?: number;
    staff?: { telegram_id?: number; name?: string; locale?: string }[];
  };
  committees: {
    title?: { fa?: string; en?: string };
    chat_id?: number;
    members?: ExportedMember[];
    derived_members?: { telegram_id?: number; name?: string; locale?: string; role?: string; holds?: string }[];
  }[];
};

/** How the picker names a role and a secretariat, in the page's language. */
export type DirectoryLabels = {
  officer: (role: "chair" | "secretary", committee: string) => string;
  secretariat: (hq: string) => string;
};

export function buildDirectory(rosters: readonly unknown[], labels: DirectoryLabels): Directory {
  const people = new Map<number, DirectoryPerson>();
  const chats = new Map<number, DirectoryChat>();
  const person = (id: number, name: string, locale: string) => {
    let found = people.get(id);
    if (!found) {
      found = { id, name, locale, roles: [], chats: [] };
      people.set(id, found);
    }
    return found;
  };
  const join = (chat: DirectoryChat | undefined, who: DirectoryPerson) => {
    if (!chat) return;
    if (!chat.members.includes(who.id)) chat.members.push(who.id);
    if (!who.chats.includes(chat.id)) who.chats.push(chat.id);
  };
  for (const input of rosters) {
    const roster = input as ExportedRoster;
    const hq = roster.headquarters;
    const locale = hq.locale ?? "fa";
    const secretariat =
      hq.secretariat_chat_id === undefined
        ? undefined
        : { id: hq.secretariat_chat_id, title: labels.secretariat(hq.name ?? ""), members: [] };
    if (secretariat) chats.set(secretariat.id, secretariat);
    for (const staff of hq.staff ?? []) {
      if (staff.telegram_id === undefined) continue;
      const who = person(staff.telegram_id, staff.name ?? String(staff.telegram_id), staff.locale ?? locale);
      who.roles.push(labels.secretariat(hq.name ?? ""));
      join(secretariat, who);
    }
    for (const committee of roster.committees) {
      const title = committee.title?.fa ?? committee.title?.en ?? "";
      const chat = committee.chat_id === undefined ? undefined : { id: committee.chat_id, title, members: [] };
      if (chat) chats.set(chat.id, chat);
      const members = [
        ...(committee.members ?? []),
        ...(committee.derived_members ?? []).map((m) => ({ ...m, seat: m.holds })),
      ];
      for (const member of members) {
        if (member.telegram_id === undefined) continue;
        const who = person(member.telegram_id, member.name ?? String(member.telegram_id), member.locale ?? locale);
        if (member.role === "chair" || member.role === "secretary") who.roles.push(labels.officer(member.role, title));
        join(chat, who);
      }
    }
  }
  return { people: [...people.values()], chats: [...chats.values()] };
}
