/** data/raw/sources.json: one entry per raw document, validated so a typo names its file and field. */
import * as v from 'valibot';

const SourceSchema = v.object({
  file: v.pipe(v.string(), v.regex(/^[^/\\]+\.(txt|html?)$/i, 'must be a .txt or .html file name in the same folder')),
  city: v.pipe(v.string(), v.minLength(1)),
  ward: v.pipe(v.string(), v.minLength(1)),
  ward_code: v.nullish(v.pipe(v.string(), v.regex(/^\d{5}$/, 'must be a 5-digit code'))),
  fiscal_year: v.pipe(v.number(), v.integer(), v.minValue(1989), v.maxValue(2100)),
  era_label: v.nullish(v.string()),
  title: v.nullish(v.string()),
  format: v.nullish(v.string()),
  published: v.nullish(v.string()),
  source_url: v.nullish(v.string()),
  source_kind: v.optional(v.string(), 'official_document_text'),
  subject: v.optional(v.string(), '区運営方針'),
  notes: v.nullish(v.string())
});
export type SourceEntry = v.InferOutput<typeof SourceSchema>;

export function readSources(json: unknown, fileName: string): SourceEntry[] {
  if (!Array.isArray(json)) throw new Error(`${fileName}: expected a JSON array of sources`);
  return json.map((item, i) => {
    const r = v.safeParse(SourceSchema, item);
    if (!r.success) {
      const issue = r.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      throw new Error(`${fileName}: entry ${i + 1}: ${path}: ${issue.message}`);
    }
    return r.output;
  });
}

export interface WardCodeBook {
  city: string;
  wards: Array<{ code5: string; name_ja: string; name_en: string }>;
}

/** Ward code by city and ward: other cities have wards of the same names. */
export function wardCodeOf(book: WardCodeBook, city: string, ward: string): string | null {
  if (book.city !== city) return null;
  return book.wards.find((w) => w.name_ja === ward)?.code5 ?? null;
}

/**
 * The ward code a source's rows get: its own ward_code, checked against the code book (a code copied
 * from the wrong line would file the plan under another ward and merge it with that ward's records),
 * or the book's code where it declares none.
 */
export function sourceWardCode(book: WardCodeBook, src: Pick<SourceEntry, 'file' | 'city' | 'ward' | 'ward_code'>, fileName: string): string | null {
  const known = wardCodeOf(book, src.city, src.ward);
  const declared = src.ward_code ?? null;
  if (declared === null || book.city !== src.city) return declared ?? known;
  const owner = book.wards.find((w) => w.code5 === declared);
  if ((known !== null && known !== declared) || (owner && owner.name_ja !== src.ward)) {
    const whose = owner ? `${owner.name_ja}'s code` : 'no ward\'s code';
    throw new Error(`${fileName}: ${src.file}: ward_code ${declared} is ${whose} in the ward code book; ${src.ward} is ${known ?? 'not in it'}`);
  }
  return declared;
}
