// The zhaiyao page: posts the document to /v1/summaries?stream=true and renders the answer.
// Everything from the server goes into the DOM with textContent: documents may contain HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const KIND_LABEL = { achieved: "achieved 已实现", target: "target 目标", other: "other 其他" };

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

const tokenInput = $("token");
tokenInput.value = sessionStorage.getItem("zhaiyao-token") || "";
tokenInput.addEventListener("change", () => sessionStorage.setItem("zhaiyao-token", tokenInput.value.trim()));

$("file").addEventListener("change", () => {
  const f = $("file").files[0];
  $("file-note").hidden = !f;
  $("clear-file").hidden = !f;
  if (f) $("file-note").textContent = `Summarizing the file “${f.name}” (${f.size} bytes); the text box is ignored.`;
});
$("clear-file").addEventListener("click", () => {
  $("file").value = "";
  $("file").dispatchEvent(new Event("change"));
});

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
}

function setStatus(text, value, max) {
  $("status").hidden = false;
  $("status-text").textContent = text;
  const bar = $("progress");
  if (value === undefined) {
    bar.removeAttribute("value");  // indeterminate
  } else {
    bar.max = max;
    bar.value = value;
  }
}

// The text as sent, which figure and evidence spans point into: the pasted text, or the uploaded
// file decoded with the encoding the server detected (stats.encoding).
let sourceText = null;
let sourceFile = null;

const DECODER_NAMES = { "utf-8-sig": "utf-8", "utf-16-le": "utf-16le", "utf-16-be": "utf-16be", "utf-32-le": "utf-32le" };

async function loadSource(doc) {
  if (!sourceFile) return;
  const name = DECODER_NAMES[doc.stats.encoding] || doc.stats.encoding || "utf-8";
  try {
    sourceText = new TextDecoder(name).decode(await sourceFile.arrayBuffer());
  } catch (_) {
    sourceText = null;  // an encoding the browser does not know: no highlighting
  }
}

// Show the text as sent with [start, end) marked, and bring the mark into view.
function showInSource(span) {
  if (sourceText === null || !span) return;
  const box = $("source");
  box.replaceChildren(
    document.createTextNode(sourceText.slice(0, span[0])),
    el("mark", { id: "source-mark" }, sourceText.slice(span[0], span[1])),
    document.createTextNode(sourceText.slice(span[1])),
  );
  $("source-section").hidden = false;
  $("source-section").open = true;
  $("source-mark").scrollIntoView({ behavior: "smooth", block: "center" });
}

function buildRequest() {
  const headers = {};
  const token = tokenInput.value.trim();
  if (token) headers["Authorization"] = `Bearer ${token}`;
  const options = { mode: $("mode").value, script: $("script").value };
  const maxChars = $("max-chars").value.trim();
  if (maxChars) options.max_chars = Number(maxChars);
  const title = $("title").value.trim();
  const file = $("file").files[0];
  sourceFile = file || null;
  sourceText = null;
  if (file) {
    const form = new FormData();
    form.append("file", file, file.name);
    if (title) form.append("title", title);
    for (const [k, v] of Object.entries(options)) form.append(k, String(v));
    return { headers, body: form };
  }
  const text = $("text").value;
  if (!text.trim()) return null;
  headers["Content-Type"] = "application/json";
  sourceText = text;
  const payload = { text, options };
  if (title) payload.title = title;
  return { headers, body: JSON.stringify(payload) };
}

async function errorFrom(response) {
  try {
    const body = await response.json();
    if (body && body.error) return `${body.error.message} (${response.status} ${body.error.code})`;
  } catch (_) { /* not JSON */ }
  return `The server answered ${response.status} ${response.statusText}`;
}

// Server-Sent Events over a POST response (EventSource only does GET).
async function* readEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder("utf-8");
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let event = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { event, data: JSON.parse(data.join("\n")) };
    }
    if (done) return;
  }
}

async function submit(ev) {
  ev.preventDefault();
  $("error").hidden = true;
  const request = buildRequest();
  if (!request) {
    showError("Paste some text or choose a file first.");
    return;
  }
  const button = $("submit");
  button.disabled = true;
  setStatus("Summarizing…");
  try {
    const response = await fetch("/v1/summaries?stream=true", { method: "POST", ...request });
    if (!response.ok) {
      if (response.status === 401) $("auth").open = true;
      showError(await errorFrom(response));
      $("status").hidden = true;
      return;
    }
    let finished = false;
    for await (const { event, data } of readEvents(response)) {
      if (event === "progress") {
        setStatus(`Summarizing… part ${data.index + 1} of ${data.total} done`, data.index + 1, data.total);
      } else if (event === "summary") {
        await loadSource(data);
        render(data);
        finished = true;
        setStatus(`Done in ${Math.round(data.stats.elapsed_ms)} ms`, 1, 1);
      } else if (event === "error") {
        showError(`${data.error.message} (${data.error.code})`);
        finished = true;
        $("status").hidden = true;
      }
    }
    if (!finished) showError("The connection ended before the summary arrived; please try again.");
  } catch (e) {
    showError(`Could not reach the server: ${e.message}`);
    $("status").hidden = true;
  } finally {
    button.disabled = false;
  }
}

function render(doc) {
  $("result").hidden = false;
  $("result-title").textContent = doc.title || "Summary";
  const meta = [
    doc.published && `published ${doc.published}`,
    doc.source && `source ${doc.source}`,
    doc.author && `author ${doc.author}`,
    `language ${doc.language}`,
    `method ${doc.method}${doc.model ? ` (${doc.model})` : ""}`,
    `${doc.stats.chars_clean} chars, ${doc.stats.chunks} chunk(s)`,
    doc.stats.encoding && `encoding ${doc.stats.encoding}`,
  ].filter(Boolean);
  const metaBox = $("meta");
  metaBox.textContent = meta.join(" · ") + " · ";
  const link = el("a", { href: `/v1/summaries/${doc.doc_id}`, id: "doc-link" }, `doc_id ${doc.doc_id.slice(0, 12)}…`);
  metaBox.appendChild(link);

  $("summary").textContent = doc.summary;

  const points = $("key-points");
  points.replaceChildren();
  for (const kp of doc.key_points) {
    const li = el("li", { class: "key-point" });
    li.appendChild(el("span", { class: "point" }, kp.text));
    if (kp.evidence.length) {
      const det = el("details", { class: "evidence" });
      det.appendChild(el("summary", {}, `evidence 依据 (${kp.evidence.length})`));
      for (const ev of kp.evidence) {
        const quote = el("blockquote", { class: "findable", title: "Show in the original 在原文中显示" }, ev.quote);
        quote.addEventListener("click", () => showInSource(ev.span));
        det.appendChild(quote);
      }
      li.appendChild(det);
    }
    points.appendChild(li);
  }
  $("key-points-section").hidden = doc.key_points.length === 0;

  const tbody = $("figures").querySelector("tbody");
  tbody.replaceChildren();
  for (const f of doc.figures) {
    const tr = el("tr", { class: `figure kind-${f.kind} findable`, "data-kind": f.kind,
      "data-span": f.span.join(","), title: "Show in the original 在原文中显示" });
    tr.addEventListener("click", () => showInSource(f.span));
    tr.appendChild(el("td", { class: "figure-text" }, f.text));
    const kindCell = el("td", { class: "figure-kind" });
    kindCell.appendChild(el("span", { class: `badge kind-${f.kind}` }, KIND_LABEL[f.kind] || f.kind));
    tr.appendChild(kindCell);
    tr.appendChild(el("td", {}, f.subject));
    tr.appendChild(el("td", {}, f.period || ""));
    tr.appendChild(el("td", { class: "quote" }, f.quote));
    tbody.appendChild(tr);
  }
  $("figures").hidden = doc.figures.length === 0;
  $("source-section").hidden = true;
  $("source").replaceChildren(document.createTextNode(sourceText || ""));
  $("no-figures").hidden = doc.figures.length !== 0;

  const ents = $("entities");
  ents.replaceChildren();
  const groups = [
    ["Places 地点", doc.entities.places],
    ["Organizations 机构", doc.entities.organizations],
    ["People 人物", doc.entities.people.map((p) => (p.role ? `${p.name}（${p.role}）` : p.name))],
    ["Projects 项目", doc.entities.projects],
  ];
  let anyEntity = false;
  for (const [label, items] of groups) {
    if (!items.length) continue;
    anyEntity = true;
    ents.appendChild(el("dt", {}, label));
    ents.appendChild(el("dd", {}, items.join("、")));
  }
  $("entities-section").hidden = !anyEntity;

  const warnings = $("warnings");
  warnings.replaceChildren();
  for (const w of doc.warnings) warnings.appendChild(el("li", {}, w));
  $("warnings-section").hidden = doc.warnings.length === 0;
  $("result").scrollIntoView({ behavior: "smooth", block: "start" });
}

$("summarize-form").addEventListener("submit", submit);
