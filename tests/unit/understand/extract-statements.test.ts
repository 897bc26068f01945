import { describe, expect, it } from "vitest";
import { extractStatements } from "../../../src/lib/understand/core/extract-statements.ts";
import { findQuotes } from "../../../src/lib/understand/core/find-quotes.ts";
import { gazetteer } from "./gazetteer.ts";

const speakers = gazetteer.services.filter((service) =>
  ["meta", "whatsapp", "facebook", "maroc-telecom", "cloudflare", "x"].includes(service.id),
);
const quoted = (text: string) => findQuotes(text).map((span) => text.slice(span.start, span.end));

describe("findQuotes", () => {
  it.each([
    ["guillemets", "Il a dit « tout va bien » hier.", ["« tout va bien »"]],
    ["curly quotes", "She said “we are on it” today.", ["“we are on it”"]],
    [
      "a name quoted inside a straight-quoted passage",
      'قال: "نعمل على إعادة "واتساب" للجميع"، وفقا للموقع.',
      ['"نعمل على إعادة "واتساب" للجميع"'],
    ],
    ["two passages", "« Un » puis « deux ».", ["« Un »", "« deux »"]],
    [
      "a passage the summary cut short",
      "Meta said: “We are aware that some people",
      ["“We are aware that some people"],
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe("extractStatements", () => {
  it.each([
    [
      "a French spokesperson after the quote",
      "« Nous travaillons à rétablir le service le plus vite possible », a déclaré un porte-parole de Meta.",
      {
        quote: "Nous travaillons à rétablir le service le plus vite possible",
        speaker: "porte-parole de Meta",
      },
    ],
    [
      "the operator before the quote",
      "Maroc Telecom a indiqué dans un communiqué : « Un incident technique affecte une partie de notre réseau fixe. »",
      { quote: "Un incident technique affecte une partie de notre réseau fixe.", speaker: "Maroc Telecom" },
    ],
    [
      "an English company statement",
      "“We’re aware that some people are having trouble sending messages,” the company said on Tuesday.",
      { quote: "We’re aware that some people are having trouble sending messages", speaker: "the company" },
    ],
    [
      "a named service after the quote",
      '"We have identified the issue and are rolling out a fix," Cloudflare wrote in a blog post.',
      { quote: "We have identified the issue and are rolling out a fix", speaker: "Cloudflare" },
    ],
    [
      "an Arabic spokesperson with a quoted name",
      'وقال متحدث باسم "ميتا" في بيان: "نحن ندرك أن بعض الأشخاص يواجهون مشكلات في إرسال الرسائل عبر "واتساب""، وفقا لموقع إخباري.',
      {
        quote: 'نحن ندرك أن بعض الأشخاص يواجهون مشكلات في إرسال الرسائل عبر "واتساب"',
        speaker: "متحدث باسم ميتا",
      },
    ],
    [
      "an Arabic company statement posted on a platform",
      "وقالت الشركة عبر صفحتها على فيسبوك إن «أحد الكابلات البحرية قد تضرر في عرض المحيط الأطلسي».",
      { quote: "أحد الكابلات البحرية قد تضرر في عرض المحيط الأطلسي", speaker: "الشركة" },
    ],
    [
      "a statement the summary cut short",
      "Facebook issued a statement saying: “We’re aware that some people are having trouble accessing our apps",
      { quote: "We’re aware that some people are having trouble accessing our apps…", speaker: "Facebook" },
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(extractStatements(text, speakers)[0]).toEqual(expected);
  });

  it.each([
    [
      "a user's complaint",
      "« Je ne peux plus envoyer un seul message depuis ce matin », a déclaré un utilisateur.",
    ],
    [
      "an expert's opinion",
      '"This looks like a classic routing error to me," said an analyst at a research firm.',
    ],
    ["a scare quote", "Amazon a confirmé des « déficiences » sur son réseau."],
    [
      "a quote nobody is said to have made",
      "Sur les réseaux, le mot d'ordre était « plus jamais sans connexion mobile ».",
    ],
    ["an Arabic user's complaint", "وقال أحد المستخدمين: «لا أستطيع إرسال أي رسالة منذ الصباح الباكر»."],
  ])("leaves out %s", (_name, text) => {
    expect(extractStatements(text, speakers)).toEqual([]);
  });

  it("does not take the platform a statement was posted on for its author", () => {
    const text =
      "Sur Twitter, le groupe Facebook a réagi : « Nous savons que certaines personnes ont des difficultés. »";
    expect(extractStatements(text, speakers)[0]?.speaker).toBe("le groupe Facebook");
  });
});
