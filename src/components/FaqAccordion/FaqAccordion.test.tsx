import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { axeViolations } from '../../../test/axe';
import { ArticleKitProvider } from '../../provider';
import type { FaqItem } from '../../schema/types';
import { FaqAccordion } from '.';

const items: FaqItem[] = [
  {
    question: 'Wer baut die neuen Hochleistungs-KI-Chips?',
    answer: 'Ein Münchner Start-up entwickelt sie gemeinsam mit zwei Hochschulen.',
  },
  {
    question: 'Wann kommen die ersten Chips in Rechenzentren?',
    answer: 'Die ersten Muster sollen im Herbst in Testracks laufen.',
  },
  {
    id: 'regeln',
    question: 'Welche Regeln gelten für den Export?',
    answer: (
      <>
        <p>Es gelten die europäischen Ausfuhrregeln für Güter mit doppeltem Verwendungszweck.</p>
        <ul>
          <li>Genehmigung pro Lieferung</li>
          <li>
            Details in der <a href="/ki-verordnung">Übersicht zur KI-Verordnung</a>
          </li>
        </ul>
      </>
    ),
  },
];

const Q1 = 'Wer baut die neuen Hochleistungs-KI-Chips?';
const Q2 = 'Wann kommen die ersten Chips in Rechenzentren?';
const Q3 = 'Welche Regeln gelten für den Export?';
const Q1_ID = 'wer-baut-die-neuen-hochleistungs-ki-chips';
const Q2_ID = 'wann-kommen-die-ersten-chips-in-rechenzentren';

const question = (name: string) => screen.getByRole('button', { name });
const answer = (text: string | RegExp) => screen.getByText(text);

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('FaqAccordion', () => {
  it('renders a titled section with a heading and a collapsed button per question', () => {
    render(<FaqAccordion items={items} />);
    const section = screen.getByRole('region', { name: 'FAQ' });
    expect(within(section).getByRole('heading', { level: 2, name: 'FAQ' })).toBeInTheDocument();
    const headings = within(section).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([Q1, Q2, Q3]);
    for (const heading of headings) {
      const button = within(heading).getByRole('button');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel).toHaveAttribute('hidden', 'until-found');
      expect(panel).not.toBeVisible();
    }
    expect(answer(/Ein Münchner Start-up/)).toBeInTheDocument();
  });

  it('opens an answer as a region named by its question, and closes it again', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items} />);
    await user.click(question(Q2));
    expect(question(Q2)).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: Q2 });
    expect(region).toHaveAttribute('id', question(Q2).getAttribute('aria-controls'));
    expect(region).not.toHaveAttribute('hidden');
    expect(within(region).getByText(/ersten Muster/)).toBeVisible();
    await user.click(question(Q2));
    expect(question(Q2)).toHaveAttribute('aria-expanded', 'false');
    expect(answer(/ersten Muster/)).not.toBeVisible();
  });

  it('keeps several answers open in multiple mode (the default)', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items} />);
    await user.click(question(Q1));
    await user.click(question(Q2));
    expect(answer(/Ein Münchner Start-up/)).toBeVisible();
    expect(answer(/ersten Muster/)).toBeVisible();
  });

  it('closes the open answer when another opens in single mode', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FaqAccordion items={items} type="single" defaultValue={[Q1_ID]} onValueChange={onValueChange} />);
    expect(answer(/Ein Münchner Start-up/)).toBeVisible();
    await user.click(question(Q2));
    expect(answer(/ersten Muster/)).toBeVisible();
    expect(answer(/Ein Münchner Start-up/)).not.toBeVisible();
    expect(onValueChange).toHaveBeenLastCalledWith([Q2_ID]);
    await user.click(question(Q2));
    expect(onValueChange).toHaveBeenLastCalledWith([]);
    expect(answer(/ersten Muster/)).not.toBeVisible();
  });

  it('follows value when controlled and reports changes through onValueChange', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<FaqAccordion items={items} value={['regeln']} onValueChange={onValueChange} />);
    expect(screen.getByRole('link', { name: 'Übersicht zur KI-Verordnung' })).toBeVisible();
    await user.click(question(Q1));
    expect(onValueChange).toHaveBeenCalledWith(['regeln', Q1_ID]);
    expect(question(Q1)).toHaveAttribute('aria-expanded', 'false'); // the host has not changed value
    rerender(<FaqAccordion items={items} value={[Q1_ID]} onValueChange={onValueChange} />);
    expect(question(Q1)).toHaveAttribute('aria-expanded', 'true');
    expect(question(Q3)).toHaveAttribute('aria-expanded', 'false');
  });

  it('works with a host that keeps the state', async () => {
    const user = userEvent.setup();
    function Host() {
      const [open, setOpen] = React.useState<string[]>([]);
      return (
        <>
          <p>Offen: {open.join(', ') || 'keine'}</p>
          <FaqAccordion items={items} type="single" value={open} onValueChange={setOpen} />
        </>
      );
    }
    render(<Host />);
    await user.click(question(Q3));
    expect(screen.getByText('Offen: regeln')).toBeInTheDocument();
    expect(question(Q3)).toHaveAttribute('aria-expanded', 'true');
  });

  it('moves between questions with the arrow keys, Home and End, and toggles with Enter and Space', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items} />);
    await user.tab();
    expect(question(Q1)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(question(Q2)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(question(Q1)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(question(Q3)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(question(Q1)).toHaveFocus();
    await user.keyboard('{End}');
    expect(question(Q3)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(question(Q3)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(question(Q3)).toHaveAttribute('aria-expanded', 'false');
    await user.tab({ shift: true });
    expect(question(Q2)).toHaveFocus();
  });

  it('opens a closed answer that find-in-page matches (beforematch)', () => {
    render(<FaqAccordion items={items} />);
    const panel = document.getElementById(question(Q2).getAttribute('aria-controls')!)!;
    act(() => {
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    });
    expect(question(Q2)).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveAttribute('hidden');
  });

  it('opens the item of a #id link on load and on hashchange', () => {
    window.history.replaceState(null, '', `/#${Q2_ID}`);
    render(<FaqAccordion items={items} type="single" />);
    expect(question(Q2)).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(Q2_ID)).toBeInTheDocument();
    act(() => {
      window.history.replaceState(null, '', '/#regeln');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(question(Q3)).toHaveAttribute('aria-expanded', 'true');
    expect(question(Q2)).toHaveAttribute('aria-expanded', 'false');
  });

  it('ignores a hash that names no item', () => {
    window.history.replaceState(null, '', '/#%E0%A4%A');
    render(<FaqAccordion items={items} />);
    act(() => {
      window.history.replaceState(null, '', '/#fazit');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(3);
  });

  it('uses headingLevel for the questions and one level higher for the title', () => {
    render(<FaqAccordion items={items} headingLevel={4} title="Häufige Fragen zum Chip-Deal" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Häufige Fragen zum Chip-Deal' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });

  it('falls back to level 3 for an impossible headingLevel, with a warning that says what was wrong', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<FaqAccordion items={items} headingLevel={1 as never} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
    expect(warn).toHaveBeenLastCalledWith(
      '[article-kit] FaqAccordion: `headingLevel` must be the number 2, 3, 4, 5 or 6, not 1; 3 is used.',
    );
    cleanup();
    // A string from untyped data: the warning shows it as a string.
    render(<FaqAccordion items={items} headingLevel={'4' as never} />);
    expect(warn).toHaveBeenLastCalledWith(
      '[article-kit] FaqAccordion: `headingLevel` must be the number 2, 3, 4, 5 or 6, not "4"; 3 is used.',
    );
    warn.mockRestore();
  });

  it('takes read-only data: items, value and defaultValue as const', () => {
    const frozen = [
      { id: 'kosten', question: 'Was kostet der Zugang?', answer: 'Nichts, er ist frei.' },
      { id: 'start', question: 'Ab wann gilt das?', answer: 'Ab August.' },
    ] as const;
    const open = ['start'] as const;
    render(<FaqAccordion items={frozen} defaultValue={open} />);
    expect(screen.getByRole('button', { name: 'Ab wann gilt das?' })).toHaveAttribute('aria-expanded', 'true');
    cleanup();
    render(<FaqAccordion items={frozen} value={open} onValueChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Was kostet der Zugang?' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('leaves the title out when it is null', () => {
    render(<FaqAccordion items={items} title={null} />);
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('takes its title from the locale and the labels', () => {
    const { rerender } = render(
      <ArticleKitProvider locale="de" labels={{ faqTitle: 'Fragen und Antworten' }}>
        <FaqAccordion items={items} />
      </ArticleKitProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Fragen und Antworten' })).toBeInTheDocument();
    rerender(<FaqAccordion items={items} labels={{ faqTitle: 'Questions' }} locale="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Questions' })).toBeInTheDocument();
  });

  it('renders rich answers with working links', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items} />);
    await user.click(question(Q3));
    const region = screen.getByRole('region', { name: Q3 });
    expect(within(region).getByRole('list')).toBeVisible();
    expect(within(region).getByRole('link', { name: 'Übersicht zur KI-Verordnung' })).toHaveAttribute(
      'href',
      '/ki-verordnung',
    );
  });

  it('renders nothing for an empty list', () => {
    const { container } = render(<FaqAccordion items={[]} structuredData />);
    expect(container).toBeEmptyDOMElement();
  });

  it('survives duplicate and empty questions and items that are not a list', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(
      <FaqAccordion
        items={[
          { question: 'Ist das doppelt?', answer: 'Einmal.' },
          { question: 'Ist das doppelt?', answer: 'Zweimal.' },
          { question: '', answer: 'Ohne Frage.' },
        ]}
      />,
    );
    const buttons = screen.getAllByRole('button', { name: 'Ist das doppelt?' });
    expect(buttons).toHaveLength(2);
    expect(new Set(buttons.map((b) => b.getAttribute('aria-controls'))).size).toBe(2);
    expect(screen.queryByText('Ohne Frage.')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('used twice'));
    rerender(<FaqAccordion items={'kaputt' as never} />);
    expect(container).toBeEmptyDOMElement();
    warn.mockRestore();
  });

  it('skips an item whose answer React cannot render, and shows the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <FaqAccordion
        items={[
          { question: 'Kaputt?', answer: { text: 'aus dem CMS' } as never },
          { question: 'Auch kaputt?', answer: (() => 'nie') as never },
          { question: 'Heil?', answer: 'Ja, diese Antwort steht da.' },
        ]}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Heil?']);
    expect(screen.getByText('Ja, diese Antwort steht da.')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"Kaputt?" is not text or React elements'));
    warn.mockRestore();
  });

  it('adds FAQPage structured data on request, escaped for the script element', () => {
    const tricky = [...items, { question: 'Was bedeutet </script><b>?', answer: 'Ein Test.' }];
    const { container, rerender } = render(<FaqAccordion items={tricky} />);
    expect(container.querySelector('script')).toBeNull();
    rerender(<FaqAccordion items={tricky} structuredData />);
    const script = container.querySelector('script[type="application/ld+json"]')!;
    expect(script.innerHTML).not.toMatch(/<\/script/i);
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual([Q1, Q2, Q3, 'Was bedeutet </script><b>?']);
    expect(data.mainEntity[2].acceptedAnswer.text).toBe(
      'Es gelten die europäischen Ausfuhrregeln für Güter mit doppeltem Verwendungszweck. Genehmigung pro Lieferung Details in der Übersicht zur KI-Verordnung',
    );
  });

  it('has no accessibility violations, closed or open', async () => {
    const user = userEvent.setup();
    const { container } = render(<FaqAccordion items={items} />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(question(Q3));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('FaqAccordion on the server', () => {
  function serverHtml(element: React.ReactElement) {
    const sheet = new ServerStyleSheet();
    try {
      return { html: renderToString(sheet.collectStyles(element)), css: sheet.getStyleTags() };
    } finally {
      sheet.seal();
    }
  }

  it('puts every answer, open or closed, into native disclosures with headings', () => {
    const { html, css } = serverHtml(<FaqAccordion items={items} type="single" defaultValue={['regeln']} />);
    for (const text of ['Ein Münchner Start-up', 'ersten Muster', 'Übersicht zur KI-Verordnung']) {
      expect(html).toContain(text);
    }
    expect(html.match(/<details/g)).toHaveLength(3);
    expect(html.match(/<summary data-ak-part="trigger"><h3/g)).toHaveLength(3);
    expect(html.match(/<details[^>]* open=""/g)).toHaveLength(1);
    const names = [...html.matchAll(/<details[^>]* name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(1);
    expect(html).toContain(`id="${Q1_ID}"`);
    expect(html).not.toContain('hidden=""');
    expect(html).toContain('data-ak="FaqAccordion"');
    expect(css).toContain('grid-template-rows');
    expect(css).toContain('prefers-reduced-motion');
    expect(css).toContain('@media print');
  });

  it('has no exclusive group in multiple mode', () => {
    const { html } = serverHtml(<FaqAccordion items={items} />);
    expect(html).not.toMatch(/<details[^>]* name=/);
  });

  it('hydrates without errors and keeps an answer the reader opened before', async () => {
    const element = <FaqAccordion items={items} />;
    const container = document.createElement('div');
    container.innerHTML = serverHtml(element).html;
    document.body.append(container);
    (container.querySelectorAll('details')[1] as HTMLDetailsElement).open = true;
    const error = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateRoot(container, element);
    });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    expect(container.querySelector('details')).toBeNull();
    expect(question(Q2)).toHaveAttribute('aria-expanded', 'true');
    expect(question(Q1)).toHaveAttribute('aria-expanded', 'false');
    container.remove();
  });
});
