/** Every SQL statement of the product, as named queries. Pages run them through createQueryRunner. */
import { comparePillars, comparePlans, themeByPlan, themeGaps } from './compare';
import { filterOptions } from './filter-options';
import { initiativesForMark, markerCountsByWard, themeCooccurrence, themeCountsByWard } from './focus';
import { initiativeCount, initiativeDetail, initiativeList } from './initiatives';
import { coverageMatrix, headlineFigures } from './overview';
import {
  figuresOfPlan,
  initiativesOfPlan,
  mentionsOfPlan,
  pillarsOfPlan,
  planById,
  planOptions,
  relatedPlans,
  sectionsOfPlan
} from './plan';
import { goalAndPillarsByWard, statedFiguresByWardYear, statusByWardYear } from './years';

export * from './cache';
export * from './compare';
export * from './define';
export * from './filter-options';
export * from './focus';
export * from './initiatives';
export * from './overview';
export * from './plan';
export * from './years';

/** All named queries by name (tests check each one is covered). */
export const QUERIES = Object.fromEntries(
  [
    coverageMatrix, headlineFigures,
    planById, pillarsOfPlan, initiativesOfPlan, sectionsOfPlan, relatedPlans, figuresOfPlan, mentionsOfPlan, planOptions,
    comparePlans, comparePillars, themeByPlan, themeGaps,
    themeCountsByWard, markerCountsByWard, themeCooccurrence, initiativesForMark,
    statusByWardYear, statedFiguresByWardYear, goalAndPillarsByWard,
    initiativeList, initiativeCount, initiativeDetail, filterOptions
  ].map((q) => [q.name, q])
);
