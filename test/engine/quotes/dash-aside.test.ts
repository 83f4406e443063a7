// An aside set off by two dashes between the subject and its verb (quotes/dash-aside.ts, read by nounPhraseBefore):
// the subject stands before the opening dash. A dateline's single dash opens no aside.
import { table, en } from "../helpers/table";

table("English: a subject, an aside between dashes, the verb", en, [
  ["The senator -- a Democrat from Ohio -- said that the plan would be delayed.", [["the plan would be delayed", "The senator", "indirect"]]],
  ["Democratic leaders — and, in particular, Senate leader Tom Hale — insisted that the tax be delayed.",
    [["the tax be delayed", "Democratic leaders", "indirect"]]],
  ["Ann Reed - his co-host on the show - told The Daily Ledger that his views had changed.",
    [["his views had changed", "Ann Reed", "indirect"]]],
  // Must not match: an aside between dashes before a verb that reports nothing; a hyphen inside a word.
  ["The storm — the worst in years — destroyed the town.", []],
  ["The well-known senator visited the plant.", []],
]);
