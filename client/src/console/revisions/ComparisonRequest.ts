/** Two texts to compare: saved revision ids, or "current" for the text as it is now. */
export interface ComparisonRequest {
  readonly from: string;
  readonly to: string;
}
