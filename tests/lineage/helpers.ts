/** Loads the lineage fixtures (tests/fixtures/lineage) through the real parser. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import { initiativesFromPlan } from '../../src/lib/lineage/from-rows';
import type { InitiativeLike } from '../../src/lib/lineage/types';

export function readLineageFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/lineage/${name}`, import.meta.url)), 'utf8');
}

/** テスト区 has no real ward code; 99999 keeps the ids in the contract's shape. */
export const planId = (year: number) => `99999-${year}-doc`;

export function loadYear(year: number): InitiativeLike[] {
  return initiativesFromPlan(parsePlan(readLineageFixture(`test-ku-${year}.txt`), { fileName: `test-ku-${year}.txt` }), planId(year));
}

/** Short id: '2023-p1-2' for 99999-2023-doc-p1-2. */
export const short = (id: string) => id.replace(/^99999-(\d{4})-doc-/, '$1-');
