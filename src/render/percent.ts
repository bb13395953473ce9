/**
 * The one way a rate is shown, everywhere (status, summary, report): a percentage to one decimal,
 * rounded half up, a trailing ".0" dropped — 87.5%, 100%, 66.7% — so two documents never disagree.
 */
export function ratePercent(rate: number): string {
  return (Math.round(Number(rate) * 1000) / 10).toFixed(1).replace(/\.0$/, '');
}
