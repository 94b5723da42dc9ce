/**
 * Plans a user added in the browser, kept in IndexedDB so they survive reloads. Nothing leaves the
 * browser. Each record is one plan's table rows, exactly as the build would have made them.
 */
import type { Row, TableName } from '$lib/tables/schema';
import { searchColumns } from '$lib/text/search-bits';
import { UNRANKED } from '$lib/tables/reading-rank';

const DB_NAME = 'ward-plan-lens';
const STORE = 'imported-plans';

export interface ImportedPlanRecord {
  plan_id: string;
  added_at: string;
  tables: Partial<Record<TableName, Row[]>>;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('このブラウザーでは IndexedDB が使えません'));
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'plan_id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB を開けませんでした'));
  });
}

function tx<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const t = db.transaction(STORE, mode);
        const req = work(t.objectStore(STORE));
        t.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        t.onerror = () => {
          db.close();
          reject(t.error ?? new Error('IndexedDB の操作に失敗しました'));
        };
      })
  );
}

/**
 * A record saved by an older version lacks newer derived columns (search_text lower-cased, the search
 * signature, reading_rank): recompute them on read, from the item's own texts, so old imports still load.
 */
export function withCurrentDerivedColumns(record: ImportedPlanRecord): ImportedPlanRecord {
  const initiatives = record.tables.initiatives;
  if (!initiatives) return record;
  const upgraded = initiatives.map((r) => ({
    ...r,
    ...searchColumns([r.sub_theme as string | null, r.title as string, r.program_name as string | null, r.description as string]),
    reading_rank: UNRANKED
  }));
  return { ...record, tables: { ...record.tables, initiatives: upgraded } };
}

export const listImportedPlans = () =>
  tx<ImportedPlanRecord[]>('readonly', (s) => s.getAll() as IDBRequest<ImportedPlanRecord[]>).then((records) => records.map(withCurrentDerivedColumns));
export const saveImportedPlan = (record: ImportedPlanRecord) => tx('readwrite', (s) => s.put(record)).then(() => undefined);
export const deleteImportedPlan = (planId: string) => tx('readwrite', (s) => s.delete(planId)).then(() => undefined);
