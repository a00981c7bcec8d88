// Every example of every component, for the gallery page and its axe check.
import type { Example } from './shared.ts';
import { examples as alert } from './alert/examples.tsx';
import { examples as badge } from './badge/examples.tsx';
import { examples as button } from './button/examples.tsx';
import { examples as chartFrame } from './chart-frame/examples.tsx';
import { examples as choiceGroup } from './choice-group/examples.tsx';
import { examples as dataTable } from './data-table/examples.tsx';
import { examples as dateInput } from './date-input/examples.tsx';
import { examples as details } from './details/examples.tsx';
import { examples as errorSummary } from './error-summary/examples.tsx';
import { examples as formField } from './form-field/examples.tsx';
import { examples as pageLayout } from './page-layout/examples.tsx';
import { examples as pagination } from './pagination/examples.tsx';
import { examples as select } from './select/examples.tsx';
import { examples as sideNav } from './side-nav/examples.tsx';
import { examples as statusTag } from './status-tag/examples.tsx';
import { examples as summaryList } from './summary-list/examples.tsx';
import { examples as tabs } from './tabs/examples.tsx';
import { examples as textInput } from './text-input/examples.tsx';
import { examples as textarea } from './textarea/examples.tsx';

export const componentExamples: Array<{ component: string; examples: Example[] }> = [
  { component: 'page-layout', examples: pageLayout },
  { component: 'side-nav', examples: sideNav },
  { component: 'form-field', examples: formField },
  { component: 'text-input', examples: textInput },
  { component: 'textarea', examples: textarea },
  { component: 'select', examples: select },
  { component: 'choice-group', examples: choiceGroup },
  { component: 'date-input', examples: dateInput },
  { component: 'button', examples: button },
  { component: 'error-summary', examples: errorSummary },
  { component: 'alert', examples: alert },
  { component: 'status-tag', examples: statusTag },
  { component: 'data-table', examples: dataTable },
  { component: 'pagination', examples: pagination },
  { component: 'summary-list', examples: summaryList },
  { component: 'details', examples: details },
  { component: 'tabs', examples: tabs },
  { component: 'badge', examples: badge },
  { component: 'chart-frame', examples: chartFrame },
];
