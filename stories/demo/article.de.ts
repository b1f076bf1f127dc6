import type { Article } from '../../src/schema/types';

/**
 * A German demo article in the shape of the reference page: title, lead, four sections with
 * an h2 each and a conclusion, a newsletter slot after the second section, six FAQ entries and
 * links to the previous and next article. The companies and the deal are fictional.
 */
export const demoArticleDe: Article = {
  title: 'Lumatek und Nordwerk: Milliarden-Deal 2025',
  lead:
    'Der Münchner Chipentwickler Lumatek übernimmt für 4,2 Milliarden Euro den Rechenzentrumsbetreiber ' +
    'Nordwerk aus Göteborg. Gemeinsam wollen die beiden Unternehmen bis 2027 eigene Hochleistungs-KI-Chips ' +
    'in europäischen Rechenzentren betreiben. Der Zusammenschluss gilt als größte Übernahme der europäischen ' +
    'KI-Branche in diesem Jahr. Die Kartellbehörden in Brüssel und Stockholm prüfen den Vertrag noch.',
  publishedAt: '2025-11-28',
  author: { name: 'Lena Hartmann', url: '/autorinnen/lena-hartmann' },
  blocks: [
    { type: 'heading', text: 'Unabhängigkeit von Exportauflagen' },
    {
      type: 'paragraph',
      text:
        'Seit die Vereinigten Staaten ihre Ausfuhrregeln für Grafikprozessoren mehrfach verschärft haben, ' +
        'suchen europäische Anbieter nach Wegen, ihre Rechenkapazität nicht allein von amerikanischen ' +
        'Lieferketten abhängig zu machen. Lumatek entwirft seine Beschleunigerchips zwar selbst, ließ sie ' +
        'bisher aber ausschließlich in Taiwan fertigen und in den Rechenzentren von Partnern betreiben. Mit ' +
        'Nordwerk erhält das Unternehmen eigene Standorte mit günstigem Ökostrom und langfristig gesicherten ' +
        'Netzanschlüssen. Branchenbeobachter sehen darin den Versuch, Handelsbeschränkungen und ' +
        'Lieferengpässe gleichermaßen abzufedern, ohne auf die Leistung moderner Trainingscluster zu verzichten.',
    },
    { type: 'heading', text: 'Rechenzentren als Nadelöhr' },
    {
      type: 'paragraph',
      text:
        'Große Sprachmodelle zu trainieren, scheitert heute seltener an der Software als an Strom, Kühlung ' +
        'und Fläche. Nordwerk betreibt in Schweden und Finnland vier Standorte mit zusammen rund 180 Megawatt ' +
        'Anschlussleistung, die sich dank kalter Außenluft besonders effizient kühlen lassen. Für Lumatek ' +
        'bedeutet das, dass neue Chipgenerationen direkt nach der Fertigung in Serienracks laufen können, ' +
        'statt monatelang auf freie Kapazitäten bei Cloud-Anbietern zu warten. Gleichzeitig kann Nordwerk ' +
        'seinen Kunden künftig Rechenzeit auf Hardware anbieten, deren Lieferung nicht von ' +
        'Genehmigungsverfahren in Übersee abhängt.',
    },
    { type: 'newsletter' },
    { type: 'heading', text: 'Folgen für den europäischen KI-Markt' },
    {
      type: 'paragraph',
      text:
        'Für Start-ups und Forschungseinrichtungen in Europa könnte der Zusammenschluss den Zugang zu ' +
        'Trainingskapazität spürbar erleichtern. Bislang teilen sich wenige große Cloud-Anbieter den Markt, ' +
        'und Wartezeiten von mehreren Monaten für größere Kontingente sind keine Seltenheit. Lumatek ' +
        'kündigte an, ein Fünftel der gemeinsamen Kapazität zu festen Preisen für Hochschulen und kleinere ' +
        'Unternehmen zu reservieren. Wettbewerber reagieren zurückhaltend: Sie verweisen darauf, dass eigene ' +
        'Chips nur dann einen Vorteil bringen, wenn auch Compiler, Bibliotheken und Entwicklerwerkzeuge mit ' +
        'dem etablierten Ökosystem mithalten können.',
    },
    { type: 'heading', text: 'Regulierung und offene Fragen' },
    {
      type: 'paragraph',
      text:
        'Ganz ohne Hürden ist der Weg zum Abschluss nicht. Die EU-Kommission prüft, ob die Übernahme den ' +
        'Wettbewerb bei Rechenzentrumsdienstleistungen in Nordeuropa beeinträchtigt, und auch die ' +
        'schwedische Wettbewerbsbehörde hat Unterlagen angefordert. Hinzu kommen Pflichten aus der ' +
        'KI-Verordnung: Anbieter von Allzweckmodellen, die auf der gemeinsamen Infrastruktur trainiert werden, ' +
        'müssen ihren Energieverbrauch dokumentieren. Nordwerk sieht sich dafür gut gerüstet, da das ' +
        'Unternehmen den Verbrauch jedes Racks bereits heute minutengenau erfasst und veröffentlicht.',
    },
    { type: 'heading', text: 'Fazit' },
    {
      type: 'paragraph',
      text:
        'Der Deal zwischen Lumatek und Nordwerk bündelt Chipentwicklung und Rechenzentrumsbetrieb unter ' +
        'einem Dach und zeigt, wie europäische Unternehmen auf Exportkontrollen und knappe Rechenkapazität ' +
        'reagieren. Ob die Rechnung aufgeht, hängt davon ab, wie schnell die Softwareumgebung der eigenen ' +
        'Chips reift und ob die Behörden den Zusammenschluss ohne strenge Auflagen genehmigen. Gelingt ' +
        'beides, könnte ein europäischer Anbieter entstehen, der Training und Betrieb großer Sprachmodelle ' +
        'aus einer Hand anbietet und damit die Abhängigkeit von wenigen globalen Konzernen ein Stück verringert.',
    },
  ],
  faq: [
    {
      question: 'Wer übernimmt wen bei dem Milliarden-Deal?',
      answer:
        'Der Münchner Chipentwickler Lumatek übernimmt den schwedischen Rechenzentrumsbetreiber Nordwerk. ' +
        'Der Kaufpreis liegt bei rund 4,2 Milliarden Euro.',
    },
    {
      question: 'Warum kauft ein Chipentwickler eigene Rechenzentren?',
      answer:
        'Lumatek will neue Chipgenerationen sofort in eigenen Racks betreiben, statt auf freie Kapazitäten ' +
        'bei Partnern zu warten. Zugleich sinkt die Abhängigkeit von fremden Lieferketten.',
    },
    {
      question: 'Welche Rolle spielen die US-Exportbeschränkungen für den Deal?',
      answer:
        'Die verschärften Ausfuhrregeln für Grafikprozessoren haben europäische Anbieter dazu gebracht, ' +
        'nach eigenen Lösungen zu suchen. Eigene Chips in eigenen Rechenzentren sind eine Antwort darauf.',
    },
    {
      question: 'Wann soll die Übernahme abgeschlossen sein?',
      answer:
        'Beide Unternehmen rechnen mit einem Abschluss in der ersten Hälfte des kommenden Jahres. ' +
        'Voraussetzung ist die Zustimmung der Kartellbehörden.',
    },
    {
      question: 'Profitieren auch Hochschulen und kleinere Unternehmen davon?',
      answer:
        'Ja: Ein Fünftel der gemeinsamen Kapazität soll zu festen Preisen für Hochschulen und kleinere ' +
        'Unternehmen reserviert werden.',
    },
    {
      question: 'Was verlangt die KI-Verordnung von den Betreibern der Rechenzentren?',
      answer:
        'Anbieter von Allzweckmodellen müssen den Energieverbrauch ihres Trainings dokumentieren. Nordwerk ' +
        'erfasst den Verbrauch seiner Racks bereits heute minutengenau.',
    },
  ],
  prev: {
    href: '/artikel/open-source-modelle-offene-gewichte',
    title: 'Open-Source-Modelle: Wie offen sind die Gewichte?',
  },
  next: {
    href: '/artikel/ki-verordnung-pflichten-ab-august',
    title: 'KI-Verordnung: Was ab August für Anbieter gilt',
  },
};
