import { render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/en.json';
import tr from '../i18n/messages/tr.json';
import { SkillName } from './skill-name';

function inLocale(locale: 'en' | 'tr', skill: { slug: string; name: string }) {
  return render(
    <IntlProvider locale={locale} messages={{ en, tr }[locale]}>
      <p data-testid="skill">
        <SkillName skill={skill} />
      </p>
    </IntlProvider>,
  );
}

describe('skill names', () => {
  it('speak the reader’s language, so Turkish upper-cases Turkish words', () => {
    inLocale('tr', { slug: 'bookkeeping', name: 'Bookkeeping basics (invoices, reconciliation)' });
    expect(screen.getByTestId('skill').textContent).toBe('Temel muhasebe (faturalar, mutabakat)');
    expect(screen.getByTestId('skill').querySelector('[lang]')).toBeNull();
  });

  it('keep an untranslated name in English, marked as English', () => {
    inLocale('tr', { slug: 'new-skill', name: 'Pinterest boards' });
    const english = screen.getByText('Pinterest boards');
    expect(english.getAttribute('lang')).toBe('en');
  });
});
