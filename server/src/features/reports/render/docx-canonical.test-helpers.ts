// A Word package in a canonical text form, to compare what two writers made of the same report:
// every part in name order, its XML as one token a line (attributes sorted and unescaped, an empty
// element the same as an opened and closed one, namespace declarations left out), pictures by their
// hash, and what legitimately differs between two runs made the same: relationship ids (named by
// what they point to, pictures numbered in the order the document uses them), the pictures' file
// names, drawing ids, the creation dates.
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
  // Relationships are named by what they point to (pictures by the order the document first uses
  // them), so that their ids and the pictures' file names may differ.
  const rels = (text('word/_rels/document.xml.rels').match(/<Relationship\b[^>]*>/g) ?? []).map((rel) => ({
    id: /Id="([^"]*)"/.exec(rel)![1]!, type: /Type="([^"]*)"/.exec(rel)![1]!, target: /Target="([^"]*)"/.exec(rel)![1]!,
  }));
  const pictureOrder = new Map<string, number>();
  for (const m of text('word/document.xml').matchAll(/r:embed="([^"]+)"/g)) if (!pictureOrder.has(m[1]!)) pictureOrder.set(m[1]!, pictureOrder.size + 1);
  const label = new Map(rels.map((r) => [r.id, r.type === IMAGE_REL ? `picture${pictureOrder.get(r.id) ?? '?'}` : r.target]));
  const mediaName = new Map(rels.filter((r) => r.type === IMAGE_REL).map((r) => [`word/${r.target}`, `word/media/${label.get(r.id)}`]));
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
      const listed = rels.map((r) => `<Relationship Id="${label.get(r.id)}" Type="${r.type}" Target="${r.type === IMAGE_REL ? `media/${label.get(r.id)}` : r.target}"/>`).sort();
      xml = `<Relationships>${listed.join('')}</Relationships>`;
    }
    if (part === 'word/document.xml') {
      xml = xml.replace(/\b(r:embed|r:id)="([^"]+)"/g, (_w, attr: string, id: string) => `${attr}="${label.get(id) ?? id}"`)
        .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="#"');
    }
    if (part === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1#');
    out.push(...canonicalXml(xml));
  }
  return `${out.join('\n')}\n`;
}
