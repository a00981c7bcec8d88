// The InBeeld component kit: one folder per component (TSX, CSS, examples,
// test), rendering NL Design System (Utrecht) markup with our props and
// Dutch texts. Import from here in feature views.
export { Alert, Notice, type AlertType } from './alert/alert.tsx';
export { Badge } from './badge/badge.tsx';
export { Button, ButtonGroup, ButtonLink, LinkButton, type ButtonVariant } from './button/button.tsx';
export { BarChart, ChartFrame } from './chart-frame/chart-frame.tsx';
export { Checkbox, ChoiceGroup } from './choice-group/choice-group.tsx';
export { DataTable, type Column, type SortDir, type SortState } from './data-table/data-table.tsx';
export { DateInput } from './date-input/date-input.tsx';
export { Details } from './details/details.tsx';
export { ErrorSummary } from './error-summary/error-summary.tsx';
export { Csrf, FieldMessages, FormField } from './form-field/form-field.tsx';
export { Layout, PublicLayout, WorkspaceLayout, workspaceHome, type LayoutProps, type LayoutUser } from './page-layout/page-layout.tsx';
export { Pagination, pageWindow } from './pagination/pagination.tsx';
export { Select } from './select/select.tsx';
export { SideNav, type NavItem } from './side-nav/side-nav.tsx';
export { StatusTag, TagList, type Tone } from './status-tag/status-tag.tsx';
export { SummaryList, type SummaryItem } from './summary-list/summary-list.tsx';
export { Tabs, type TabItem } from './tabs/tabs.tsx';
export { TextInput, type TextInputProps } from './text-input/text-input.tsx';
export { Textarea } from './textarea/textarea.tsx';
export { cx, errorFor, type Option } from './shared.ts';
