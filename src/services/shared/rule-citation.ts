import type { RuleCitation, RuleKey } from "../../domain/rule-source.ts";
import { type Locale, localizeDigits } from "../../domain/text.ts";

/**
 * A numeric rule citation as message variables: `source` picks the wording ("bylaw" cites the rule, "group" says it is
 * this group's rule and gives the bylaw's figure as `bylaw`), figures in the reader's digits.
 */
export function citationVariables(citation: RuleCitation<Exclude<RuleKey, "quorum" | "majority">>, locale: Locale) {
  const bylaw = citation.source === "group" ? citation.bylaw : citation.value;
  return {
    source: citation.source,
    value: localizeDigits(String(citation.value), locale),
    bylaw: localizeDigits(String(bylaw), locale),
  };
}
