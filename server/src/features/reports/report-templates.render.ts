// A report in a city's house-style template. The template's placeholders are filled with docxtemplater:
// {title} {issuer} {dateLine} {period} {scope} as text (escaped, so a title like "<b>" stays text),
// and {@body} — docxtemplater's raw-XML tag, alone in its paragraph — is replaced by the body of the
// report's generated Word content (renderBodyDocx: the blocks, issuer and date line, appendix):
// the paragraphs and tables of that document's <w:body> without its section properties, so the
// template keeps its own page setup, header and footer. The charts' pictures go with them: each
// image is copied into the template's word/media under a new name, with a relationship of its own
// (rIdReport1 …), PNG declared in [Content_Types].xml, and the drawing namespaces the body uses
// declared on the template's root element. A provisional report's title gets 「（初步数据）」.
import { reportSpan } from '@hongtu/domain';
import type { ReportDocument } from '@hongtu/contracts/reports';
import PizZip from 'pizzip';
import { compileTemplate } from './report-templates.check';
import { withFontFallbacks } from './render/docx-fonts';
import { PROVISIONAL_MARK, renderBodyDocx } from './render/report-docx';

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** The period as the report names it: 2022年前三季度, 2022年1-9月, 2017年上半年. */
export function periodText(periodKey: string): string {
  const span = reportSpan(periodKey);
  return span ? `${span.year}年${span.words}` : periodKey;
}

/** The values of the text placeholders. */
export function templateFields(doc: ReportDocument): Record<string, string> {
  return {
    title: doc.provisional ? `${doc.title}（${PROVISIONAL_MARK}）` : doc.title,
    issuer: doc.issuer,
    dateLine: doc.dateLine,
    period: periodText(doc.periodKey),
    scope: doc.scopeName,
  };
}

const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

interface BodyContent {
  xml: string;
  images: { id: string; data: Uint8Array; name: string }[];
  namespaces: Map<string, string>;
}

/** The generated body's paragraphs and tables, its pictures renamed for the template, its namespaces. */
function bodyContent(generated: Buffer): BodyContent {
  const zip = new PizZip(generated);
  const documentXml = zip.file(DOCUMENT)!.asText();
  const root = /<w:document\b[^>]*>/.exec(documentXml)![0];
  const namespaces = new Map([...root.matchAll(/xmlns:(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const start = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  const end = documentXml.lastIndexOf('<w:sectPr');
  let xml = documentXml.slice(start, end > start ? end : documentXml.lastIndexOf('</w:body>'));

  const rels = zip.file('word/_rels/document.xml.rels')?.asText() ?? '';
  const targets = new Map<string, string>();
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (attr(rel, 'Type') === IMAGE_REL) targets.set(attr(rel, 'Id')!, attr(rel, 'Target')!);
  }
  const images: BodyContent['images'] = [];
  xml = xml.replace(/r:embed="([^"]+)"/g, (_whole, id: string) => {
    const target = targets.get(id);
    if (!target) return `r:embed="${id}"`;
    const n = images.length + 1;
    images.push({ id: `rIdReport${n}`, data: zip.file(`word/${target}`)!.asUint8Array(), name: `media/report-image${n}.png` });
    return `r:embed="rIdReport${n}"`;
  });
  // Drawing ids of their own, above those a template is likely to hold.
  xml = xml.replace(/<wp:docPr id="(\d+)"/g, (_whole, id: string) => `<wp:docPr id="${90000 + Number(id)}"`);
  return { xml, images, namespaces };
}

/** Adds the pictures, their relationships and content type, and the namespaces the body uses. */
function addBodyParts(zip: PizZip, body: BodyContent): void {
  if (body.images.length > 0) {
    for (const image of body.images) zip.file(`word/${image.name}`, image.data);
    const rels = zip.file(DOCUMENT_RELS)?.asText()
      ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const added = body.images.map((i) => `<Relationship Id="${i.id}" Type="${IMAGE_REL}" Target="${i.name}"/>`).join('');
    zip.file(DOCUMENT_RELS, rels.replace('</Relationships>', `${added}</Relationships>`));
    const types = zip.file(CONTENT_TYPES)!.asText();
    if (!/<Default\b[^>]*Extension="png"/i.test(types)) {
      zip.file(CONTENT_TYPES, types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'));
    }
  }
  const documentXml = zip.file(DOCUMENT)!.asText();
  const root = /<w:document\b[^>]*>/.exec(documentXml)![0];
  const missing = [...body.namespaces]
    .filter(([prefix]) => !new RegExp(`xmlns:${prefix}=`).test(root) && new RegExp(`[<\\s]${prefix}:`).test(body.xml))
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  if (missing) zip.file(DOCUMENT, documentXml.replace(root, root.replace(/\s*>$/, `${missing}>`)));
}

/** The report in the template (checked when it was uploaded): its fields filled, its body at {@body}. */
export async function fillTemplate(template: Buffer, doc: ReportDocument): Promise<Buffer> {
  const body = bodyContent(await renderBodyDocx(doc));
  const filler = compileTemplate(template);
  filler.render({ ...templateFields(doc), body: body.xml });
  const zip = filler.getZip();
  addBodyParts(zip, body);
  return withFontFallbacks(zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
