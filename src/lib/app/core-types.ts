/** The prerendered core data every page carries (read at build time by $lib/server/core-data). */
export interface CorePlan {
  plan_id: string;
  city: string;
  ward: string;
  ward_code: string | null;
  fiscal_year: number;
  coverage: 'full' | 'partial';
  basic_goal: string | null;
  source_kind: string;
  source_url: string | null;
  published: string | null;
  subject: string | null;
  pillars: number;
  initiatives: number;
}

export interface CoreData {
  plans: CorePlan[];
  dataDate: string | null;
  generatedAt: string;
  themes: Array<{ slug: string; label_ja: string; label_en: string }>;
}

