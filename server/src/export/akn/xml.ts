/**
 * A small XML tree and its serialisation, for the Akoma Ntoso export: elements with attributes and
 * children, text escaped once, here, so no renderer concatenates markup by hand.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | undefined>>;
  readonly children: readonly XmlNode[];
}

/** An element or text (escaped when serialised). */
export type XmlNode = XmlElement | string;

/**
 * An element; attributes whose value is `undefined` are left out, and children that are `null`,
 * `undefined` or `false` are skipped, so optional parts read as expressions.
 */
export function el(
  name: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: readonly XmlChild[]
): XmlElement {
  const kept: XmlNode[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (isNodeList(child)) kept.push(...child);
    else kept.push(child);
  }
  return { name, attributes, children: kept };
}

/** What `el` takes as a child: a node, a list of them, or nothing. */
export type XmlChild = XmlNode | readonly XmlNode[] | null | undefined | false;

const isNodeList = (child: XmlNode | readonly XmlNode[]): child is readonly XmlNode[] => Array.isArray(child);

/**
 * Characters XML 1.0 does not allow anywhere, even escaped (everything outside its `Char`
 * production): C0 controls other than tab, line feed and carriage return, lone surrogates, U+FFFE
 * and U+FFFF. A clause's text could hold one (pasted from elsewhere); it is dropped rather than
 * making the whole file unreadable.
 */
const NOT_XML = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Also quotes, and whitespace a parser would otherwise normalise to spaces in an attribute. */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attributesOf(element: XmlElement): string {
  return Object.entries(element.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/**
 * Where whitespace would be text: an element that holds text directly, or is named in `mixed` (its
 * content is text and inline elements even where this one holds none), is written on one line with
 * everything inside it; whitespace added there would change the words.
 */
function isMixed(element: XmlElement, mixed: ReadonlySet<string>): boolean {
  return mixed.has(element.name) || element.children.some((child) => typeof child === 'string');
}

function write(node: XmlNode, indent: string | null, mixed: ReadonlySet<string>, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeText(node));
    return;
  }
  const open = `<${node.name}${attributesOf(node)}`;
  if (node.children.length === 0) {
    out.push(`${open}/>`);
    return;
  }
  out.push(`${open}>`);
  if (indent === null || isMixed(node, mixed)) {
    for (const child of node.children) write(child, null, mixed, out);
    out.push(`</${node.name}>`);
    return;
  }
  // Element-only content: one child a line, indented, for a file people read too.
  const inner = `${indent}  `;
  for (const child of node.children) {
    out.push(`\n${inner}`);
    write(child, inner, mixed, out);
  }
  out.push(`\n${indent}</${node.name}>`);
}

/**
 * The document: the XML declaration and the root element, indented where whitespace is not text
 * (`mixed` names the elements whose content is text, see `isMixed`).
 */
export function serializeXml(root: XmlElement, mixed: ReadonlySet<string> = new Set()): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, '', mixed, out);
  out.push('\n');
  return out.join('');
}
