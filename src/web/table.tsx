// DataTable keeps its module and props; it is the kit's data table
// (src/web/components/data-table), which adds sort links and an empty state.
export { DataTable } from './components/data-table/data-table.tsx';
