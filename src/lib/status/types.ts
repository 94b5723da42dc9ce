/** A figure a source states about a ward-year (a plan_figures row, or a facts record's count). */
export interface StatedFigure {
  /** 'project_count', 'new_project_count', … (contract plan_figures.metric), or 'marker' for a plan-level marker such as 新規事業なし. */
  metric: string;
  value: number | null;
  /** What was counted, as stated: '自主企画事業', '新規事業'. */
  scope: string;
  /** The text as stated: '0', '新規事業なし'. */
  raw: string;
  source_url: string | null;
  /** Short human name of the source, used in status_basis: 'townnews 2022-05-26'. */
  source_label: string;
}

export type InitiativeStatus = 'new' | 'continuing' | 'unknown';

export interface StatusResult {
  status: InitiativeStatus;
  /** One readable sentence naming the source of the decision. */
  basis: string;
}
