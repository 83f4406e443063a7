// Each language's hooks (lang/rules.ts), by language.
import type { Lang } from "../types";
import { EN_RULES } from "./en";
import { FR_RULES } from "./fr";
import type { LangRules } from "./rules";

const RULES: Record<Lang, LangRules> = { en: EN_RULES, fr: FR_RULES };

export function rulesFor(lang: Lang): LangRules {
  return RULES[lang];
}
