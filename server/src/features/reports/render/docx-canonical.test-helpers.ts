// A Word package in a canonical text form, to compare what two writers made of the same report:
// every part in name order, its XML as one token a line (attributes sorted and unescaped, an empty
// element the same as an opened and closed one, namespace declarations left out), pictures by their
// hash, and what legitimately differs between two runs made the same: the pictures' file names and
// relationship ids (numbered in the order the document uses them), drawing ids, the creation dates.
import { createHash } from 'node:crypto';
import PizZip from 'pizzip';

const unescape = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_whole, name: string) => {
    switch (name) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return '\'';
      case 'amp': return '&';
      default: return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    }
  });

/** One token a line: `<name a="1" b="2">`, `</name>`, or `"text"`. */
export function canonicalXml(xml: string): string[] {
  const lines: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      lines.push(JSON.stringify(unescape(m[5])));
      continue;
    }
    const [, closing, name, attrs, empty] = m;
    if (closing) { lines.push(`</${name}>`); continue; }
    const pairs = [...(attrs ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)]
      .filter((a) => a[1] !== 'xmlns' && !a[1]!.startsWith('xmlns:'))
      .map((a) => `${a[1]}=${JSON.stringify(unescape(a[2]!))}`)
      .sort();
    lines.push(`<${name}${pairs.length ? ` ${pairs.join(' ')}` : ''}>`);
    if (empty) lines.push(`</${name}>`);
  }
  return lines;
}

const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** The package as canonical text (see above). */
export function canonicalDocx(docx: Buffer): string {
  const zip = new PizZip(docx);
  const text = (name: string) => zip.file(name)?.asText() ?? '';
  // The pictures' relationships, renamed in the order the document first uses them.
  const rels = text('word/_rels/document.xml.rels');
  const targets = new Map<string, string>();
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (/Type="([^"]*)"/.exec(rel)?.[1] === IMAGE_REL) targets.set(/Id="([^"]*)"/.exec(rel)![1]!, /Target="([^"]*)"/.exec(rel)![1]!);
  }
  const renamed = new Map<string, number>();
  for (const m of text('word/document.xml').matchAll(/r:embed="([^"]+)"/g)) if (!renamed.has(m[1]!)) renamed.set(m[1]!, renamed.size + 1);
  const mediaName = new Map([...renamed].map(([id, n]) => [`word/${targets.get(id)}`, `word/media/picture${n}`]));
  const out: string[] = [];
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).map((n) => ({ name: mediaName.get(n) ?? n, part: n }));
  for (const { name, part } of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    out.push(`=== ${name}`);
    if (!/\.(xml|rels)$/.test(part)) {
      out.push(createHash('sha256').update(zip.file(part)!.asNodeBuffer()).digest('hex'));
      continue;
    }
    let xml = text(part);
    if (part === 'word/_rels/document.xml.rels') {
      // Other relationships keep their ids; the pictures' go by their use, and are listed in that order.
      const kept = (xml.match(/<Relationship\b[^>]*>/g) ?? []).filter((r) => /Type="([^"]*)"/.exec(r)?.[1] !== IMAGE_REL);
      const pictures = [...renamed.values()].map((n) => `<Relationship Id="picture${n}" Type="${IMAGE_REL}" Target="media/picture${n}"/>`);
      xml = `<Relationships>${[...kept, ...pictures].join('')}</Relationships>`;
    }
    if (part === 'word/document.xml') {
      xml = xml.replace(/r:embed="([^"]+)"/g, (_w, id: string) => `r:embed="picture${renamed.get(id)}"`)
        .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="#"');
    }
    if (part === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1#');
    out.push(...canonicalXml(xml));
  }
  return `${out.join('\n')}\n`;
}
