import type { Article } from '../../src/schema/types';

/**
 * The English edition of the demo article: same shape as `demoArticleDe` (four sections with an
 * h2 each and a conclusion, a newsletter slot after the second section, six FAQ entries,
 * previous and next links). The companies and the deal are fictional.
 */
export const demoArticleEn: Article = {
  title: 'Lumatek and Nordwerk: A Billion-Euro Deal',
  lead:
    'Munich chip designer Lumatek is buying the Gothenburg data-centre operator Nordwerk for 4.2 billion ' +
    'euros. Together the two companies plan to run their own high-performance AI chips in European data ' +
    'centres by 2027. The merger is the largest acquisition in the European AI industry this year. ' +
    'Competition authorities in Brussels and Stockholm are still reviewing the contract.',
  publishedAt: '2025-11-28',
  author: { name: 'Lena Hartmann', url: '/authors/lena-hartmann' },
  blocks: [
    { type: 'heading', text: 'Independence from export rules' },
    {
      type: 'paragraph',
      text:
        'Since the United States tightened its export rules for graphics processors several times, European ' +
        'providers have been looking for ways to make their computing capacity less dependent on American ' +
        'supply chains. Lumatek designs its own accelerator chips, but until now it had them made only in ' +
        'Taiwan and ran them in partners’ data centres. With Nordwerk the company gains its own sites with ' +
        'cheap renewable power and long-term grid connections. Industry observers see it as an attempt to ' +
        'cushion trade restrictions and supply shortages alike without giving up the performance of modern ' +
        'training clusters.',
    },
    { type: 'heading', text: 'Data centres as the bottleneck' },
    {
      type: 'paragraph',
      text:
        'Training large language models today fails less often on software than on power, cooling and floor ' +
        'space. Nordwerk runs four sites in Sweden and Finland with about 180 megawatts of connected load, ' +
        'which cold outside air makes particularly efficient to cool. For Lumatek this means new chip ' +
        'generations can run in production racks straight after manufacturing instead of waiting months for ' +
        'free capacity at cloud providers. At the same time Nordwerk can offer its customers computing time ' +
        'on hardware whose delivery does not depend on licensing procedures overseas.',
    },
    { type: 'newsletter' },
    { type: 'heading', text: 'What it means for the European AI market' },
    {
      type: 'paragraph',
      text:
        'For start-ups and research institutes in Europe the merger could make access to training capacity ' +
        'noticeably easier. So far a few large cloud providers share the market, and waiting times of ' +
        'several months for larger quotas are not unusual. Lumatek announced that it will reserve a fifth of ' +
        'the combined capacity at fixed prices for universities and smaller companies. Competitors are ' +
        'cautious: they point out that custom chips only pay off when compilers, libraries and developer ' +
        'tools keep up with the established ecosystem.',
    },
    { type: 'heading', text: 'Regulation and open questions' },
    {
      type: 'paragraph',
      text:
        'The road to closing is not free of hurdles. The European Commission is examining whether the ' +
        'takeover harms competition for data-centre services in northern Europe, and the Swedish competition ' +
        'authority has also requested documents. On top of that come duties under the AI Act: providers of ' +
        'general-purpose models trained on the shared infrastructure must document their energy use. ' +
        'Nordwerk says it is well prepared, since it already records and publishes the consumption of every ' +
        'rack minute by minute.',
    },
    { type: 'heading', text: 'Conclusion' },
    {
      type: 'paragraph',
      text:
        'The deal between Lumatek and Nordwerk brings chip design and data-centre operation under one roof ' +
        'and shows how European companies respond to export controls and scarce computing capacity. Whether ' +
        'it pays off depends on how quickly the software stack for the in-house chips matures and whether ' +
        'the authorities approve the merger without strict conditions. If both succeed, a European provider ' +
        'could emerge that offers training and operation of large language models from a single source, ' +
        'reducing the dependence on a few global corporations.',
    },
  ],
  faq: [
    {
      question: 'Who is buying whom in the billion-euro deal?',
      answer:
        'Munich chip designer Lumatek is acquiring the Swedish data-centre operator Nordwerk. The purchase ' +
        'price is about 4.2 billion euros.',
    },
    {
      question: 'Why does a chip designer buy its own data centres?',
      answer:
        'Lumatek wants to run new chip generations in its own racks right away instead of waiting for free ' +
        'capacity at partners. It also reduces its dependence on other companies’ supply chains.',
    },
    {
      question: 'What role do the US export restrictions play in the deal?',
      answer:
        'The tighter export rules for graphics processors pushed European providers to look for their own ' +
        'solutions. Custom chips in their own data centres are one answer.',
    },
    {
      question: 'When is the takeover expected to close?',
      answer:
        'Both companies expect to close in the first half of next year. Approval by the competition ' +
        'authorities is a precondition.',
    },
    {
      question: 'Do universities and smaller companies benefit too?',
      answer:
        'Yes: a fifth of the combined capacity is to be reserved at fixed prices for universities and smaller companies.',
    },
    {
      question: 'What does the AI Act require of the data-centre operators?',
      answer:
        'Providers of general-purpose models must document the energy used for training. Nordwerk already ' +
        'records the consumption of its racks minute by minute.',
    },
  ],
  prev: {
    href: '/articles/open-source-models-open-weights',
    title: 'Open-source models: How open are the weights?',
  },
  next: {
    href: '/articles/ai-act-duties-from-august',
    title: 'The AI Act: What providers must do from August',
  },
};
