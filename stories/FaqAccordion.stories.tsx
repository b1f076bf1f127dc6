import type { Meta, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { FaqAccordion, type FaqAccordionProps } from '../src/components/FaqAccordion';
import { faqEntries } from '../src/components/FaqAccordion/faqLogic';
import type { FaqItem } from '../src/schema/types';
import { expectDeviceWindow, groundOf, HostButton, HostNote, say, tokenColor } from '../.storybook/review';
import { onDevice } from '../.storybook/viewports';
import { demoArticleDe } from './demo/article.de';
import { demoArticleEn } from './demo/article.en';

const faqDe = demoArticleDe.faq ?? [];
const faqEn = demoArticleEn.faq ?? [];
const Q_DEAL = 'Wer übernimmt wen bei dem Milliarden-Deal?';
const Q_CLOSE = 'Wann soll die Übernahme abgeschlossen sein?';
const Q_UNIS = 'Profitieren auch Hochschulen und kleinere Unternehmen davon?';
const ID_CLOSE = 'wann-soll-die-uebernahme-abgeschlossen-sein';
const ID_UNIS = 'profitieren-auch-hochschulen-und-kleinere-unternehmen-davon';
const ID_DEAL = 'wer-uebernimmt-wen-bei-dem-milliarden-deal';
/** The ids of the six demo questions, as the accordion derives them. */
const ALL_IDS = faqEntries(faqDe).map((entry) => entry.id);

const panelOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls')!)!;

/** Collects the button's distance from the viewport top on every frame for `ms`. */
const topsDuring = (el: Element, ms: number) =>
  new Promise<number[]>((resolve) => {
    const tops: number[] = [];
    const end = performance.now() + ms;
    const frame = () => {
      tops.push(el.getBoundingClientRect().top);
      if (performance.now() < end) requestAnimationFrame(frame);
      else resolve(tops);
    };
    frame();
  });

const meta = {
  title: 'Components/FaqAccordion',
  component: FaqAccordion,
  args: { items: faqDe, onValueChange: fn() },
} satisfies Meta<typeof FaqAccordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The six German questions of the demo article, in the reference page's shape: a "FAQ" section
 * heading, each question a heading with a button; any number of answers open.
 */
export const German: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const section = canvas.getByRole('region', { name: 'FAQ' });
    await expect(within(section).getByRole('heading', { level: 2, name: 'FAQ' })).toBeVisible();
    const headings = within(section).getAllByRole('heading', { level: 3 });
    await expect(headings.map((h) => h.textContent)).toEqual(faqDe.map((item) => item.question));

    const deal = canvas.getByRole('button', { name: Q_DEAL });
    await expect(deal).toHaveAttribute('aria-expanded', 'false');
    await expect(panelOf(deal)).toHaveAttribute('hidden', 'until-found');
    await userEvent.click(deal);
    await expect(deal).toHaveAttribute('aria-expanded', 'true');
    await expect(args.onValueChange).toHaveBeenLastCalledWith([ID_DEAL]);
    const region = canvas.getByRole('region', { name: Q_DEAL });
    await waitFor(() => expect(within(region).getByText(/4,2 Milliarden Euro/)).toBeVisible());

    // Keyboard: arrows, Home and End move between questions; Enter and Space toggle.
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('button', { name: /Warum kauft/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('button', { name: /KI-Verordnung/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(deal).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{Home}');
    await expect(deal).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(deal).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowDown} ');
    await expect(canvas.getByRole('button', { name: /Warum kauft/ })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: /US-Exportbeschränkungen/ })).toHaveFocus();
  },
};

/** The English demo questions with English labels. */
export const English: Story = {
  args: { items: faqEn },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'FAQ' })).toBeVisible();
    const button = canvas.getByRole('button', { name: 'When is the takeover expected to close?' });
    await userEvent.click(button);
    await waitFor(() => expect(canvas.getByText(/first half of next year/)).toBeVisible());
  },
};

/** `type="single"`: opening one answer closes the other. */
export const Single: Story = {
  args: { type: 'single', defaultValue: [ID_DEAL] },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const deal = canvas.getByRole('button', { name: Q_DEAL });
    await expect(deal).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(canvas.getByRole('button', { name: Q_CLOSE }));
    await expect(canvas.getByRole('button', { name: Q_CLOSE })).toHaveAttribute('aria-expanded', 'true');
    await expect(deal).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onValueChange).toHaveBeenLastCalledWith([ID_CLOSE]);
    await expect(canvas.getAllByRole('button', { expanded: true })).toHaveLength(1);
  },
};

/**
 * `type="multiple"` (the default): answers stay open until the reader closes them. Two are open
 * from the start (`defaultValue`); opening a third leaves them open.
 */
export const Multiple: Story = {
  args: { type: 'multiple', defaultValue: [ID_DEAL, ID_CLOSE] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button', { expanded: true })).toHaveLength(2);
    await userEvent.click(canvas.getByRole('button', { name: Q_UNIS }));
    await expect(canvas.getAllByRole('button', { expanded: true })).toHaveLength(3);
    await waitFor(() => expect(canvas.getByText(/4,2 Milliarden Euro/)).toBeVisible());
    await expect(canvas.getByText(/ersten Hälfte/)).toBeVisible();
  },
};

/** All six answers open (`defaultValue` with every id): the whole FAQ at a glance. */
export const AllOpen: Story = {
  name: 'All open',
  args: { defaultValue: ALL_IDS },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button');
    await expect(buttons).toHaveLength(faqDe.length);
    for (const button of buttons) {
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(panelOf(button)).not.toHaveAttribute('hidden');
    }
    await expect(canvas.getByText(/4,2 Milliarden Euro/)).toBeVisible();
    await expect(canvas.getByText(/Ein Fünftel der gemeinsamen Kapazität/)).toBeVisible();
  },
};

/**
 * `title={null}`: the page has a heading of its own above the questions, so the accordion adds
 * none; the questions stay one level below it.
 */
export const WithoutTitle: Story = {
  name: 'Without title',
  args: { title: null, defaultValue: [ID_DEAL] },
  render: (args, { globals }) => (
    <section aria-labelledby="faq-host-heading">
      <h2
        id="faq-host-heading"
        style={{ fontFamily: 'var(--ak-font-heading)', fontSize: 'var(--ak-font-size-h2)', margin: 0 }}
      >
        {say(globals, { de: 'Fragen und Antworten zum Deal', en: 'Questions and answers on the deal' })}
      </h2>
      <FaqAccordion {...args} />
    </section>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    await expect(canvas.queryByRole('heading', { name: 'FAQ' })).not.toBeInTheDocument();
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(faqDe.length);
    await expect(canvas.getByText(/4,2 Milliarden Euro/)).toBeVisible();
  },
};

/** The host page's words around the controlled accordion, in the toolbar's language. */
const controlledCopy = (globals: Record<string, unknown>) => ({
  openThree: say(globals, { de: 'Drei Antworten öffnen', en: 'Open three answers' }),
  closeAll: say(globals, { de: 'Alle schließen', en: 'Close all' }),
  open: say(globals, { de: 'Offen:', en: 'Open:' }),
  none: say(globals, { de: 'keine', en: 'none' }),
});

function ControlledFaq({ copy, ...props }: FaqAccordionProps & { copy: ReturnType<typeof controlledCopy> }) {
  const [open, setOpen] = React.useState<string[]>([ID_UNIS]);
  const allIds = [ID_DEAL, ID_CLOSE, ID_UNIS];
  return (
    <div>
      <div
        style={{ display: 'flex', gap: 'var(--ak-space-sm)', flexWrap: 'wrap', marginBlockEnd: 'var(--ak-space-md)' }}
      >
        <HostButton onClick={() => setOpen(allIds)}>{copy.openThree}</HostButton>
        <HostButton onClick={() => setOpen([])}>{copy.closeAll}</HostButton>
      </div>
      <HostNote>
        {copy.open} <output>{open.join(', ') || copy.none}</output>
      </HostNote>
      <FaqAccordion
        {...props}
        value={open}
        onValueChange={(next) => {
          setOpen(next);
          props.onValueChange?.(next);
        }}
      />
    </div>
  );
}

/** The host keeps the open ids (`value` + `onValueChange`) and can open or close items itself. */
export const Controlled: Story = {
  render: (args, { globals }) => <ControlledFaq {...args} copy={controlledCopy(globals)} />,
  play: async ({ canvasElement, args, globals }) => {
    const copy = controlledCopy(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: Q_UNIS })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(canvas.getByRole('button', { name: copy.openThree }));
    await expect(canvas.getAllByRole('button', { expanded: true })).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: Q_DEAL }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith([ID_CLOSE, ID_UNIS]);
    await expect(canvas.getByRole('status')).toHaveTextContent(`${ID_CLOSE}, ${ID_UNIS}`);
    await userEvent.click(canvas.getByRole('button', { name: copy.closeAll }));
    await expect(canvas.queryAllByRole('button', { expanded: true })).toHaveLength(0);
    await expect(canvas.getByRole('status')).toHaveTextContent(copy.none);
  },
};

/**
 * Opened by a link to `#<item id>`: on load (this story starts with the hash set) and when the hash
 * changes later.
 */
export const DeepLinked: Story = {
  args: { type: 'single' },
  beforeEach: () => {
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', `${pathname}${search}#${ID_CLOSE}`);
    return () => window.history.replaceState(null, '', `${pathname}${search}`);
  },
  render: (args, { globals }) => (
    <div>
      <HostNote>
        <a href={`#${ID_UNIS}`} style={{ color: 'var(--ak-color-accent)' }}>
          {say(globals, {
            de: 'Zur Frage nach Hochschulen und kleineren Unternehmen',
            en: 'To the question about universities and smaller companies',
          })}
        </a>
      </HostNote>
      <FaqAccordion {...args} />
      <div style={{ blockSize: '100vh' }} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const closing = canvas.getByRole('button', { name: Q_CLOSE });
    await expect(closing).toHaveAttribute('aria-expanded', 'true');
    const anchor = document.getElementById(ID_CLOSE)!;
    await expect(anchor.getBoundingClientRect().top).toBeLessThan(window.innerHeight);
    // What a click on the link above does (the test runner's page has a <base>, so the story sets
    // the hash itself instead of following the link).
    window.location.hash = ID_UNIS;
    await waitFor(() => expect(canvas.getByRole('button', { name: Q_UNIS })).toHaveAttribute('aria-expanded', 'true'));
    await expect(closing).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() =>
      expect(Math.abs(document.getElementById(ID_UNIS)!.getBoundingClientRect().top)).toBeLessThan(2),
    );
  },
};

/**
 * Closed answers stay in the page (`hidden="until-found"`): find-in-page finds their text and the
 * browser fires `beforematch`, which opens the item. The story fires that event itself.
 */
export const FindInPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: Q_UNIS });
    const panel = panelOf(button);
    await expect(panel).toHaveAttribute('hidden', 'until-found');
    await expect(panel).toHaveTextContent(/Ein Fünftel der gemeinsamen Kapazität/);
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    await expect(panel).not.toHaveAttribute('hidden');
    await waitFor(() => expect(within(panel).getByText(/Ein Fünftel/)).toBeVisible());
  },
};

const longAnswer = (topic: string) => (
  <>
    {[
      `${topic} verändert die Planung ganzer Rechenzentren: Hochleistungs-KI-Chips brauchen deutlich mehr Strom ` +
        'pro Rack als klassische Server, und die Abwärme lässt sich mit Luft allein kaum noch abführen.',
      'Betreiber setzen deshalb auf Flüssigkeitskühlung direkt am Chip. Die Umrüstung bestehender Hallen ist ' +
        'teuer, weil Leitungen, Pumpen und Wärmetauscher nachträglich eingebaut werden müssen.',
      'Hinzu kommt der Netzanschluss: Viele Standorte warten Jahre auf zusätzliche Leistung vom Netzbetreiber. ' +
        'Wer früh plant, sichert sich Kapazitäten, bevor die Nachfrage weiter steigt.',
      'Für Kundinnen und Kunden bedeutet das: Rechenzeit auf neuen Chips bleibt vorerst knapp, und die Preise ' +
        'richten sich stärker nach Verfügbarkeit als nach reiner Rechenleistung.',
    ].map((text) => (
      <p key={text}>{text}</p>
    ))}
  </>
);

const longItems: FaqItem[] = [
  { question: 'Warum brauchen KI-Rechenzentren so viel Strom?', answer: longAnswer('Der Strombedarf') },
  { question: 'Wie werden die Chips gekühlt?', answer: longAnswer('Die Kühlung') },
  { question: 'Wer bekommt zuerst Rechenzeit?', answer: longAnswer('Die Vergabe') },
];

/**
 * Long answers in single mode. Opening a question below a tall open answer closes that answer
 * without pushing the clicked question out of view.
 */
export const LongAnswers: Story = {
  args: { items: longItems, type: 'single', defaultValue: ['warum-brauchen-ki-rechenzentren-so-viel-strom'] },
  globals: onDevice('phone320'),
  render: (args, { globals }) => (
    <div>
      <HostNote style={{ minBlockSize: '100vh', margin: 0 }}>
        {say(globals, {
          de: 'Hier steht der Text des Artikels: wie Betreiber ihre Rechenzentren für Hochleistungs-KI-Chips umbauen. Die FAQ folgt darunter.',
          en: 'The text of the article goes here: how operators rebuild their data centres for high-performance AI chips. The FAQ follows below.',
        })}
      </HostNote>
      <FaqAccordion {...args} />
      <div style={{ blockSize: '150vh' }} />
    </div>
  ),
  play: async ({ canvasElement, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const canvas = within(canvasElement);
    const first = canvas.getByRole('button', { name: 'Warum brauchen KI-Rechenzentren so viel Strom?' });
    const second = canvas.getByRole('button', { name: 'Wie werden die Chips gekühlt?' });
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    second.scrollIntoView({ block: 'center' });
    const top = second.getBoundingClientRect().top;
    await userEvent.click(second);
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    const tops = await topsDuring(second, 400);
    for (const t of tops) await expect(Math.abs(t - top)).toBeLessThanOrEqual(1);
    await waitFor(() => expect(canvas.getAllByText(/Die Kühlung verändert/)[0]).toBeVisible());
  },
};

const richItems: FaqItem[] = [
  {
    id: 'pflichten-allzweckmodelle',
    question: 'Welche Pflichten bringt die KI-Verordnung für Allzweckmodelle?',
    answer: (
      <>
        <p>
          Anbieter müssen unter anderem <strong>technische Unterlagen</strong> führen und eine Zusammenfassung der
          Trainingsdaten veröffentlichen:
        </p>
        <ul>
          <li>Dokumentation des Trainings und des Energieverbrauchs</li>
          <li>Regeln zum Umgang mit dem Urheberrecht</li>
          <li>Meldung schwerwiegender Vorfälle bei Modellen mit systemischem Risiko</li>
        </ul>
        <p>
          Mehr dazu in unserem Artikel{' '}
          <a href="/artikel/ki-verordnung-pflichten-ab-august">KI-Verordnung: Was ab August gilt</a>.
        </p>
      </>
    ),
  },
  {
    id: 'energieverbrauch-messen',
    question: 'Wie lässt sich der Energieverbrauch messen?',
    answer: (
      <ol>
        <li>Stromzähler pro Rack auslesen</li>
        <li>Kühlung anteilig zurechnen</li>
        <li>Werte pro Trainingslauf aufsummieren</li>
      </ol>
    ),
  },
];

/**
 * Answers with emphasis, lists and links, both open; FAQPage structured data is built from their
 * text.
 */
export const RichAnswers: Story = {
  args: {
    items: richItems,
    structuredData: true,
    defaultValue: ['pflichten-allzweckmodelle', 'energieverbrauch-messen'],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const duties = canvas.getByRole('button', { name: /Pflichten/ });
    await expect(duties).toHaveAttribute('aria-expanded', 'true');
    const region = canvas.getByRole('region', { name: /Pflichten/ });
    await waitFor(() =>
      expect(within(region).getByRole('link', { name: 'KI-Verordnung: Was ab August gilt' })).toBeVisible(),
    );
    await expect(within(region).getAllByRole('listitem')).toHaveLength(3);
    await expect(
      within(canvas.getByRole('region', { name: /Energieverbrauch/ })).getAllByRole('listitem'),
    ).toHaveLength(3);
    // The link in an open answer is the next tab stop after its question.
    duties.focus();
    await userEvent.tab();
    await expect(within(region).getByRole('link')).toHaveFocus();

    const script = canvasElement.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent ?? '');
    await expect(data['@type']).toBe('FAQPage');
    await expect(data.mainEntity[1].acceptedAnswer.text).toBe(
      'Stromzähler pro Rack auslesen Kühlung anteilig zurechnen Werte pro Trainingslauf aufsummieren',
    );
  },
};

/** The dark colour scheme, one answer open. */
export const Dark: Story = {
  args: { defaultValue: [ID_DEAL] },
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: Q_DEAL });
    const item = button.closest('[data-ak-part="item"]')!;
    await expect(getComputedStyle(item).colorScheme).toBe('dark');
    // light-dark() resolves to the dark colours: light text on a dark ground.
    const answer = canvas.getByText(/4,2 Milliarden Euro/);
    await expect(getComputedStyle(answer).color).toBe(tokenColor(globals, 'text', 'dark'));
    await expect([tokenColor(globals, 'background', 'dark'), tokenColor(globals, 'surface', 'dark')]).toContain(
      groundOf(item),
    );
  },
};

const rtlItems: FaqItem[] = [
  {
    id: 'chips-start',
    question: 'متى تبدأ الشرائح الجديدة في العمل؟',
    answer: 'من المتوقع تشغيل أول الشرائح في مراكز البيانات في الخريف.',
  },
  {
    id: 'review',
    question: 'من يراجع صفقة الاستحواذ؟',
    answer: 'تراجع سلطات المنافسة في بروكسل وستوكهولم الصفقة قبل إتمامها.',
  },
];

/** Right-to-left, the first answer open: the layout mirrors, the arrow keys work as before. */
export const RightToLeft: Story = {
  args: { items: rtlItems, title: 'الأسئلة الشائعة', defaultValue: ['chips-start'] },
  render: (args) => (
    <div dir="rtl" lang="ar">
      <FaqAccordion {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: rtlItems[0]!.question });
    const text = button.querySelector('span')!.getBoundingClientRect();
    const icon = button.querySelector('svg')!.getBoundingClientRect();
    await expect(icon.right).toBeLessThanOrEqual(text.left); // the chevron sits at the inline end: left
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText(/الخريف/)).toBeVisible();
    const second = canvas.getByRole('button', { name: rtlItems[1]!.question });
    await userEvent.click(second);
    await expect(second).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowUp}');
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(second).toHaveFocus();
    await waitFor(() => expect(canvas.getByText(/بروكسل/)).toBeVisible());
  },
};

/** A 320 px phone column: long German questions wrap, nothing scrolls sideways. */
export const Narrow: Story = {
  args: { defaultValue: ['welche-rolle-spielen-die-us-exportbeschraenkungen-fuer-den-deal'] },
  globals: onDevice('phone320'),
  play: async ({ canvasElement, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const canvas = within(canvasElement);
    const section = canvas.getByRole('region', { name: 'FAQ' });
    await expect(section.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    for (const button of canvas.getAllByRole('button')) {
      await expect(button.scrollWidth).toBeLessThanOrEqual(button.clientWidth);
    }
    const answer = canvas.getByText(/verschärften Ausfuhrregeln/);
    await expect(answer.scrollWidth).toBeLessThanOrEqual(answer.clientWidth);
    // Touch targets stay at least 44 px tall.
    await expect(canvas.getByRole('button', { name: Q_DEAL }).getBoundingClientRect().height).toBeGreaterThanOrEqual(
      44,
    );
  },
};
