/** Applies the publication rules to the checked entries, honouring `allow` lists and lint-allow comments. */
import type { Finding, LintEntry, Placed, RuleId } from './types.ts';
import { RULES, type Rule, type RuleContext } from './rules/index.ts';

/** Runs the rules over the entries and keeps the findings no allow list or lint-allow comment accepts. */
export function runRules(entries: LintEntry[], context: RuleContext, rules: Rule[] = RULES): Finding[] {
  const findings: { entry: LintEntry; finding: Finding }[] = [];
  const add = (entry: LintEntry, rule: Rule, { line, column, message, hint, field }: Placed) =>
    findings.push({ entry, finding: { file: entry.file, field, line, column, severity: rule.severity, rule: rule.id, message, hint } });

  for (const rule of rules) {
    if (rule.scope === 'collection') {
      for (const { entry, ...spot } of rule.check(entries)) add(entry, rule, spot);
      continue;
    }
    for (const entry of entries) {
      if (rule.scope === 'entry') {
        for (const spot of rule.check(entry, context)) add(entry, rule, spot);
        continue;
      }
      for (const segment of entry.segments) {
        for (const { index, message, hint } of rule.find(segment.text)) {
          add(entry, rule, { line: segment.line, column: segment.column + index, message, hint, field: segment.field });
        }
      }
    }
  }
  return findings.filter(({ entry, finding }) => !isAllowed(entry, finding.rule, finding.line)).map(({ finding }) => finding);
}

function isAllowed(entry: LintEntry, rule: RuleId, line: number): boolean {
  return entry.allowedInFile.has(rule) || Boolean(entry.allowedOnLine.get(line)?.has(rule));
}
