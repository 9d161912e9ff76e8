// Parse a Markdown file as GitHub does (CommonMark with GFM tables, raw
// HTML allowed) with markdown-it, pinned in tests/schema/package.json, and
// print what a reader sees as JSON: the headings, each table as rows of cell
// texts (the header row first), how many pieces of raw HTML it holds, and
// how many links and images (autolinks included, as GitHub makes them).
//
//   node markdown_tables.mjs FILE.md
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(fileURLToPath(new URL("../schema/package.json", import.meta.url)));
const MarkdownIt = require("markdown-it");

const md = new MarkdownIt({ html: true, linkify: true });
const tokens = md.parse(readFileSync(process.argv[2], "utf8"), {});

// The text of an inline token as rendered, without markup.
const text = (inline) =>
  inline.children.map((c) => (c.type === "code_inline" ? c.content : c.type === "text" ? c.content : "")).join("");

const out = { headings: [], tables: [], html: 0, links: 0, images: 0 };
let table = null;
let row = null;
for (let i = 0; i < tokens.length; i++) {
  const t = tokens[i];
  if (t.type === "heading_open") out.headings.push(`${t.markup} ${text(tokens[i + 1])}`);
  if (t.type === "html_block") out.html++;
  if (t.type === "inline") {
    out.html += t.children.filter((c) => c.type === "html_inline").length;
    out.links += t.children.filter((c) => c.type === "link_open").length;
    out.images += t.children.filter((c) => c.type === "image").length;
  }
  if (t.type === "table_open") table = [];
  if (t.type === "table_close") out.tables.push(table), (table = null);
  if (t.type === "tr_open") row = [];
  if (t.type === "tr_close") table.push(row), (row = null);
  if ((t.type === "th_open" || t.type === "td_open") && row) row.push(text(tokens[i + 1]));
}
console.log(JSON.stringify(out, null, 1));
