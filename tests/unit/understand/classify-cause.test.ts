import { describe, expect, it } from "vitest";
import { classifyCause } from "../../../src/lib/understand/core/classify-cause.ts";

describe("classifyCause", () => {
  it.each([
    ["dns", "dns", "La panne viendrait d'un problème de DNS, selon des spécialistes."],
    ["dns", "dns", "The error message pointed to a Domain Name System failure."],
    ["bgp", "bgp", "Les routes BGP du groupe ont disparu d'Internet."],
    ["bgp", "bgp", "Une erreur dans la configuration du routage a isolé les serveurs."],
    ["power", "power", "Une coupure d'électricité a touché le centre de données."],
    ["power", "power", "A power outage at a data center knocked services offline."],
    ["power", "power", "تسبب انقطاع الكهرباء في توقف شبكة الهاتف المحمول."],
    ["cable-cut", "cable-cut", "Un câble sous-marin endommagé au large de la côte a réduit le débit."],
    ["cable-cut", "cable-cut", "A severed submarine cable cut the country off."],
    ["cable-cut", "cable-cut", "تضرر أحد الكابلات البحرية في عرض المحيط الأطلسي."],
    ["cyberattack", "cyberattack", "Le site a été paralysé par une cyberattaque de type DDoS."],
    ["cyberattack", "cyberattack", "Hackers took the portal down with a denial of service attack."],
    ["cyberattack", "cyberattack", "تعرضت الشبكة لهجوم إلكتروني أدى إلى توقفها."],
    [
      "government-shutdown",
      "government-shutdown",
      "Internet a été coupé dans tout le pays pendant les épreuves du bac.",
    ],
    ["government-shutdown", "government-shutdown", "قطع الإنترنت خلال امتحانات البكالوريا في الجزائر."],
    [
      "government-shutdown",
      "government-shutdown",
      "Authorities ordered a nationwide internet shutdown during exams.",
    ],
    [
      "configuration",
      "configuration",
      "The outage was caused by a configuration change on backbone routers.",
    ],
    ["configuration", "configuration", "Une erreur de configuration lors d'une opération est en cause."],
    ["configuration", "configuration", "La panne est due à une mise à jour logicielle défectueuse."],
    ["configuration", "configuration", "وأرجعت الشركة العطل إلى خطأ في التحديث."],
  ])("reads %s from: %s", (_label, cause, text) => {
    expect(classifyCause(text).cause).toBe(cause);
  });

  it.each([
    ["a cause not given", "La cause de la panne reste inconnue."],
    ["an update heading that is not a cause", "Update 13:35: services are coming back."],
    ["a cyberattack that was ruled out", "The company said there was no sign of a cyberattack."],
    ["a cyberattack only feared", "أثار العطل مخاوف من هجوم إلكتروني."],
  ])("says unknown for %s", (_name, text) => {
    expect(classifyCause(text).cause).toBe("unknown");
  });

  it("returns the sentence that supports the cause", () => {
    const text =
      "WhatsApp est en panne depuis midi. Selon l'opérateur, la panne est due à une coupure d'électricité. Le service revient.";
    expect(classifyCause(text)).toEqual({
      cause: "power",
      evidence: "Selon l'opérateur, la panne est due à une coupure d'électricité.",
    });
  });

  it("prefers a sentence that says 'due to' over a mere mention", () => {
    const text = "Certains évoquent une cyberattaque. La panne est due à une erreur de configuration du DNS.";
    expect(classifyCause(text).cause).toBe("dns");
  });

  it("prefers the most specific cause when one sentence names several", () => {
    expect(classifyCause("Un câble sous-marin a été coupé pendant une opération de maintenance.").cause).toBe(
      "cable-cut",
    );
  });

  it("keeps the cause a denial points away from", () => {
    expect(classifyCause("Ce n'est pas une cyberattaque mais une coupure d'électricité.").cause).toBe(
      "power",
    );
  });

  it("reads an exam-period shutdown told over two sentences", () => {
    expect(classifyCause("L'accès à Internet est coupé. Le baccalauréat a commencé ce dimanche.").cause).toBe(
      "government-shutdown",
    );
  });
});

describe("classifyCause: sentences about outages in general", () => {
  it.each([
    [
      "an English range of possible causes",
      "The outage was a reminder of how exposed websites are to disruptions ranging from human error to cyberattacks.",
    ],
    [
      "a French list of what can cause outages",
      "Ces pannes peuvent être causées par une cyberattaque ou une erreur de configuration.",
    ],
    ["an Arabic list with مثل", "يمكن أن تنجم الأعطال عن أسباب مثل انقطاع الكهرباء أو هجوم إلكتروني."],
    [
      "three causes named at once",
      "DNS, BGP et coupures d'électricité : les pannes d'Internet ont des origines multiples.",
    ],
  ])("gives no cause for %s", (_name, text) => {
    expect(classifyCause(text).cause).toBe("unknown");
  });

  it("reads the cause from the article's own sentence beside a general one", () => {
    const text =
      "Les pannes peuvent être causées par une cyberattaque ou une erreur de configuration. Selon l'opérateur, celle-ci est due à une coupure d'électricité.";
    expect(classifyCause(text)).toEqual({
      cause: "power",
      evidence: "Selon l'opérateur, celle-ci est due à une coupure d'électricité.",
    });
  });

  it("keeps a single hedged cause", () => {
    expect(classifyCause("The outage could be due to a DNS problem, experts said.").cause).toBe("dns");
  });
});
