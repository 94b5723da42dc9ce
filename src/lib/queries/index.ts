/** Every SQL statement of the product, as named queries. Pages run them through createQueryRunner. */
import { comparePillars, comparePlans, themeByPlan, themeGaps } from './compare';
import { filterOptions } from './filter-options';
import { initiativesForMark, markerCountsByWard, themeCooccurrence, themeCountsByWard } from './focus';
import { focusCubeBits, focusCubeMarkerLabels, focusCubePlans, focusCubeRows } from './focus-cube';
import { initiativeCount, initiativeDetail, initiativeList } from './initiatives';
import { initiativePage, rankBoundCoversAll } from './initiative-page';
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
import { fullPlanYears, lineageItems } from './lineage';

export * from './cache';
export * from './compare';
export * from './define';
export * from './filter-options';
export * from './focus';
export * from './focus-cube';
export * from './initiatives';
export * from './initiative-page';
export * from './overview';
export * from './plan';
export * from './years';
export * from './lineage';

/** All named queries by their name (tests check each key equals the query's name). */
export const QUERIES = {
  coverage_matrix: coverageMatrix,
  full_plan_years: fullPlanYears,
  lineage_items: lineageItems,
  headline_figures: headlineFigures,
  plan_by_id: planById,
  pillars_of_plan: pillarsOfPlan,
  initiatives_of_plan: initiativesOfPlan,
  sections_of_plan: sectionsOfPlan,
  related_plans: relatedPlans,
  figures_of_plan: figuresOfPlan,
  mentions_of_plan: mentionsOfPlan,
  plan_options: planOptions,
  compare_plans: comparePlans,
  compare_pillars: comparePillars,
  theme_by_plan: themeByPlan,
  theme_gaps: themeGaps,
  theme_counts_by_ward: themeCountsByWard,
  marker_counts_by_ward: markerCountsByWard,
  theme_cooccurrence: themeCooccurrence,
  initiatives_for_mark: initiativesForMark,
  focus_cube_plans: focusCubePlans,
  focus_cube_bits: focusCubeBits,
  focus_cube_marker_labels: focusCubeMarkerLabels,
  focus_cube_rows: focusCubeRows,
  status_by_ward_year: statusByWardYear,
  stated_figures_by_ward_year: statedFiguresByWardYear,
  goal_and_pillars_by_ward: goalAndPillarsByWard,
  initiative_list: initiativeList,
  initiative_page: initiativePage,
  rank_bound_covers_all: rankBoundCoversAll,
  initiative_count: initiativeCount,
  initiative_detail: initiativeDetail,
  filter_options: filterOptions
} as const;
