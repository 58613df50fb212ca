/**
 * Hides the middle of a personal number so the linter's own output — a terminal,
 * a CI log — does not repeat what it is trying to keep off the site.
 */
export function maskMiddle(text: string, keepStart: number, keepEnd: number): string {
  if (text.length <= keepStart + keepEnd) return '*'.repeat(text.length);
  return text.slice(0, keepStart) + '*'.repeat(text.length - keepStart - keepEnd) + text.slice(text.length - keepEnd);
}
