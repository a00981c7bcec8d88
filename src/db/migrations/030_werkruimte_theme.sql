-- Theme per organisation (src/web/themes): null means the default theme.
alter table organization add column theme text;
