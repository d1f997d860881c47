/**
 * A minimal XML parser for the XSD files (development time only): elements, attributes, comments, processing
 * instructions and a DOCTYPE without internal subset. Text content is dropped (XSDs carry none we need).
 */

export interface XmlNode {
  /** Qualified name as written, e.g. `xs:element`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

export function parseXml(text: string, file = 'xml'): XmlNode {
  let i = 0;
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  const fail = (msg: string): never => {
    throw new Error(`${file}: ${msg} at offset ${i}`);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i);
      if (e < 0) fail('unterminated comment');
      i = e + 3;
    } else if (text.startsWith('<?', i)) {
      const e = text.indexOf('?>', i);
      if (e < 0) fail('unterminated processing instruction');
      i = e + 2;
    } else if (text.startsWith('<!', i)) {
      const e = text.indexOf('>', i);
      if (e < 0) fail('unterminated declaration');
      i = e + 1;
    } else if (text.startsWith('</', i)) {
      const e = text.indexOf('>', i);
      const name = text.slice(i + 2, e).trim();
      const top = stack.pop();
      if (!top || top.name !== name) fail(`mismatched end tag </${name}>`);
      i = e + 1;
    } else {
      const m = /^<([\w.:-]+)/.exec(text.slice(i, i + 200));
      if (!m) return fail('bad start tag');
      const node: XmlNode = { name: m[1]!, attrs: {}, children: [] };
      i += m[0].length;
      const attrRe = /\s*([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?>)/y;
      for (;;) {
        attrRe.lastIndex = i;
        const a = attrRe.exec(text);
        if (!a) fail(`bad attribute in <${node.name}>`);
        i = attrRe.lastIndex;
        if (a![5] !== undefined) {
          const parent = stack[stack.length - 1];
          if (parent) parent.children.push(node);
          else if (!root) root = node;
          else fail('second root element');
          if (a![5] === '>') stack.push(node);
          break;
        }
        node.attrs[a![1]!] = decodeEntities(a![3] ?? a![4] ?? '');
      }
    }
  }
  if (stack.length) fail(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) return fail('no root element');
  return root;
}
