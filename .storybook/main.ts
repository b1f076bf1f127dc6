import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/react-vite',
    // The root vite.config.ts builds the library; Storybook gets a plain app config.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A review tool for the kit, not a first Storybook: no onboarding checklist in the sidebar or
  // the settings menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The review site's build, not a page readers load: its preview bundles React, the docs blocks
  // and axe-core for the accessibility panel, well over the 500 kB a page's chunk should stay
  // under; and the prop tables are read from the kit's TypeScript sources, which takes most of the
  // build's time by design. No size or timing report for either.
  viteFinal: (viteConfig, { configType }) =>
    configType === 'PRODUCTION'
      ? mergeConfig(viteConfig, {
          build: { chunkSizeWarningLimit: 1500, rolldownOptions: { checks: { bundlerTimings: false } } },
        })
      : viteConfig,
  typescript: {
    // Reads prop types and their TSDoc (with @default) for the docs pages' prop tables.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // The kit's components only: the preview's own files and the stories have no prop tables.
      include: ['src/**/*.tsx'],
      exclude: ['**/*.stories.tsx', '**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
};

export default config;
