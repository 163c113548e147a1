// The sandbox page: panes of people, each with their chats, drawn from the JSON API and kept live by server-sent events.

const boot = JSON.parse(document.getElementById("boot").textContent);
const S = boot.strings;
const lang = boot.locale;
const query = `lang=${lang}`;
let directory = boot.directory;
let offsetMs = boot.offsetMs;
/** personId → { el, chat, chatEl, ... } */
const panes = new Map();

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false)
      node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
};

async function api(path, body) {
  const sep = path.includes("?") ? "&" : "?";
  const response = await fetch(
    `${path}${sep}${query}`,
    body === undefined
      ? {}
      : {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        },
  );
  const answer = await response.json();
  if (!response.ok) {
    toast(answer.error ?? String(response.status));
    throw new Error(answer.error);
  }
  return answer;
}

function toast(text) {
  const note = el("div", { class: "toast", role: "status" }, text);
  document.getElementById("toasts").append(note);
  setTimeout(() => note.remove(), 4000);
}

// ───────────────────────────── clock

const dateFormat = new Intl.DateTimeFormat(lang === "fa" ? "fa-IR-u-ca-persian" : "en-GB", {
  dateStyle: "full",
  timeStyle: "short",
  timeZone: "Asia/Tehran",
});
function drawClock() {
  document.getElementById("clockNow").textContent = dateFormat.format(new Date(Date.now() + offsetMs));
}
setInterval(drawClock, 15_000);
drawClock();

async function refreshDirectory() {
  const answer = await api("/api/directory");
  directory = { people: answer.people, chats: answer.chats };
  offsetMs = answer.offsetMs;
  document.getElementById("clockAhead").textContent = answer.clockLabel;
  drawClock();
}

for (const id of ["plusDay", "plusWeek"]) {
  const button = document.getElementById(id);
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const answer = await api("/api/clock", { days: Number(button.dataset.days) });
      offsetMs = answer.offsetMs;
      document.getElementById("clockAhead").textContent = answer.clockLabel;
      drawClock();
    } finally {
      button.disabled = false;
    }
  });
}
document.getElementById("reset").addEventListener("click", async (event) => {
  if (!confirm(S["sandbox-reset-confirm"])) return;
  event.target.disabled = true;
  await api("/api/reset", {}).finally(() => {
    event.target.disabled = false;
  });
});

// ───────────────────────────── people

document.getElementById("search").addEventListener("input", (event) => {
  const words = event.target.value.trim().toLowerCase();
  for (const button of document.querySelectorAll("#people .person")) {
    button.parentElement.hidden = words !== "" && !button.textContent.toLowerCase().includes(words);
  }
});
for (const button of document.querySelectorAll("#people .person")) {
  button.addEventListener("click", () => openPane(Number(button.dataset.person)));
}

/** The person list drawn again from the directory (someone was added), keeping the search and open panes' tabs. */
function drawPeople() {
  const list = document.querySelector("#people ul");
  list.replaceChildren(
    ...directory.people.map((person) =>
      el(
        "li",
        {},
        el(
          "button",
          { type: "button", class: "person", "data-person": person.id, onclick: () => openPane(person.id) },
          el("span", { class: "name" }, person.name),
          person.roles.map((role) => el("span", { class: "role" }, role)),
        ),
      ),
    ),
  );
  document.getElementById("search").dispatchEvent(new Event("input"));
  for (const pane of panes.values()) {
    const person = personOf(pane.person.id);
    if (!person) continue;
    pane.person = person;
    for (const chatId of person.chats) {
      if (pane.tabs.querySelector(`[data-chat="${chatId}"]`)) continue;
      pane.tabs.append(chatTab(pane, chatId));
    }
  }
}

const personOf = (id) => directory.people.find((p) => p.id === id);
const chatTitle = (person, chatId) =>
  chatId === person.id
    ? S["sandbox-private-chat"]
    : (directory.chats.find((c) => c.id === chatId)?.title ?? String(chatId));

function openPane(personId) {
  const existing = panes.get(personId);
  if (existing) {
    existing.el.scrollIntoView({ inline: "nearest" });
    return;
  }
  const person = personOf(personId);
  if (!person) return;
  document.querySelector("#panes .hint")?.remove();
  const pane = { person, chat: person.id, commands: [] };
  const tabs = el(
    "div",
    { class: "tabs", role: "tablist" },
    [person.id, ...person.chats].map((chatId) => chatTab(pane, chatId)),
  );
  pane.pinned = el("div", { class: "pinned", hidden: true });
  pane.messages = el("div", { class: "messages" });
  pane.suggest = el("ul", { class: "suggest", hidden: true });
  pane.input = el("textarea", {
    rows: 1,
    placeholder: S["sandbox-message-placeholder"],
    "aria-label": S["sandbox-message-placeholder"],
  });
  // A private chat the person never opened: only Start, as Telegram shows it; pressing it sends /start.
  pane.start = el(
    "button",
    { type: "button", class: "start", hidden: true, onclick: () => startBot(pane) },
    S["sandbox-start"],
  );
  const form = el(
    "form",
    { class: "compose" },
    el("button", { type: "button", class: "menu", onclick: () => toggleMenu(pane) }, S["sandbox-menu"]),
    pane.input,
    el("button", { type: "submit", class: "send" }, S["sandbox-send"]),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(pane);
  });
  pane.input.addEventListener("input", () => suggest(pane));
  pane.input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      send(pane);
    }
    if (event.key === "Tab" && !pane.suggest.hidden) {
      event.preventDefault();
      pane.suggest.querySelector("button")?.click();
    }
  });
  pane.el = el(
    "article",
    { class: "pane", "data-person": person.id },
    el(
      "div",
      { class: "pane-head" },
      el("strong", {}, person.name),
      el(
        "button",
        { type: "button", class: "close", "aria-label": S["sandbox-close"], onclick: () => closePane(person.id) },
        "×",
      ),
    ),
    tabs,
    pane.pinned,
    pane.messages,
    pane.suggest,
    pane.start,
    form,
  );
  pane.form = form;
  pane.tabs = tabs;
  panes.set(person.id, pane);
  document.getElementById("panes").append(pane.el);
  showChat(pane, person.id);
}

function chatTab(pane, chatId) {
  return el(
    "button",
    { type: "button", class: "tab", role: "tab", "data-chat": chatId, onclick: () => showChat(pane, chatId) },
    el("span", { class: "tab-title" }, chatTitle(pane.person, chatId)),
    el("span", { class: "badge", hidden: true }),
  );
}

function closePane(personId) {
  panes.get(personId)?.el.remove();
  panes.delete(personId);
}

function showChat(pane, chatId) {
  pane.chat = chatId;
  for (const tab of pane.tabs.children) {
    const current = Number(tab.dataset.chat) === chatId;
    tab.setAttribute("aria-selected", String(current));
    if (current) tab.querySelector(".badge").hidden = true;
  }
  pane.messages.replaceChildren();
  pane.seen = 0;
  return loadChat(pane);
}

// ───────────────────────────── a chat

async function loadChat(pane) {
  const chatId = pane.chat;
  // Answers can arrive out of order: only the newest request's is drawn.
  pane.loads = (pane.loads ?? 0) + 1;
  const load = pane.loads;
  const view = await api(`/api/chat?as=${pane.person.id}&chat=${chatId}`);
  if (pane.chat !== chatId || pane.loads !== load) return;
  pane.commands = view.commands;
  pane.start.hidden = view.started !== false;
  pane.form.hidden = view.started === false;
  pane.pinned.hidden = view.pinned === null;
  if (view.pinned) {
    pane.pinned.replaceChildren(
      el("span", { class: "label" }, `📌 ${S["sandbox-pinned"]}: `),
      firstLine(view.pinned.text),
    );
  }
  const atBottom = pane.messages.scrollHeight - pane.messages.scrollTop - pane.messages.clientHeight < 40;
  const drawn = new Map([...pane.messages.querySelectorAll(".msg")].map((node) => [Number(node.dataset.id), node]));
  if (view.messages.length === 0) {
    pane.messages.replaceChildren(el("p", { class: "empty" }, S["sandbox-no-messages"]));
  } else {
    pane.messages.querySelector(".empty")?.remove();
  }
  for (const message of view.messages) {
    const key = JSON.stringify(message);
    const old = drawn.get(message.id);
    if (old && old.dataset.key === key) continue;
    const bubble = drawMessage(pane, message);
    bubble.dataset.key = key;
    if (old) old.replaceWith(bubble);
    else pane.messages.append(bubble);
  }
  if (atBottom || pane.seen !== view.messages.length) pane.messages.scrollTop = pane.messages.scrollHeight;
  pane.seen = view.messages.length;
}

const firstLine = (text) => (text.split("\n")[0] ?? "").slice(0, 120);

function drawMessage(pane, message) {
  const mine = !message.fromBot && message.fromId === pane.person.id;
  const bubble = el("div", {
    class: `msg ${message.fromBot ? "bot" : mine ? "mine" : "other"}`,
    "data-id": message.id,
  });
  if (!message.fromBot && !mine) bubble.append(el("div", { class: "from" }, message.from));
  if (message.document) {
    bubble.append(
      el(
        "a",
        {
          class: "document",
          href: `/api/file?as=${pane.person.id}&chat=${pane.chat}&message=${message.id}&${query}`,
          download: message.document.name,
        },
        `📄 ${message.document.name}`,
      ),
    );
  }
  if (message.text) bubble.append(el("div", { class: "text", dir: "auto" }, formatted(message.text, message.entities)));
  if (message.edited) bubble.append(el("div", { class: "edited" }, S["sandbox-edited"]));
  if (message.buttons.length > 0) {
    bubble.append(
      el(
        "div",
        { class: "keyboard" },
        message.buttons.map((row) =>
          el(
            "div",
            { class: "row" },
            row.map((button) =>
              button.url
                ? el("a", { class: "kb", href: button.url, target: "_blank", rel: "noopener" }, button.text)
                : button.webApp
                  ? el(
                      "button",
                      { type: "button", class: "kb", onclick: () => openWebApp(pane, message.id, button.webApp) },
                      button.text,
                    )
                  : el(
                      "button",
                      {
                        type: "button",
                        class: "kb",
                        "data-data": button.data ?? "",
                        disabled: button.data === undefined,
                        onclick: (event) => press(pane, message.id, button.data, event.target),
                      },
                      button.text,
                    ),
            ),
          ),
        ),
      ),
    );
  }
  return bubble;
}

/** Text with its entities (bold, italic, code, links…) as nested elements; offsets are UTF-16 units, as in JS. */
function formatted(text, entities) {
  if (!entities || entities.length === 0) return text;
  const cuts = new Set([0, text.length]);
  for (const e of entities) {
    cuts.add(e.offset);
    cuts.add(e.offset + e.length);
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    let node = document.createTextNode(text.slice(from, to));
    for (const e of entities) {
      if (e.offset > from || e.offset + e.length < to) continue;
      const wrap = {
        bold: "b",
        italic: "i",
        underline: "u",
        strikethrough: "s",
        code: "code",
        pre: "pre",
        spoiler: "span",
        text_link: "a",
        url: "a",
        blockquote: "blockquote",
      }[e.type];
      if (!wrap) continue;
      const outer = el(wrap, {});
      if (e.type === "text_link") outer.setAttribute("href", e.url);
      if (e.type === "url") outer.setAttribute("href", text.slice(e.offset, e.offset + e.length));
      if (wrap === "a") outer.setAttribute("target", "_blank");
      if (e.type === "spoiler") outer.className = "spoiler";
      outer.append(node);
      node = outer;
    }
    out.append(node);
  }
  return out;
}

async function press(pane, messageId, data, button) {
  button.classList.add("pressed");
  try {
    await api("/api/press", { as: pane.person.id, chat: pane.chat, message: messageId, data });
  } finally {
    setTimeout(() => button.classList.remove("pressed"), 600);
  }
}

/** A web_app button: the Mini App in a sheet over the pane, opened with launch data signed for this person. */
async function openWebApp(pane, messageId, url) {
  const { src } = await api("/api/webapp", { as: pane.person.id, chat: pane.chat, message: messageId, url });
  pane.el.querySelector(".webapp")?.remove();
  const sheet = el(
    "div",
    { class: "webapp" },
    el(
      "div",
      { class: "webapp-head" },
      el(
        "button",
        { type: "button", class: "close", "aria-label": S["sandbox-close"], onclick: () => sheet.remove() },
        "×",
      ),
    ),
    el("iframe", { src, title: url }),
  );
  pane.el.append(sheet);
}

async function startBot(pane) {
  pane.start.disabled = true;
  await api("/api/send", { as: pane.person.id, chat: pane.person.id, text: "/start" })
    .then(() => {
      pane.start.hidden = true;
      pane.form.hidden = false;
    })
    .finally(() => {
      pane.start.disabled = false;
    });
}

async function send(pane) {
  const text = pane.input.value.trim();
  if (text === "") return;
  pane.input.value = "";
  pane.suggest.hidden = true;
  await api("/api/send", { as: pane.person.id, chat: pane.chat, text }).catch(() => {
    pane.input.value = text;
  });
}

// ───────────────────────────── the command menu and / completion

function showCommands(pane, commands) {
  pane.suggest.replaceChildren(
    ...commands.map((c) =>
      el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            onclick: () => {
              pane.input.value = `/${c.command} `;
              pane.suggest.hidden = true;
              pane.input.focus();
            },
          },
          el("span", { class: "command", dir: "ltr" }, `/${c.command}`),
          el("span", { class: "description" }, c.description),
        ),
      ),
    ),
  );
  pane.suggest.hidden = commands.length === 0;
}

function suggest(pane) {
  const match = /^\/(\w*)$/.exec(pane.input.value);
  if (!match) {
    pane.suggest.hidden = true;
    return;
  }
  showCommands(
    pane,
    pane.commands.filter((c) => c.command.startsWith(match[1].toLowerCase())),
  );
}

function toggleMenu(pane) {
  if (!pane.suggest.hidden) {
    pane.suggest.hidden = true;
    return;
  }
  showCommands(pane, pane.commands);
}

// ───────────────────────────── live

const events = new EventSource("/events");
const pending = new Set();
events.addEventListener("chat", (event) => {
  const { chat } = JSON.parse(event.data);
  for (const pane of panes.values()) {
    if (pane.chat === chat) {
      // Several events in a burst are drawn once.
      if (pending.has(pane)) continue;
      pending.add(pane);
      setTimeout(() => {
        pending.delete(pane);
        loadChat(pane).catch(() => {});
      }, 50);
    } else {
      const tab = pane.tabs.querySelector(`[data-chat="${chat}"] .badge`);
      if (tab) tab.hidden = false;
    }
  }
});
events.addEventListener("toast", (event) => {
  const { as, text } = JSON.parse(event.data);
  if (panes.has(as)) toast(`${panes.get(as).person.name}: ${text}`);
});
events.addEventListener("clock", () => refreshDirectory().catch(() => {}));
events.addEventListener("directory", (event) => {
  directory = JSON.parse(event.data);
  drawPeople();
});
events.addEventListener("reset", (event) => {
  // A failed Reset: the sandbox runs on (the previous county or a fresh one) and the reloaded page says what failed.
  const { error } = JSON.parse(event.data || "{}");
  if (error) sessionStorage.setItem("sandbox-notice", error);
  location.reload();
});
const notice = sessionStorage.getItem("sandbox-notice");
if (notice) {
  sessionStorage.removeItem("sandbox-notice");
  toast(notice);
}
