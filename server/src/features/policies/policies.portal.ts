import type { Deps } from '../../platform/deps';
import { containsText } from '../../db/like';
import { toSimplified } from '../../platform/text/chinese';

/** A policy as the public portal shows it: in force, never withdrawn, without the matching conditions. */
export interface PublicPolicy {
  id: number; title: string; issuer: string; documentNumber: string | null;
  issuedOn: string; validFrom: string | null; validTo: string | null; summary: string;
}

/**
 * The policies the public may read on a day: not withdrawn, in force that day (or not yet ended),
 * searched in title, summary, issuer and 文号 (Traditional input searched as Simplified), newest first.
 */
export function createPublicPolicies({ db }: Pick<Deps, 'db'>) {
  const inForce = (today: string) => db.selectFrom('policies')
    .where('withdrawn_at', 'is', null)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]));
  const columns = ['id', 'title', 'issuer', 'document_number', 'issued_on', 'valid_from', 'valid_to', 'summary'] as const;
  type Row = { id: number; title: string; issuer: string; document_number: string | null; issued_on: string; valid_from: string | null; valid_to: string | null; summary: string };
  const of = (r: Row): PublicPolicy => ({
    id: r.id, title: r.title, issuer: r.issuer, documentNumber: r.document_number,
    issuedOn: r.issued_on, validFrom: r.valid_from, validTo: r.valid_to, summary: r.summary,
  });
  return {
    async list(filter: { today: string; q?: string; page: number; pageSize: number }): Promise<{ items: PublicPolicy[]; total: number }> {
      let query = inForce(filter.today);
      const q = filter.q?.trim();
      if (q) {
        const text = toSimplified(q);
        query = query.where((eb) => eb.or([containsText('title', text), containsText('summary', text), containsText('issuer', text), containsText('document_number', text)]));
      }
      const [rows, count] = await Promise.all([
        query.select(columns).orderBy('issued_on', 'desc').orderBy('id', 'desc').limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute(),
        query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(of), total: Number(count.n) };
    },
    async find(id: number, today: string): Promise<PublicPolicy | null> {
      if (!Number.isSafeInteger(id) || id <= 0) return null;
      const row = await inForce(today).select(columns).where('id', '=', id).executeTakeFirst();
      return row ? of(row) : null;
    },
    async sitemap(today: string, limit: number): Promise<{ id: number; issuedOn: string }[]> {
      const rows = await inForce(today).select(['id', 'issued_on']).orderBy('issued_on', 'desc').limit(limit).execute();
      return rows.map((r) => ({ id: r.id, issuedOn: r.issued_on }));
    },
  };
}
export type PublicPolicies = ReturnType<typeof createPublicPolicies>;
