/**
 * A named query: a name (for caching, logs and tests) and a builder from typed params to SQL text with
 * `?` placeholders plus the values bound to them, in placeholder order. The row type rides along as a
 * phantom, so `runner.run(initiativeList, p)` returns `InitiativeListRow[]`.
 */
import type { PlanScope, QueryParam } from '../db/connector';
import type { QueryRunner } from './cache';

export interface BoundSql {
  sql: string;
  params: QueryParam[];
  /** Set where the statement reads only some plans' rows (see PlanScope); absent means every plan's. */
  scope?: PlanScope;
}

export interface NamedQuery<P, R> {
  readonly name: string;
  build(params: P): BoundSql;
  /** Never set: carries the row type. */
  readonly __row?: R;
}

export type RowOf<Q> = Q extends NamedQuery<unknown, infer R> ? R : never;
export type ParamsOf<Q> = Q extends NamedQuery<infer P, unknown> ? P : never;

/** For queries that take no parameters. */
export type NoParams = Record<string, never>;

export function defineQuery<P, R>(name: string, build: (params: P) => BoundSql): NamedQuery<P, R> {
  return { name, build };
}

/** A read made of named queries run one after another (each cached as usual): what useQuery also takes. */
export interface QueryReader<P, R> {
  readonly name: string;
  read(runner: Pick<QueryRunner, 'run'>, params: P): Promise<R[]>;
}
