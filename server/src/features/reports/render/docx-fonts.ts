// The Word file's font table names the official fonts with alternates (w:altName) and their family
// and pitch, so that a machine without 仿宋_GB2312 or 方正小标宋简体 shows a font it has rather than an
// arbitrary one. The docx package writes the table without alternates; they are added here.
import PizZip from 'pizzip';
import { FONT_FALLBACK } from './docx-layout';

const FONT_TABLE = 'word/fontTable.xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One w:font entry of the table for an official font and its alternates. */
export function fontEntry(name: string): string {
  const fallback = FONT_FALLBACK[name]!;
  return `<w:font w:name="${escapeAttr(name)}"><w:altName w:val="${escapeAttr(fallback.altName)}"/>`
    + `<w:charset w:val="86"/><w:family w:val="${fallback.family}"/><w:pitch w:val="${fallback.pitch}"/></w:font>`;
}

/** The .docx with every official font in its font table, each with its alternates. */
export function withFontFallbacks(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  addFontFallbacks(zip);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Writes every official font with its alternates into the open .docx's font table. */
export function addFontFallbacks(zip: PizZip): void {
  const existing = zip.file(FONT_TABLE)?.asText();
  const names = Object.keys(FONT_FALLBACK);
  let xml: string;
  if (existing && existing.includes('</w:fonts>')) {
    // Entries the package wrote for the same names are replaced by ours.
    let kept = existing;
    for (const name of names) {
      kept = kept.replace(new RegExp(`<w:font w:name="${escapeAttr(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*?(/>|>[\\s\\S]*?</w:font>)`, 'g'), '');
    }
    xml = kept.replace('</w:fonts>', `${names.map(fontEntry).join('')}</w:fonts>`);
  } else {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${names.map(fontEntry).join('')}</w:fonts>`;
  }
  zip.file(FONT_TABLE, xml);
}
