// The public Wegwijzer pages; each page lives in views/.
export { formatDate, ResultItem, ServiceTags, type ViewContext } from './views/common.tsx';
export { HomePage } from './views/home.tsx';
export { OrganizationPage, TextPage } from './views/organization-page.tsx';
export { NothingFound, SearchPage, type SearchPageProps } from './views/search-page.tsx';
export { SearchFormView } from './views/search-form.tsx';
export { ServicePage } from './views/service-page.tsx';
