// Reports of an analysis: share of voice, CSV, Markdown, brat. Pure functions of the analysis and the text.
export { countWords, genderHint, shareOfVoice, sourceOf, type GenderEvidence, type GenderHint, type ShareOfVoice, type SourceKind, type SpeakerVoice, type Tally } from "./voices";
export { CSV_COLUMNS, csvField, statementRows, toCsv, type StatementRow } from "./csv";
export { ENGLISH_LABELS, mdEscape, toMarkdown, type ReportLabels } from "./markdown";
export { BRAT_CONF, toBratAnn } from "./brat";
export { codePointIndex, lineIndex } from "./lines";
export { dateKey, readDate, type ArticleDate } from "./dates";
export { unbalancedMarks, type UnbalancedMark } from "./marks";
export { applyCorrections, parseCorrections, type Correction, type CorrectionsFile } from "./corrections";
export { articleTotals, canonicalTotals, emptyTotals, entityKey, mergeInto, mergeTotals, nameKey, type ArticleVoice, type CorpusEntity, type CorpusTally, type CorpusTotals, type VoiceSplit } from "./corpus";
export { corpusShare, foldAliases, type CorpusEntityView, type CorpusShare, type CorpusSpeaker, type SplitShare } from "./corpus-share";
export { corpusPeriods, ENGLISH_CORPUS_LABELS, toCorpusMarkdown, type CorpusLabels, type CorpusPeriod } from "./corpus-markdown";
