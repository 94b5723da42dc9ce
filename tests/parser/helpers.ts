import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import type { ParsedPlan } from '../../src/lib/plans/types';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/plans/${name}`, import.meta.url));
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function rawPath(name: string): string {
  return fileURLToPath(new URL(`../../data/raw/${name}`, import.meta.url));
}

export function parseFixture(name: string): ParsedPlan {
  return parsePlan(readFixture(name), { fileName: name });
}

export function allInitiatives(plan: ParsedPlan) {
  return plan.pillars.flatMap((p) => p.initiatives);
}
