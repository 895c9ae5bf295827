/**
 * Reads back what Chromium's page.pdf() wrote: each page's text and the pictures on it. Enough of
 * PDF for Skia's output only (uncompressed objects, Flate streams, Type0 fonts with a ToUnicode
 * map, text shown with Tj), so the print test can read the page as its reader would, with no
 * PDF library in the project.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

export interface PdfImage {
  width: number;
  height: number;
  /** Distinct colours among its pixels (RGB, 8 bits each); 0 when they could not be decoded. */
  colours: number;
}

export interface PdfContents {
  /** Each page's text, lines as the PDF places them. */
  pages: string[];
  images: PdfImage[];
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const latin = pdf.toString('latin1');
  const header = /(\d+) 0 obj\s*/g;
  const bodyEnd = /stream\r?\n|endobj/g;
  for (let match = header.exec(latin); match; match = header.exec(latin)) {
    const id = Number(match[1]);
    bodyEnd.lastIndex = header.lastIndex;
    const end = bodyEnd.exec(latin);
    if (!end) break;
    const dict = latin.slice(header.lastIndex, end.index);
    if (end[0] === 'endobj') {
      objects.set(id, { dict });
      continue;
    }
    // A stream's bytes are read by its length: they may hold anything, "endobj" included.
    const dataStart = end.index + end[0].length;
    const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : latin.indexOf('endstream', dataStart);
    const data = pdf.subarray(dataStart, dataEnd);
    objects.set(id, { dict, stream: dict.includes('/FlateDecode') ? inflateSync(data) : data });
    header.lastIndex = dataEnd;
  }
  return objects;
}

const ref = (dict: string, key: string): number | undefined => {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : undefined;
};

function utf16(hex: string): string {
  const units = hex.match(/.{4}/g) ?? [];
  return String.fromCharCode(...units.map((unit) => parseInt(unit, 16)));
}

/** A ToUnicode CMap: glyph code (hex) to the text it stands for. */
function unicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(code!, 16), utf16(text!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g,
    );
    for (const [, from, to, first, list] of ranges) {
      const low = parseInt(from!, 16);
      const high = parseInt(to!, 16);
      const listed = list ? [...list.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => utf16(m[1]!)) : [];
      for (let code = low; code <= high; code++) {
        if (first === undefined) map.set(code, listed[code - low] ?? '');
        else {
          const base = parseInt(first, 16);
          map.set(code, String.fromCharCode(base + code - low));
        }
      }
    }
  }
  return map;
}

function pageText(content: string, fonts: Map<string, Map<number, string>>): string {
  let text = '';
  let font: Map<number, string> | undefined;
  let lineY: string | undefined;
  const operators =
    /\/([\w.]+)\s+[-\d.]+\s+Tf|(?:[-\d.]+\s+){5}([-\d.]+)\s+Tm|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g;
  const show = (hex: string) => {
    for (const code of hex.match(/.{4}/g) ?? []) text += font?.get(parseInt(code, 16)) ?? '';
  };
  for (const [, fontName, y, hex, array] of content.matchAll(operators)) {
    if (fontName !== undefined) font = fonts.get(fontName);
    else if (y !== undefined) {
      if (lineY !== undefined && y !== lineY) text += '\n';
      lineY = y;
    } else if (hex !== undefined) show(hex);
    else for (const [, part] of array!.matchAll(/<([0-9A-Fa-f]*)>/g)) show(part!);
  }
  return text;
}

function imageOf(object: PdfObject): PdfImage {
  const width = Number(/\/Width (\d+)/.exec(object.dict)?.[1]);
  const height = Number(/\/Height (\d+)/.exec(object.dict)?.[1]);
  const pixels = object.stream;
  let colours = 0;
  if (pixels && pixels.length === width * height * 3) {
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 3) {
      seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    }
    colours = seen.size;
  }
  return { width, height, colours };
}

export function readPdf(pdf: Buffer): PdfContents {
  const objects = objectsOf(pdf);
  const root = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = [
    ...(/\/Kids \[([^\]]*)\]/.exec(root?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g),
  ];
  const pages: string[] = [];
  const images: PdfImage[] = [];
  for (const [, id] of kids) {
    const page = objects.get(Number(id))!;
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    for (const [, name, fontId] of fontDict.matchAll(/\/([\w.]+) (\d+) 0 R/g)) {
      const cmapId = ref(objects.get(Number(fontId))?.dict ?? '', 'ToUnicode');
      const cmap = cmapId === undefined ? undefined : objects.get(cmapId)?.stream;
      fonts.set(name!, cmap ? unicodeMap(cmap.toString('latin1')) : new Map());
    }
    const contentId = ref(page.dict, 'Contents');
    const content = contentId === undefined ? undefined : objects.get(contentId)?.stream;
    pages.push(content ? pageText(content.toString('latin1'), fonts) : '');
    const xobjects = /\/XObject <<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    for (const [, xId] of xobjects.matchAll(/\/[\w.]+ (\d+) 0 R/g)) {
      const xobject = objects.get(Number(xId));
      if (xobject && /\/Subtype \/Image/.test(xobject.dict)) images.push(imageOf(xobject));
    }
  }
  return { pages, images };
}
