// The page frames live in the component kit (components/page-layout); this
// module keeps the name every feature imports.
export { Layout, PublicLayout, WorkspaceLayout, workspaceHome, type LayoutProps, type LayoutUser } from './components/page-layout/page-layout.tsx';
