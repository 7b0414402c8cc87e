// A strict reader for the XML we write (elements, attributes, text, the five
// predefined entities and numeric references; no DTD, comments or CDATA). It throws on
// anything not well-formed, resolves namespace prefixes, and gives a tree to query,
// so tests check the MeMo files as a receiving system would read them.

export interface XmlElement {
  /** Namespace URI, resolved from the prefix ("" when none). */
  namespace: string;
  /** Local name, without prefix. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/[<]/.test(raw)) throw new Error(`raw < in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new Error(`unterminated reference in ${where}`);
    if (ref in ENTITY) return ENTITY[ref]!;
    const num = /^#(x[0-9a-fA-F]+|\d+)$/.exec(ref);
    if (!num) throw new Error(`unknown entity &${ref}; in ${where}`);
    return String.fromCodePoint(parseInt(num[1]!.replace(/^x/, ""), num[1]!.startsWith("x") ? 16 : 10));
  });
}

export function parseXml(source: string): XmlElement {
  let rest = source.replace(/^\uFEFF/, "");
  const prolog = /^<\?xml\s+version="1\.[01]"(\s+encoding="UTF-8")?\s*\?>\s*/i.exec(rest);
  if (prolog) rest = rest.slice(prolog[0].length);
  const token = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"]*")*)\\s*(/?)>`);
  const attr = new RegExp(`(${NAME})\\s*=\\s*"([^"]*)"`, "g");

  type Open = { qname: string; el: XmlElement; ns: Record<string, string>; prefix: string };
  const stack: Open[] = [];
  let root: XmlElement | undefined;

  while (rest.length > 0) {
    if (!rest.startsWith("<")) {
      const end = rest.indexOf("<");
      const raw = end === -1 ? rest : rest.slice(0, end);
      const top = stack.at(-1);
      if (!top) {
        if (raw.trim()) throw new Error("text outside the root element");
      } else top.el.text += decode(raw, top.qname);
      rest = end === -1 ? "" : rest.slice(end);
      continue;
    }
    const m = token.exec(rest);
    if (!m) throw new Error(`not well-formed near: ${rest.slice(0, 40)}`);
    rest = rest.slice(m[0].length);
    const [, closing, qname, attrText, selfClosing] = m as unknown as [string, string, string, string, string];
    if (closing) {
      if (attrText || selfClosing) throw new Error(`bad end tag </${qname}>`);
      const open = stack.pop();
      if (!open || open.qname !== qname) throw new Error(`</${qname}> does not close <${open?.qname}>`);
      if (stack.length === 0) root = open.el;
      continue;
    }
    if (root) throw new Error("a second root element");
    const parentNs = stack.at(-1)?.ns ?? { "": "" };
    const ns = { ...parentNs };
    const attributes: Record<string, string> = {};
    for (const [, name, value] of attrText.matchAll(attr)) {
      if (name! in attributes) throw new Error(`attribute ${name} twice`);
      attributes[name!] = decode(value!, `${qname}@${name}`);
      if (name === "xmlns") ns[""] = attributes[name]!;
      else if (name!.startsWith("xmlns:")) ns[name!.slice(6)] = attributes[name!]!;
    }
    const [prefix, local] = qname.includes(":") ? qname.split(":") : ["", qname];
    if (!(prefix! in ns)) throw new Error(`undeclared prefix ${prefix}`);
    const el: XmlElement = { namespace: ns[prefix!]!, name: local!, attributes, children: [], text: "" };
    stack.at(-1)?.el.children.push(el);
    if (selfClosing) {
      if (stack.length === 0) root = el;
    } else stack.push({ qname, el, ns, prefix: prefix! });
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.qname}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** The child elements named `name`, in order. */
export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The one element at a path of local names, or a clear failure. */
export function at(el: XmlElement, ...path: string[]): XmlElement {
  let current = el;
  for (const name of path) {
    const found = children(current, name);
    if (found.length !== 1) throw new Error(`expected one <${name}> in <${current.name}>, found ${found.length}`);
    current = found[0]!;
  }
  return current;
}
