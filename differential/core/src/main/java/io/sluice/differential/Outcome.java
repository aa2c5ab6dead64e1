package io.sluice.differential;

import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.Mismatch;

/** Both engines' answers to one case and how they differ (null: they agree). */
record Outcome(Answer spark, Answer sluice, Mismatch mismatch) {}
