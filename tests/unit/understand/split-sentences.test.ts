import { describe, expect, it } from "vitest";
import {
  splitNormalizedSentences,
  splitSentences,
} from "../../../src/lib/understand/core/split-sentences.ts";
import { normalizeWithOffsets } from "../../../src/lib/understand/core/normalize-text.ts";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it.each([
    [
      "two plain sentences",
      "La panne a duré. Le service revient.",
      ["La panne a duré.", "Le service revient."],
    ],
    [
      "initials before a noun",
      "U.S. officials said the outage began at 7 a.m. ET.",
      ["U.S. officials said the outage began at 7 a.m. ET."],
    ],
    [
      "initials before a new sentence",
      "The outage hit the U.S. The company apologised.",
      ["The outage hit the U.S.", "The company apologised."],
    ],
    [
      "a.m. before a new sentence",
      "It began at 11 a.m. The company said it was a DNS issue.",
      ["It began at 11 a.m.", "The company said it was a DNS issue."],
    ],
    [
      "a month abbreviation before a day",
      "AWS went down on Dec. 7, 2021. Netflix was hit.",
      ["AWS went down on Dec. 7, 2021.", "Netflix was hit."],
    ],
    [
      "a company suffix before its verb",
      "Meta Platforms Inc. said the cause was a configuration change.",
      ["Meta Platforms Inc. said the cause was a configuration change."],
    ],
    [
      "an abbreviation before a number",
      "La panne a touché env. 3 millions d'abonnés.",
      ["La panne a touché env. 3 millions d'abonnés."],
    ],
    [
      "a lower-case word after a full stop",
      "Le site de l'opérateur inwi. ma est tombé.",
      ["Le site de l'opérateur inwi. ma est tombé."],
    ],
    [
      "Arabic question and full stops",
      "ما سبب العطل؟ قالت الشركة إنه عطل تقني. عاد التطبيق.",
      ["ما سبب العطل؟", "قالت الشركة إنه عطل تقني.", "عاد التطبيق."],
    ],
    [
      "closing quotes kept with their sentence",
      "« Nous travaillons à rétablir le service. » Le réseau revient.",
      ["« Nous travaillons à rétablir le service. »", "Le réseau revient."],
    ],
    [
      "line breaks",
      "Panne de WhatsApp\nLe service est rétabli",
      ["Panne de WhatsApp", "Le service est rétabli"],
    ],
  ])("splits %s", (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("gives each sentence's offset in the text", () => {
    expect(splitSentences("Un.  Deux.")).toEqual([
      { text: "Un.", start: 0 },
      { text: "Deux.", start: 5 },
    ]);
  });

  it("maps sentences of the original onto its normalised form", () => {
    const original = "L’œuvre est tombée. The U.S. East Coast.";
    const normalized = normalizeWithOffsets(original);
    expect(
      splitNormalizedSentences(original, normalized.offsets).map((range) =>
        normalized.text.slice(range.start, range.end),
      ),
    ).toEqual(["l'oeuvre est tombee.", "the u.s. east coast."]);
  });
});
